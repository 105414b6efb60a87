import * as vscode from 'vscode';
import { CLAIM_KINDS, type Claim, type ClaimKind } from '../engine';
import type { ClaimStatus } from '../ledger/types';
import type { Checker } from './checker';
import { resolveClaimTarget, type ClaimArgs } from './claimTarget';
import type { DocumentResults } from './documentResults';
import { exportReport } from './exportReport';
import { KIND_PLURAL } from './labels';
import type { LedgerBridge } from './ledgerBridge';
import { goToUnchecked } from './navigation';
import { askForDate, publicationDateProblem, type PublicationDates } from './publicationDate';
import type { Settings } from './settings';

/** What the commands work with. */
export interface CommandServices {
  results: DocumentResults;
  checker: Checker;
  ledger: LedgerBridge;
  publicationDates: PublicationDates;
  settings: () => Settings;
}

/** Registers every `verity.*` command. */
export function registerCommands(s: CommandServices): vscode.Disposable[] {
  const mark = (status: ClaimStatus) => (...args: ClaimArgs) => markClaim(s, args, status);
  return [
    vscode.commands.registerCommand('verity.checkDocument', () => checkActiveDocument(s)),
    vscode.commands.registerCommand('verity.checkWorkspaceFolder', () => checkWorkspaceFolder(s)),
    vscode.commands.registerCommand('verity.nextUncheckedClaim', () => goToUnchecked(s.results, 1)),
    vscode.commands.registerCommand('verity.previousUncheckedClaim', () => goToUnchecked(s.results, -1)),
    vscode.commands.registerCommand('verity.markClaimVerified', mark('verified')),
    vscode.commands.registerCommand('verity.markClaimDisputed', mark('disputed')),
    vscode.commands.registerCommand('verity.markClaimFalse', mark('false')),
    vscode.commands.registerCommand('verity.markClaimNeedsSource', mark('needs-source')),
    vscode.commands.registerCommand('verity.markClaimUnchecked', mark('unchecked')),
    vscode.commands.registerCommand('verity.ignoreClaim', mark('ignored')),
    vscode.commands.registerCommand('verity.addSource', (...args: ClaimArgs) => addSource(s, args)),
    vscode.commands.registerCommand('verity.setPublicationDate', (uri?: string | vscode.Uri, date?: string) => setPublicationDate(s, uri, date)),
    vscode.commands.registerCommand('verity.exportReport', (uri?: string | vscode.Uri, format?: string, target?: string | vscode.Uri) =>
      exportReport(s, uri, format, target),
    ),
    vscode.commands.registerCommand('verity.showClaims', () => vscode.commands.executeCommand('verity.claims.focus')),
    vscode.commands.registerCommand('verity.toggleClaimKinds', (kinds?: ClaimKind[]) => toggleClaimKinds(s, kinds)),
  ];
}

async function checkActiveDocument(s: CommandServices): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Verity: open an article to check it.');
    return;
  }
  if (!s.checker.applies(document)) {
    void vscode.window.showInformationMessage(`Verity checks ${s.settings().languages.join(' and ')} documents; this one is ${document.languageId}.`);
    return;
  }
  const scan = await s.checker.check(document);
  vscode.window.setStatusBarMessage(`Verity: ${scan?.result.claims.length ?? 0} claims, ${scan?.result.findings.length ?? 0} problems`, 4000);
}

/** Checks every article in the workspace (the first 2,000), so the Problems panel lists them all. */
async function checkWorkspaceFolder(s: CommandServices): Promise<number> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Verity: open a folder to check all its articles.');
    return 0;
  }
  const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '**/{node_modules,.git,.verity}/**', 2000);
  let checked = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Verity: checking articles', cancellable: true }, async (progress, token) => {
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
      const document = await vscode.workspace.openTextDocument(uri);
      if (await s.checker.check(document)) checked++;
    }
  });
  vscode.window.setStatusBarMessage(`Verity: checked ${checked} articles`, 4000);
  return checked;
}

async function markClaim(s: CommandServices, args: ClaimArgs, status: ClaimStatus): Promise<void> {
  const target = await resolveClaimTarget(s.results, args, (d) => s.checker.check(d));
  if (!target) return;
  await s.ledger.setStatus(target.document, scanOf(s, target.document), target.claim, status);
  await s.checker.check(target.document);
}

/** The document's last scan, as the ledger needs it to find the claim being marked. */
function scanOf(s: CommandServices, document: vscode.TextDocument): { text: string; claims: readonly Claim[] } {
  const scan = s.results.get(document.uri);
  return { text: scan?.text ?? document.getText(), claims: scan?.result.claims ?? [] };
}

async function addSource(s: CommandServices, args: ClaimArgs): Promise<void> {
  const target = await resolveClaimTarget(s.results, args, (d) => s.checker.check(d));
  if (!target) return;
  const where = await vscode.window.showInputBox({
    title: `Verity: source for "${target.claim.text.slice(0, 60)}"`,
    prompt: 'A URL, or a citation such as "Annual report 2024, p. 12"',
    validateInput: (v) => (v.trim() ? null : 'Enter a URL or a citation.'),
  });
  if (!where) return;
  const title = await vscode.window.showInputBox({ title: 'Verity: title of the source (optional)', prompt: 'Press Enter to skip.' });
  const isUrl = /^https?:\/\//i.test(where.trim());
  const source = {
    ...(isUrl ? { url: where.trim() } : { citation: where.trim() }),
    ...(title?.trim() ? { title: title.trim() } : {}),
    accessed: new Date().toISOString().slice(0, 10),
  };
  const status = s.results.stateOf(target.document.uri, target.claim.id).status;
  await s.ledger.setStatus(target.document, scanOf(s, target.document), target.claim, status, { source });
  await s.checker.check(target.document);
}

async function setPublicationDate(s: CommandServices, uriArg?: string | vscode.Uri, dateArg?: string): Promise<void> {
  const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : (uriArg ?? vscode.window.activeTextEditor?.document.uri);
  if (!uri) {
    void vscode.window.showInformationMessage('Verity: open an article to set its publication date.');
    return;
  }
  const last = s.results.get(uri)?.result;
  const date = dateArg ?? (await askForDate(s.publicationDates.get(uri) ?? last?.referenceDate, last?.partialReferenceDate));
  if (!date) return;
  const problem = publicationDateProblem(date);
  if (problem) {
    void vscode.window.showErrorMessage(`Verity: ${problem}`);
    return;
  }
  await s.publicationDates.set(uri, date.trim());
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document) await s.checker.check(document);
}

async function toggleClaimKinds(s: CommandServices, kinds?: ClaimKind[]): Promise<void> {
  let chosen = kinds;
  if (!chosen) {
    const enabled = new Set(s.settings().enabledKinds);
    const items: (vscode.QuickPickItem & { claimKind: ClaimKind })[] = CLAIM_KINDS.map((k) => ({ label: KIND_PLURAL[k], claimKind: k, picked: enabled.has(k) }));
    const picks = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Verity: claim kinds to show' });
    if (!picks) return;
    chosen = picks.map((p) => p.claimKind);
  }
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('verity').update('enabledKinds', chosen, target);
}

import * as vscode from 'vscode';
import { Checker } from './checker';
import { ClaimCodeActionProvider } from './codeActions';
import { ClaimsTreeProvider } from './claimsView';
import { registerCommands } from './commands';
import { DocumentResults } from './documentResults';
import { ClaimHoverProvider } from './hover';
import { LedgerFiles } from './ledgerFiles';
import { revealClaimCommand } from './navigation';
import { ProjectConfigWatcher } from './projectConfigWatcher';
import { PublicationDates } from './publicationDate';
import { readSettings, type Settings } from './settings';
import { StatusBar } from './statusBar';

/**
 * Wires Verity into the editor: short and synchronous, every disposable into the subscriptions. The
 * first check of the open documents is queued, not run here, so activation never waits on a scan.
 */
/** What the extension exports: read-only views of its state, for the extension-host tests. */
export interface VerityApi {
  claimsView: ClaimsTreeProvider;
  statusBarText(): string;
}

export function activate(context: vscode.ExtensionContext): VerityApi {
  const log = vscode.window.createOutputChannel('Verity');
  const warn = (message: string) => log.appendLine(`[${new Date().toISOString()}] ${message}`);
  const project = new ProjectConfigWatcher(warn);
  let settings: Settings = readSettings(vscode.workspace.getConfiguration('verity'), warn, project.config.overrides);
  const current = () => settings;
  const diagnostics = vscode.languages.createDiagnosticCollection('verity');
  const results = new DocumentResults();
  const publicationDates = new PublicationDates(current);
  const ledger = new LedgerFiles(current, (article) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    if (document) void checker.check(document);
  });
  const checker: Checker = new Checker(diagnostics, results, settings, ledger, publicationDates, log, (uri) => project.ignores(uri));
  const tree = new ClaimsTreeProvider(results, (uri) => checker.orphans(uri));
  const statusBar = new StatusBar(results);
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

  const reread = () => {
    settings = readSettings(vscode.workspace.getConfiguration('verity'), warn, project.config.overrides);
    checker.updateSettings(settings);
    for (const document of vscode.workspace.textDocuments) if (results.get(document.uri) || isVisible(document)) void checker.check(document);
  };

  context.subscriptions.push(
    log,
    diagnostics,
    checker,
    ledger,
    statusBar,
    project,
    project.onDidChange(reread),
    vscode.window.registerTreeDataProvider('verity.claims', tree),
    vscode.languages.registerHoverProvider(selector, new ClaimHoverProvider(results)),
    vscode.languages.registerCodeActionsProvider(selector, new ClaimCodeActionProvider(results), ClaimCodeActionProvider.metadata),
    ...registerCommands({ results, checker, ledger, publicationDates, settings: current }),
    vscode.commands.registerCommand('verity.resetLedger', (uri?: string) => resetLedger(ledger, checker, uri)),
    vscode.commands.registerCommand('verity.revealClaim', (uri?: string, claimId?: string) => revealClaimCommand(results, uri, claimId)),
    results.onDidChange(() => {
      tree.refresh();
      statusBar.update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => {
      tree.refresh();
      statusBar.update();
    }),
    vscode.workspace.onDidOpenTextDocument((document) => checker.schedule(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) checker.schedule(event.document);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => void checker.check(document)),
    vscode.workspace.onDidCloseTextDocument((document) => checker.forget(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('verity')) reread();
    }),
  );
  for (const document of vscode.workspace.textDocuments) checker.schedule(document);
  return { claimsView: tree, statusBarText: () => statusBar.text };
}

/** Moves an unreadable ledger aside (the backup keeps every byte) after the user confirms. */
async function resetLedger(ledger: LedgerFiles, checker: Checker, uriArg?: string): Promise<void> {
  const uri = uriArg ? vscode.Uri.parse(uriArg) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return;
  const yes = 'Reset';
  const answer = await vscode.window.showWarningMessage(
    'Verity: start an empty ledger for this article? The current file is kept as a .bak backup.',
    { modal: true },
    yes,
  );
  if (answer !== yes) return;
  const backup = await ledger.reset(uri);
  void vscode.window.showInformationMessage(backup ? `Verity: the old ledger is kept as ${backup}.` : 'Verity: there was no ledger to reset.');
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (document) await checker.check(document);
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((e) => e.document === document);
}

export function deactivate(): void {}

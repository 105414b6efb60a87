import * as vscode from 'vscode';
import { ignoreDirective, readFrontMatter, type Claim, type Finding } from '../engine';
import type { DocumentResults } from './documentResults';

/**
 * Quick fixes and actions on claims and findings, from the cached scan: the findings' own fixes, the
 * ledger actions on the claim under the cursor, and silencing a rule for the file.
 */
export class ClaimCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly results: DocumentResults) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const scan = this.results.get(document.uri);
    if (!scan || scan.version !== document.version) return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const touches = (x: { start: number; end: number }) => x.start <= end && start <= x.end;
    const actions: vscode.CodeAction[] = [];
    const rules = new Set<string>();
    for (const f of scan.result.findings.filter(touches)) {
      actions.push(...findingFixes(document, f));
      rules.add(f.rule);
    }
    const claim = this.results.claimAt(document.uri, start);
    if (claim && touches(claim)) actions.push(...claimActions(document, claim));
    for (const rule of rules) actions.push(ignoreRuleAction(document, rule));
    return actions;
  }
}

function findingFixes(document: vscode.TextDocument, f: Finding): vscode.CodeAction[] {
  return (f.fixes ?? []).map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    if (fix.kind === 'replace') {
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, new vscode.Range(document.positionAt(fix.start), document.positionAt(fix.end)), fix.text);
      action.isPreferred = true;
    } else {
      action.command = { command: 'verity.setPublicationDate', title: fix.title, arguments: [document.uri.toString()] };
    }
    return action;
  });
}

const LEDGER_ACTIONS: [string, string][] = [
  ['Verity: Mark claim verified', 'verity.markClaimVerified'],
  ['Verity: Mark claim disputed', 'verity.markClaimDisputed'],
  ['Verity: Mark claim as needing a source', 'verity.markClaimNeedsSource'],
  ['Verity: Add a source to this claim', 'verity.addSource'],
  ['Verity: Ignore this claim', 'verity.ignoreClaim'],
];

function claimActions(document: vscode.TextDocument, claim: Claim): vscode.CodeAction[] {
  const actions = LEDGER_ACTIONS.map(([title, command]) => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.command = { command, title, arguments: [document.uri.toString(), claim.id] };
    return action;
  });
  if (claim.kind === 'date' && claim.relative && !claim.resolved) {
    const action = new vscode.CodeAction('Verity: Set the publication date', vscode.CodeActionKind.QuickFix);
    action.command = { command: 'verity.setPublicationDate', title: action.title, arguments: [document.uri.toString()] };
    action.isPreferred = true;
    actions.unshift(action);
  }
  return actions;
}

/** Inserts `verity-ignore-file <rule>` on its own line at the top (after Markdown front matter). */
function ignoreRuleAction(document: vscode.TextDocument, rule: string): vscode.CodeAction {
  const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
  const action = new vscode.CodeAction(`Verity: Ignore ${rule} in this file`, vscode.CodeActionKind.QuickFix);
  const frontMatterEnd = format === 'markdown' ? (readFrontMatter(document.getText())?.end ?? 0) : 0;
  // After the front matter's closing line: on the next line, not at the end of the `---`.
  const line = frontMatterEnd > 0 ? document.positionAt(frontMatterEnd).line + 1 : 0;
  action.edit = new vscode.WorkspaceEdit();
  if (line < document.lineCount) action.edit.insert(document.uri, new vscode.Position(line, 0), `${ignoreDirective(rule, format)}\n`);
  else action.edit.insert(document.uri, document.lineAt(line - 1).range.end, `\n${ignoreDirective(rule, format)}\n`);
  return action;
}

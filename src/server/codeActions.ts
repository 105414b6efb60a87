import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { claimAt } from '../cards/claimState';
import { ignoreDirective, readFrontMatter, type Claim, type DocumentFormat, type Finding, type ScanOutput } from '../engine';
import { SERVER_COMMANDS, STATUS_ACTIONS } from './commands';

/**
 * The quick fixes at a range, from the last scan: the findings' own fixes, the ledger's marks for the
 * claim under the cursor (commands the server runs), setting the publication date, and silencing a
 * finding's rule for the file.
 */
export function codeActions(doc: TextDocument, format: DocumentFormat, result: ScanOutput, extra: readonly Finding[], range: Range, today: string): CodeAction[] {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const touches = (x: { start: number; end: number }) => x.start <= end && start <= x.end;
  const actions: CodeAction[] = [];
  const rules = new Set<string>();
  for (const f of [...result.findings, ...extra].filter(touches)) {
    actions.push(...findingFixes(doc, f, today));
    rules.add(f.rule);
  }
  const claim = claimAt(result.claims, start);
  if (claim && touches(claim)) actions.push(...claimActions(doc, claim, today));
  for (const rule of rules) actions.push(ignoreRuleAction(doc, format, rule));
  return actions;
}

function setDateAction(doc: TextDocument, today: string): CodeAction {
  const title = `Verity: Set the publication date to today (${today})`;
  return { title, kind: CodeActionKind.QuickFix, command: { title, command: SERVER_COMMANDS.setPublicationDate, arguments: [doc.uri, today] } };
}

function findingFixes(doc: TextDocument, f: Finding, today: string): CodeAction[] {
  return (f.fixes ?? []).map((fix): CodeAction => {
    if (fix.kind === 'set-publication-date') return setDateAction(doc, today);
    const range = { start: doc.positionAt(fix.start), end: doc.positionAt(fix.end) };
    return { title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: true, edit: { changes: { [doc.uri]: [{ range, newText: fix.text }] } } };
  });
}

function claimActions(doc: TextDocument, claim: Claim, today: string): CodeAction[] {
  const actions = STATUS_ACTIONS.map(([title, status]): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    command: { title, command: SERVER_COMMANDS.setStatus, arguments: [doc.uri, claim.id, status] },
  }));
  if (claim.kind === 'date' && claim.relative && !claim.resolved) actions.unshift({ ...setDateAction(doc, today), isPreferred: true });
  return actions;
}

/** Inserts `verity-ignore-file <rule>` on its own line at the top (after Markdown front matter). */
function ignoreRuleAction(doc: TextDocument, format: DocumentFormat, rule: string): CodeAction {
  const text = doc.getText();
  const frontMatterEnd = format === 'markdown' ? (readFrontMatter(text)?.end ?? 0) : 0;
  // After the front matter's closing line: on the next line, not at the end of the `---`.
  const line = frontMatterEnd > 0 ? doc.positionAt(frontMatterEnd).line + 1 : 0;
  const directive = ignoreDirective(rule, format);
  const edit =
    line < doc.lineCount
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${directive}\n` }
      : { range: { start: doc.positionAt(text.length), end: doc.positionAt(text.length) }, newText: `\n${directive}\n` };
  return { title: `Verity: Ignore ${rule} in this file`, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [edit] } } };
}

import * as vscode from 'vscode';
import { buildReport, formatReport, REPORT_FORMATS, type ReportFormat } from '../ledger/report';
import type { CommandServices } from './commands';

const FORMAT_LABEL: Record<ReportFormat, string> = { md: 'Markdown', csv: 'CSV (spreadsheet)', json: 'JSON', html: 'HTML (print or share)' };

/**
 * Verity: Export Fact-Check Report. Writes the same report as `verity report`: every claim with its
 * sentence, value, source, status, sources and notes, grouped by status, with totals. Arguments (for
 * scripts and tests): the article's URI, the format, the target URI; otherwise it asks.
 */
export async function exportReport(s: CommandServices, uriArg?: string | vscode.Uri, formatArg?: string, targetArg?: string | vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : (uriArg ?? vscode.window.activeTextEditor?.document.uri);
  if (!uri) {
    void vscode.window.showInformationMessage('Verity: open an article to export its fact-check report.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const scan = (s.results.get(uri)?.version === document.version ? s.results.get(uri) : undefined) ?? (await s.checker.check(document));
  if (!scan) {
    void vscode.window.showInformationMessage(`Verity checks ${s.settings().languages.join(' and ')} documents; this one is ${document.languageId}.`);
    return undefined;
  }
  const format = (formatArg as ReportFormat | undefined) ?? (await pickFormat());
  if (!format || !REPORT_FORMATS.includes(format)) return undefined;
  const target = typeof targetArg === 'string' ? vscode.Uri.parse(targetArg) : (targetArg ?? (await askTarget(uri, format)));
  if (!target) return undefined;
  const view = await s.ledger.view(document, { text: scan.text, claims: scan.result.claims });
  const report = buildReport({ articlePath: vscode.workspace.asRelativePath(uri, false), text: scan.text, claims: scan.result.claims, view });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatReport(report, format)));
  if (!targetArg) {
    const open = 'Open';
    void vscode.window.showInformationMessage(`Verity: fact-check report written to ${vscode.workspace.asRelativePath(target)}.`, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    REPORT_FORMATS.map((f) => ({ label: FORMAT_LABEL[f], format: f })),
    { title: 'Verity: report format' },
  );
  return pick?.format;
}

async function askTarget(article: vscode.Uri, format: ReportFormat): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    title: 'Verity: save the fact-check report',
    defaultUri: article.with({ path: `${article.path}.factcheck.${format}` }),
    filters: { [FORMAT_LABEL[format]]: [format] },
  });
}

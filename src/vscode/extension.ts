import * as vscode from 'vscode';
import { Checker } from './checker';
import { DocumentResults } from './documentResults';
import { ClaimHoverProvider } from './hover';
import { readSettings } from './settings';

/**
 * Wires Verity into the editor: short and synchronous, every disposable into the subscriptions. The
 * first check of the open documents is queued, not run here, so activation never waits on a scan.
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Verity');
  const warn = (message: string) => log.appendLine(message);
  const diagnostics = vscode.languages.createDiagnosticCollection('verity');
  const results = new DocumentResults();
  const checker = new Checker(diagnostics, results, readSettings(vscode.workspace.getConfiguration('verity'), warn), log);
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

  context.subscriptions.push(
    log,
    diagnostics,
    checker,
    vscode.languages.registerHoverProvider(selector, new ClaimHoverProvider(results)),
    vscode.workspace.onDidOpenTextDocument((document) => checker.schedule(document)),
    vscode.workspace.onDidChangeTextDocument((event) => checker.schedule(event.document)),
    vscode.workspace.onDidSaveTextDocument((document) => checker.check(document)),
    vscode.workspace.onDidCloseTextDocument((document) => checker.forget(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('verity')) return;
      checker.updateSettings(readSettings(vscode.workspace.getConfiguration('verity'), warn));
      for (const editor of vscode.window.visibleTextEditors) checker.check(editor.document);
    }),
    vscode.commands.registerCommand('verity.checkDocument', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Verity: open an article to check it.');
        return;
      }
      if (!checker.applies(document)) {
        void vscode.window.showInformationMessage(`Verity checks ${'plain text and Markdown'}; this document is ${document.languageId}.`);
        return;
      }
      checker.check(document);
      const scan = results.get(document.uri);
      const count = scan ? scan.result.claims.length : 0;
      void vscode.window.setStatusBarMessage(`Verity: ${count} claims to check`, 4000);
    }),
  );
  for (const document of vscode.workspace.textDocuments) checker.schedule(document);
}

export function deactivate(): void {}

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openFixture, waitForDiagnostics } from './util';

suite('Commands', () => {
  teardown(closeAll);

  test('Verity: Check Document is contributed and publishes diagnostics', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('verity.checkDocument'));
    const editor = await openFixture('article.txt');
    await vscode.commands.executeCommand('verity.checkDocument');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    assert.ok(diagnostics.every((d) => d.source === 'Verity'));
  });

  test('an untitled plain-text document is checked too', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Prices rose 4.5% in March 2024.' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length >= 2);
    const texts = diagnostics.map((d) => document.getText(d.range));
    assert.ok(texts.includes('4.5%'), texts.join(', '));
    assert.ok(texts.includes('March 2024'), texts.join(', '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

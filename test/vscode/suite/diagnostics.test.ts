import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, hoverText, openFixture, positionOf, waitForDiagnostics } from './util';

suite('Diagnostics and hovers', () => {
  teardown(closeAll);

  test('an opened article gets claims as diagnostics from Verity', async () => {
    const editor = await openFixture('article.txt');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    const texts = diagnostics.map((d) => editor.document.getText(d.range));
    assert.ok(texts.includes('$42 million'), `a money claim: ${texts.join(', ')}`);
    assert.ok(texts.includes('December 2024'), `a date claim: ${texts.join(', ')}`);
    const money = diagnostics.find((d) => editor.document.getText(d.range) === '$42 million' && d.severity === vscode.DiagnosticSeverity.Information && typeof d.code === 'object' && d.code.value === 'number')!;
    assert.ok(money, 'the figure is an Information diagnostic with the code "number"');
  });

  test('Markdown code, URLs and front matter give no claims', async () => {
    const editor = await openFixture('notes.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length > 0);
    const texts = diagnostics.map((d) => editor.document.getText(d.range));
    assert.ok(texts.some((t) => t.includes('3.4 billion')), texts.join(', '));
    for (const notProse of ['300', '2019-01-01', '2024.3', '1.2.3', '45']) {
      assert.ok(!texts.some((t) => t.includes(notProse)), `"${notProse}" is not prose: ${texts.join(', ')}`);
    }
  });

  test('the hover on a claim gives its value, sentence and source', async () => {
    const editor = await openFixture('article.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    const text = await hoverText(editor.document.uri, positionOf(editor.document, '$42 million', 2));
    assert.match(text, /42,000,000 US dollars \(USD\)/);
    assert.match(text, /voted on Thursday to spend/);
    assert.match(text, /Sentence/);
  });

  test('the hover off any claim is empty', async () => {
    const editor = await openFixture('article.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'corrosion', 2));
    assert.doesNotMatch(text, /Verity/);
  });

  test('an edit re-checks the document', async () => {
    const editor = await openFixture('article.txt');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Sales fell 17% in 2023.\n'));
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => editor.document.getText(x.range) === '17%'));
    assert.ok(diagnostics.length > 5);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

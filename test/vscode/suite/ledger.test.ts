import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixture, openFixture, positionOf, waitForDiagnostics } from './util';

const ARTICLE = 'transcript.txt';
const LEDGER = `${ARTICLE}.verity.json`;
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(name)));

/** Puts the cursor on the first occurrence of `needle` and runs a command there. */
async function runAt(editor: vscode.TextEditor, needle: string, command: string): Promise<void> {
  const at = positionOf(editor.document, needle, 1);
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand(command);
}

const isHint = (editor: vscode.TextEditor, text: string) => (d: vscode.Diagnostic[]) =>
  d.some((x) => editor.document.getText(x.range) === text && codeOf(x) === 'number' && x.severity === vscode.DiagnosticSeverity.Hint);

suite('The ledger in the editor', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await closeAll();
    await vscode.workspace.fs.delete(fixture(LEDGER)).then(undefined, () => undefined);
  });

  test('a verified claim keeps its status after a paragraph is inserted and a word changed elsewhere', async () => {
    const editor = await openFixture(ARTICLE);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    await runAt(editor, '18 out of 24', 'verity.markClaimVerified');
    await waitForDiagnostics(editor.document.uri, isHint(editor, '18 out of 24'));
    await editor.edit((b) => {
      b.insert(new vscode.Position(1, 0), 'A new paragraph about the weather, which was fine.\n');
      b.replace(new vscode.Range(positionOf(editor.document, 'busiest'), positionOf(editor.document, 'busiest', 7)), 'largest');
    });
    const after = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => editor.document.getText(x.range) === 'largest') === false && isHint(editor, '18 out of 24')(d));
    assert.ok(after.length > 0);
  });

  test('a claim whose own words change is no longer verified, and a finding gives the old text', async () => {
    const editor = await openFixture(ARTICLE);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    await runAt(editor, '18 out of 24', 'verity.markClaimVerified');
    await waitForDiagnostics(editor.document.uri, isHint(editor, '18 out of 24'));
    await editor.edit((b) => b.replace(new vscode.Range(positionOf(editor.document, '18 out of'), positionOf(editor.document, '18 out of', 2)), '19'));
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'claim-changed'));
    const changed = diagnostics.find((x) => codeOf(x) === 'claim-changed')!;
    assert.match(changed.message, /18 out of 24/);
    assert.equal(editor.document.getText(changed.range), '19 out of 24');
    assert.ok(!isHint(editor, '19 out of 24')(diagnostics), 'no longer shown as verified');
  });

  test('an unparsable ledger is reported and never written to', async () => {
    const broken = '{\n  "version": 1,\n  "entries": {\n    "x": { "status": "verified" \n  }\n}\n';
    await vscode.workspace.fs.writeFile(fixture(LEDGER), new TextEncoder().encode(broken));
    const editor = await openFixture(ARTICLE);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'ledger-unreadable'));
    const unreadable = diagnostics.find((x) => codeOf(x) === 'ledger-unreadable')!;
    assert.equal(unreadable.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unreadable.message, /line \d+/);
    await runAt(editor, '18 out of 24', 'verity.markClaimVerified');
    assert.equal(await read(LEDGER), broken, 'the file is left byte for byte');
  });

  test('a source added to a claim shows in its hover and in the ledger', async () => {
    const editor = await openFixture(ARTICLE);
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 5);
    const at = positionOf(editor.document, '2.4 million', 1);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('verity.markClaimVerified');
    await waitForDiagnostics(editor.document.uri, isHint(editor, '2.4 million'));
    const ledger = JSON.parse(await read(LEDGER));
    assert.deepEqual(Object.values(ledger.entries).map((e) => (e as { status: string }).status), ['verified']);
  });
});

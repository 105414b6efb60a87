import * as assert from 'assert';
import * as vscode from 'vscode';
import type { VerityApi } from '../../../src/vscode/extension';
import type { ClaimNode } from '../../../src/vscode/claimsView';
import { closeAll, fixture, hoverText, openFixture, positionOf, waitFor, waitForDiagnostics } from './util';

const ARTICLE = 'transcript.txt';
const texts = (document: vscode.TextDocument, diagnostics: vscode.Diagnostic[]) => diagnostics.map((d) => document.getText(d.range));
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function api(): Promise<VerityApi> {
  const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'verity')!;
  return (await extension.activate()) as VerityApi;
}

/** Opens the transcript and waits for its first diagnostics. */
async function openArticle(): Promise<vscode.TextEditor> {
  const editor = await openFixture(ARTICLE);
  await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'unresolved-relative-date'));
  return editor;
}

async function codeActionsAt(document: vscode.TextDocument, needle: string): Promise<vscode.CodeAction[]> {
  const at = positionOf(document, needle, 1);
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at));
}

/** Removes what a test wrote into the workspace: ledgers, settings. */
async function cleanWorkspace(): Promise<void> {
  for (const name of [`${ARTICLE}.verity.json`, `${ARTICLE}.verity.json.bak`, 'report.md']) {
    await vscode.workspace.fs.delete(fixture(name)).then(undefined, () => undefined);
  }
  const config = vscode.workspace.getConfiguration('verity');
  for (const key of ['publicationDates', 'enabledKinds', 'claimSeverity', 'showVerified']) {
    await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

suite('The editor', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
    await closeAll();
    await cleanWorkspace();
  });

  test('claims are Information diagnostics linked to their docs; problems are Warnings', async () => {
    const editor = await openArticle();
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Verity');
    const ratio = diagnostics.find((d) => editor.document.getText(d.range) === '18 out of 24' && codeOf(d) === 'number')!;
    assert.ok(ratio, texts(editor.document, diagnostics).join(', '));
    assert.equal(ratio.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(codeOf(ratio), 'number');
    assert.match(String((ratio.code as { target: vscode.Uri }).target), /docs\/rules\/claim-number\.md$/);
    const unresolved = diagnostics.find((d) => codeOf(d) === 'unresolved-relative-date')!;
    assert.equal(unresolved.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the hover card: value in words, sentence, source with role and how it is known', async () => {
    const editor = await openArticle();
    const money = await hoverText(editor.document.uri, positionOf(editor.document, '120 million euros', 2));
    assert.match(money, /120,000,000 euros \(EUR\)/);
    assert.match(money, /Back in March 2024, the council approved/);
    assert.match(money, /Elena Marsh, Mayor of Valmora, found through a speaker label/);
    assert.match(money, /Unchecked/);
    assert.match(money, /command:verity\.markClaimVerified/);
    const ratio = await hoverText(editor.document.uri, positionOf(editor.document, '18 out of 24', 1));
    assert.match(ratio, /ratio 18\/24 = 75%/);
    assert.match(ratio, /the article's own voice, no source named/);
  });

  test('the hover on an unresolved relative date says the publication date is unknown and links the fix', async () => {
    const editor = await openArticle();
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'Tomorrow, we will sign', 2));
    assert.match(text, /publication date is unknown/);
    assert.match(text, /command:verity\.setPublicationDate/);
  });

  test('other mentions of the same figure are listed', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'It cost $5 million.\n\nLater, the $5 million was spent.' });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.length >= 2);
    const text = await hoverText(document.uri, positionOf(document, '$5 million', 1));
    assert.match(text, /Other mentions:.*line 3/);
  });

  test('code actions on a claim: the ledger actions; on an unresolved date: set the publication date first', async () => {
    const editor = await openArticle();
    const onMoney = (await codeActionsAt(editor.document, '120 million')).map((a) => a.title);
    for (const title of ['Mark claim verified', 'Mark claim disputed', 'needing a source', 'Add a source', 'Ignore this claim']) {
      assert.ok(onMoney.some((t) => t.includes(title)), `${title} in ${onMoney.join(', ')}`);
    }
    const onDate = await codeActionsAt(editor.document, 'Tomorrow, we will');
    assert.equal(onDate[0].title, 'Verity: Set the publication date');
    // The article's one unresolved-relative-date warning stands on its first relative date.
    const onFirst = await codeActionsAt(editor.document, 'tomorrow.');
    assert.ok(onFirst.some((a) => a.title === 'Verity: Ignore unresolved-relative-date in this file'));
  });

  test('setting the publication date resolves the relative dates at once', async () => {
    const editor = await openArticle();
    await vscode.commands.executeCommand('verity.setPublicationDate', editor.document.uri.toString(), '2025-06-03');
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'unresolved-relative-date'));
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'Next year', 1));
    assert.match(text, /2026, relative to the publication date 2025-06-03/);
  });

  test('mark verified: the claim fades to a hint, the ledger file is written, the status bar counts it', async () => {
    const editor = await openArticle();
    const actions = await codeActionsAt(editor.document, '120 million');
    const verify = actions.find((a) => a.title === 'Verity: Mark claim verified')!;
    await vscode.commands.executeCommand(verify.command!.command, ...verify.command!.arguments!);
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) =>
      d.some((x) => editor.document.getText(x.range) === '120 million euros' && x.severity === vscode.DiagnosticSeverity.Hint),
    );
    assert.ok(diagnostics.length > 0);
    const ledger = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(`${ARTICLE}.verity.json`))));
    const entries = Object.values(ledger.entries) as { text: string; status: string }[];
    assert.deepEqual(entries.map((e) => [e.text, e.status]), [['120 million euros', 'verified']]);
    const hover = await hoverText(editor.document.uri, positionOf(editor.document, '120 million', 1));
    assert.match(hover, /Status: Verified/);
    assert.match((await api()).statusBarText(), /Verity: 1\/\d+ checked, \d+ problems/);
  });

  test('mark disputed and ignore, from the commands with the cursor on the claim', async () => {
    const editor = await openArticle();
    editor.selection = new vscode.Selection(positionOf(editor.document, '2.4 million', 1), positionOf(editor.document, '2.4 million', 1));
    await vscode.commands.executeCommand('verity.markClaimDisputed');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.message.includes('[Disputed]')));
    editor.selection = new vscode.Selection(positionOf(editor.document, '1.1 million', 1), positionOf(editor.document, '1.1 million', 1));
    await vscode.commands.executeCommand('verity.ignoreClaim');
    await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => editor.document.getText(x.range) === '1.1 million'));
  });

  test('ignore a rule in this file inserts the directive and silences the rule', async () => {
    const editor = await openArticle();
    const action = (await codeActionsAt(editor.document, 'tomorrow.')).find((a) => a.title.startsWith('Verity: Ignore unresolved-relative-date'))!;
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    assert.equal(editor.document.lineAt(0).text, '// verity-ignore-file unresolved-relative-date');
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0 && !d.some((x) => codeOf(x) === 'unresolved-relative-date'));
  });

  test('next and previous unchecked claim move the selection, skipping checked ones', async () => {
    const editor = await openArticle();
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
    await vscode.commands.executeCommand('verity.nextUncheckedClaim');
    const first = editor.document.getText(editor.selection);
    assert.ok(first.length > 0, 'a claim is selected');
    await vscode.commands.executeCommand('verity.markClaimVerified');
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Hint));
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
    await vscode.commands.executeCommand('verity.nextUncheckedClaim');
    assert.notEqual(editor.document.offsetAt(editor.selection.start), editor.document.getText().indexOf(first));
    await vscode.commands.executeCommand('verity.previousUncheckedClaim');
    assert.ok(editor.document.getText(editor.selection).length > 0);
  });

  test('toggle claim kinds and a settings change re-check at once', async () => {
    const editor = await openArticle();
    await vscode.commands.executeCommand('verity.toggleClaimKinds', ['date']);
    const onlyDates = await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'number'));
    assert.ok(onlyDates.some((x) => codeOf(x) === 'date'));
    await vscode.workspace.getConfiguration('verity').update('claimSeverity', { date: 'warning' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => codeOf(x) === 'date' && x.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('the claims view groups by status and kind, with counts', async () => {
    const editor = await openArticle();
    const view = (await api()).claimsView;
    const roots = await waitFor(() => {
      const r = view.getChildren();
      return r.length > 0 ? r : undefined;
    });
    const unchecked = roots.find((r) => r.type === 'status' && r.status === 'unchecked')!;
    const item = view.getTreeItem(unchecked);
    assert.equal(item.label, 'Unchecked');
    assert.equal(Number(item.description), (unchecked as Extract<ClaimNode, { type: 'status' }>).claims.length);
    const kinds = view.getChildren(unchecked).map((k) => String(view.getTreeItem(k).label));
    assert.ok(kinds.includes('Figures') && kinds.includes('Dates') && kinds.includes('Attributions'), kinds.join(', '));
    const figures = view.getChildren(unchecked).find((k) => view.getTreeItem(k).label === 'Figures')!;
    const claimItem = view.getTreeItem(view.getChildren(figures)[0]);
    assert.equal(claimItem.command?.command, 'verity.revealClaim');
    assert.match(String(claimItem.contextValue), /^verity\.claim\.unchecked$/);
    await vscode.commands.executeCommand(claimItem.command!.command, ...claimItem.command!.arguments!);
    assert.equal(editor.document.getText(vscode.window.activeTextEditor!.selection), claimItem.label);
  });

  test('export the fact-check report as Markdown', async () => {
    const editor = await openArticle();
    await vscode.commands.executeCommand('verity.exportReport', editor.document.uri.toString(), 'md', fixture('report.md').toString());
    const report = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture('report.md')));
    assert.match(report, /18 out of 24/);
    assert.match(report, /Unchecked/i);
  });

  test('check the workspace folder, and show the claims view', async () => {
    const checked = await vscode.commands.executeCommand<number>('verity.checkWorkspaceFolder');
    assert.ok(checked >= 3, `checked ${checked}`);
    assert.ok(vscode.languages.getDiagnostics(fixture('notes.md')).length > 0);
    await vscode.commands.executeCommand('verity.showClaims');
  });
});

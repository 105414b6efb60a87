import * as assert from 'assert';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { answerFsRequest, FS_REQUESTS } from '../../../src/server/clientFs';
import { VscodeLedgerFs } from '../../../src/vscode/ledgerFs';
import { fixture, waitFor } from './util';

const NAME = 'server-article.txt';
const TEXT = 'The plant made 12,500 tractors in 2023, up 8% on 2022, the minister said on Monday.\n';

// The browser language server (dist/web/server.js) as VS Code for the web runs it: in a Web Worker started
// by a LanguageClient in the extension host's worker, its files answered through `workspace.fs`.
suite('The language server in a Web Worker', () => {
  let client: LanguageClient | undefined;

  teardown(async () => {
    await client?.stop().then(undefined, () => undefined);
    client = undefined;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [NAME, `${NAME}.verity.json`]) await vscode.workspace.fs.delete(fixture(name)).then(undefined, () => undefined);
  });

  test('it checks an article, and a mark goes to the ledger file through the editor', async () => {
    await vscode.workspace.fs.writeFile(fixture(NAME), new TextEncoder().encode(TEXT));
    const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'verity')!;
    const worker = new Worker(vscode.Uri.joinPath(extension.extensionUri, 'dist/web/server.js').toString(true));
    client = new LanguageClient('verity-web-server-test', 'Verity (test)', { documentSelector: [{ pattern: `**/${NAME}` }], diagnosticCollectionName: 'verity-web-server-test' }, worker);
    const files = new VscodeLedgerFs();
    for (const method of Object.values(FS_REQUESTS)) client.onRequest(method, (params: unknown) => answerFsRequest(files, method, params));
    const checked: { uri: string; claims: number; statuses: Record<string, number> }[] = [];
    client.onNotification('verity/checked', (p: (typeof checked)[number]) => void checked.push(p));
    await client.start();
    const document = await vscode.workspace.openTextDocument(fixture(NAME));
    await vscode.window.showTextDocument(document);
    const uri = document.uri.toString();
    const diagnostics = await waitFor(() => {
      const d = client!.diagnostics?.get(document.uri) ?? [];
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diagnostics.some((d) => document.getText(d.range) === '12,500'), diagnostics.map((d) => document.getText(d.range)).join(', '));
    await waitFor(() => (checked.some((c) => c.uri === uri && c.claims > 0) ? true : undefined));
    const answer = await client.sendRequest<{ claims: { id: string; text: string }[] }>('verity/claims', { uri });
    const figure = answer.claims.find((c) => c.text === '12,500')!;
    assert.ok(figure, answer.claims.map((c) => c.text).join(', '));
    await client.sendRequest('workspace/executeCommand', { command: 'verity.server.setStatus', arguments: [uri, figure.id, 'verified'] });
    const ledger = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(`${NAME}.verity.json`))));
    assert.deepEqual(Object.values(ledger.entries).map((e) => [(e as { text: string }).text, (e as { status: string }).status]), [['12,500', 'verified']]);
    await waitFor(() => (checked.some((c) => c.uri === uri && c.statuses.verified === 1) ? true : undefined));
  });
});

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as esbuild from 'esbuild';
import { answerFsRequest } from '../../../src/server/clientFs';
import { MemoryLedgerFs } from '../../../src/vscode/memoryLedgerFs';

const ROOT = join(__dirname, '../../..');
type Message = { jsonrpc: '2.0'; id?: number; method?: string; params?: any; result?: any; error?: { message: string } };

/**
 * The web server bundle (dist/web/server.js, built as esbuild.js builds it) run in a context that has only
 * what a browser worker has (no `require`, no `process`, no Node modules), with this test as its `self`:
 * messages are posted both ways as objects, as between VS Code for the web and its worker.
 */
async function startWorker(files: MemoryLedgerFs) {
  const built = await esbuild.build({
    entryPoints: [join(ROOT, 'src/server/browser/worker.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['worker'],
    logLevel: 'warning',
    define: { VERITY_VERSION: '"test"' },
  });
  const received: Message[] = [];
  const waiters: { match(m: Message): boolean; resolve(m: Message): void }[] = [];
  let nextId = 1;
  const pending = new Map<number, (m: Message) => void>();
  const self: Record<string, unknown> = {
    addEventListener: () => undefined,
    postMessage: (m: Message) => setImmediate(() => fromServer(m)),
  };
  const toServer = (m: Message): void => {
    setImmediate(() => (self.onmessage as (e: { data: Message }) => void)({ data: m }));
  };
  function fromServer(m: Message): void {
    if (m.id !== undefined && m.method === undefined) return pending.get(m.id)?.(m);
    if (m.id !== undefined && m.method) {
      // The client's side of the server's requests: settings, registrations and the files.
      const p = m.params ?? {};
      let result: unknown = null;
      if (m.method === 'workspace/configuration') result = (p.items ?? []).map(() => ({}));
      else if (m.method.startsWith('verity/fs/')) {
        void answerFsRequest(files, m.method, p).then(
          (answer) => toServer({ jsonrpc: '2.0', id: m.id, result: answer }),
          (e: Error) => toServer({ jsonrpc: '2.0', id: m.id, error: { message: e.message } } as Message),
        );
        return;
      }
      return toServer({ jsonrpc: '2.0', id: m.id, result });
    }
    received.push(m);
    for (const w of [...waiters]) if (w.match(m)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(m);
    }
  }
  const sandbox = { self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL };
  (sandbox as Record<string, unknown>).globalThis = sandbox;
  runInNewContext(built.outputFiles[0].text, sandbox);
  return {
    request: (method: string, params: unknown) =>
      new Promise<Message>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        toServer({ jsonrpc: '2.0', id, method, params });
      }),
    notify: (method: string, params: unknown) => toServer({ jsonrpc: '2.0', method, params }),
    waitFor: (method: string, match: (params: any) => boolean) =>
      new Promise<Message>((resolve) => {
        const known = received.find((m) => m.method === method && match(m.params));
        if (known) return resolve(known);
        waiters.push({ match: (m) => m.method === method && match(m.params), resolve });
      }),
  };
}

suite('server: the browser worker bundle', function () {
  this.timeout(60_000);

  test('with no Node at hand it checks a document, answers verity/claims, and marks a claim in a ledger written through the client', async () => {
    const files = new MemoryLedgerFs();
    const server = await startWorker(files);
    const uri = 'vscode-test-web://mount/article.txt';
    const init = await server.request('initialize', { processId: null, rootUri: 'vscode-test-web://mount', capabilities: { workspace: { configuration: true } } });
    assert.ok(init.result?.capabilities?.hoverProvider, JSON.stringify(init));
    server.notify('initialized', {});
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'The plant made 12,500 tractors in 2023, up 8% on 2022.\n' } });
    const published = await server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
    assert.ok(published.params.diagnostics.some((d: { source: string }) => d.source === 'Verity'));
    await server.waitFor('verity/checked', (p) => p.uri === uri && p.claims > 0);
    const claims = (await server.request('verity/claims', { uri })).result;
    const figure = claims.claims.find((c: { text: string }) => c.text === '12,500');
    assert.ok(figure, JSON.stringify(claims.claims.map((c: { text: string }) => c.text)));
    await server.request('workspace/executeCommand', { command: 'verity.server.setStatus', arguments: [uri, figure.id, 'verified'] });
    const ledger = JSON.parse((await files.readText(`${uri}.verity.json`)) ?? '{}');
    assert.deepEqual(Object.values(ledger.entries ?? {}).map((e: any) => [e.text, e.status]), [['12,500', 'verified']]);
    await server.waitFor('verity/checked', (p) => p.uri === uri && p.statuses.verified === 1);
    // The claims carry their offsets; the report lists the mark; a bad format is refused with a message.
    assert.equal(figure.start, 'The plant made '.length);
    assert.equal(figure.end, figure.start + '12,500'.length);
    const report = (await server.request('workspace/executeCommand', { command: 'verity.server.report', arguments: [uri, 'md'] })).result;
    assert.equal(report.format, 'md');
    assert.match(report.text, /12,500/);
    assert.match(report.text, /Verified/);
    const bad = (await server.request('workspace/executeCommand', { command: 'verity.server.report', arguments: [uri, 'pdf'] })).result;
    assert.match(bad.error, /format must be one of md, csv, json, html/);
    // An untitled document's marks stay in the server's memory: nothing asked of the client for them.
    const untitled = 'untitled:Untitled-1';
    server.notify('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'plaintext', version: 1, text: 'Prices rose 4.5% in March.\n' } });
    await server.waitFor('verity/checked', (p) => p.uri === untitled && p.claims > 0);
    const listed = (await server.request('verity/claims', { uri: untitled })).result.claims;
    const rise = listed.find((c: { text: string }) => c.text === '4.5%');
    await server.request('workspace/executeCommand', { command: 'verity.server.setStatus', arguments: [untitled, rise.id, 'disputed'] });
    await server.waitFor('verity/checked', (p) => p.uri === untitled && p.statuses.disputed === 1);
    assert.equal(await files.readText(`${untitled}.verity.json`), null);
    // A text with no figures: no claims, an empty list.
    server.notify('textDocument/didOpen', { textDocument: { uri: 'vscode-test-web://mount/b.txt', languageId: 'plaintext', version: 1, text: 'Nothing here.\n' } });
    const none = await server.waitFor('textDocument/publishDiagnostics', (p) => p.uri === 'vscode-test-web://mount/b.txt');
    assert.equal(none.params.diagnostics.length, 0);
  });
});

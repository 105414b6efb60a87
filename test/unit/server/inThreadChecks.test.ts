import * as assert from 'node:assert/strict';
import { scan } from '../../../src/engine';
import { answerFsRequest, ClientFs, FS_REQUESTS } from '../../../src/server/clientFs';
import { InThreadChecks } from '../../../src/server/inThreadChecks';
import { StaleFileError, type FileSystemPort } from '../../../src/ledger';

const ARTICLE = 'The plant made 12,500 tractors in 2023, up 8% on 2022, the minister said on Monday.\n';

// The browser worker's host: checks on the server's thread, files through the client.
suite('server: checks in the server thread (the browser worker)', function () {
  this.timeout(60_000);

  test('a check gives the same claims and findings as a full scan; an edit re-checks from the cache', async () => {
    const checks = new InThreadChecks();
    for (const text of [ARTICLE, ARTICLE + '\nSales fell 17% in March 2024.\n', 'Nothing to check here.\n']) {
      const outcome = await checks.check('a', text, {}, 60_000, null);
      assert.equal(outcome.kind, 'done');
      if (outcome.kind !== 'done') return;
      const full = scan(text, {});
      assert.deepEqual(outcome.result.claims.map((c) => [c.kind, c.text, c.start]), full.claims.map((c) => [c.kind, c.text, c.start]));
      assert.deepEqual(outcome.result.findings.map((f) => f.rule), full.findings.map((f) => f.rule));
    }
  });

  test('a newer check of the same document makes the older stale; other documents are not touched', async () => {
    const checks = new InThreadChecks();
    const first = checks.check('a', ARTICLE.repeat(3000), {}, 60_000, null);
    const other = checks.check('b', ARTICLE, {}, 60_000, null);
    const second = checks.check('a', ARTICLE, {}, 60_000, null);
    const [a, b, c] = await Promise.all([first, other, second]);
    assert.equal(a.kind, 'stale');
    assert.equal(b.kind, 'done');
    assert.equal(c.kind, 'done');
  });

  test('a check past its budget is dropped; the next one of that document runs', async () => {
    const checks = new InThreadChecks();
    assert.deepEqual(await checks.check('a', ARTICLE.repeat(20_000), {}, 50, null), { kind: 'over-budget', budgetMs: 50 });
    assert.equal((await checks.check('a', ARTICLE, {}, 60_000, null)).kind, 'done');
  });
});

suite('server: the ledger through the client (verity/fs/*)', () => {
  /** A client that keeps files in a map and answers the requests as the extension does. */
  function fakeClient() {
    const files = new Map<string, { text: string; stamp: string }>();
    const sent: string[] = [];
    let n = 0;
    return {
      files,
      sent,
      async sendRequest<R>(method: string, params: { uri: string; text?: string; ifStamp?: string | null }): Promise<R> {
        sent.push(method);
        const file = files.get(params.uri);
        if (method === FS_REQUESTS.readText) return (file?.text ?? null) as R;
        if (method === FS_REQUESTS.stamp) return (file?.stamp ?? null) as R;
        if (method === FS_REQUESTS.writeTextAtomic) {
          if ('ifStamp' in params && (file?.stamp ?? null) !== params.ifStamp) return { stale: true } as R;
          files.set(params.uri, { text: params.text!, stamp: `s${++n}` });
          return { stale: false } as R;
        }
        throw new Error(`unknown request ${method}`);
      },
    };
  }

  test('read, stamp and write go to the client; a missing file is null', async () => {
    const client = fakeClient();
    const fs = new ClientFs(client);
    assert.equal(await fs.readText('vscode-test-web://mount/a.txt.verity.json'), null);
    assert.equal(await fs.stamp('vscode-test-web://mount/a.txt.verity.json'), null);
    await fs.writeTextAtomic('vscode-test-web://mount/a.txt.verity.json', '{}', { ifStamp: null });
    assert.equal(await fs.readText('vscode-test-web://mount/a.txt.verity.json'), '{}');
    assert.equal(await fs.stamp('vscode-test-web://mount/a.txt.verity.json'), 's1');
    assert.deepEqual([...new Set(client.sent)].sort(), Object.values(FS_REQUESTS).sort());
  });

  test('a write whose stamp is no longer the file\'s throws StaleFileError and leaves the file', async () => {
    const client = fakeClient();
    const fs = new ClientFs(client);
    await fs.writeTextAtomic('u', 'one');
    await assert.rejects(fs.writeTextAtomic('u', 'two', { ifStamp: null }), StaleFileError);
    await assert.rejects(fs.writeTextAtomic('u', 'two', { ifStamp: 'old' }), StaleFileError);
    assert.equal(await fs.readText('u'), 'one');
    await fs.writeTextAtomic('u', 'three', { ifStamp: 's1' });
    assert.equal(await fs.readText('u'), 'three');
  });

  test('the client answers the requests over its own port: the same file, a stale write refused, bad parameters rejected', async () => {
    // A port as VS Code's: it refuses a write whose stamp is no longer the file's.
    const files = new Map<string, { text: string; n: number }>();
    const port: FileSystemPort = {
      readText: async (path) => files.get(path)?.text ?? null,
      stamp: async (path) => (files.has(path) ? String(files.get(path)!.n) : null),
      async writeTextAtomic(path, text, options) {
        if (options && 'ifStamp' in options && (await this.stamp(path)) !== options.ifStamp) throw new StaleFileError(path);
        files.set(path, { text, n: (files.get(path)?.n ?? 0) + 1 });
      },
    };
    const fs = new ClientFs({ sendRequest: <R>(method: string, params: unknown) => answerFsRequest(port, method, params) as Promise<R> });
    await fs.writeTextAtomic('a', 'one', { ifStamp: null });
    assert.equal(await port.readText('a'), 'one');
    assert.equal(await fs.readText('a'), 'one');
    await assert.rejects(fs.writeTextAtomic('a', 'two', { ifStamp: null }), StaleFileError);
    await fs.writeTextAtomic('a', 'three', { ifStamp: await fs.stamp('a') });
    assert.equal(await port.readText('a'), 'three');
    for (const [method, params] of [[FS_REQUESTS.readText, {}], [FS_REQUESTS.writeTextAtomic, { uri: 'a' }], [FS_REQUESTS.writeTextAtomic, { uri: 'a', text: 'x', ifStamp: 3 }], ['verity/fs/delete', { uri: 'a' }]] as const) {
      await assert.rejects(answerFsRequest(port, method, params), Error, method);
    }
    assert.equal(await port.readText('a'), 'three');
  });
});

import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine';
import { nodeLedgerFs } from '../../src/cli/ledgerNodeFs';
import { LedgerStore, LedgerUnreadableError, parseLedger, StaleFileError, type FileSystemPort } from '../../src/ledger';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/ledger/harbour-expansion.txt'), 'utf8');
const CLAIMS = scan(ARTICLE).claims;
const claim = (text: string) => CLAIMS.find((c) => c.text === text)!;

/** A file system in memory; `beforeRename` runs between the stamp check and the write, like another window. */
function memoryFs(): FileSystemPort & { files: Map<string, string>; writes: number; beforeWrite?: () => void } {
  const stamps = new Map<string, number>();
  let tick = 0;
  const fs = {
    files: new Map<string, string>(),
    writes: 0,
    beforeWrite: undefined as undefined | (() => void),
    async readText(path: string) {
      return fs.files.get(path) ?? null;
    },
    async stamp(path: string) {
      return fs.files.has(path) ? String(stamps.get(path)) : null;
    },
    async writeTextAtomic(path: string, text: string, options?: { ifStamp?: string | null }) {
      const hook = fs.beforeWrite;
      fs.beforeWrite = undefined;
      hook?.();
      if (options && 'ifStamp' in options && (await fs.stamp(path)) !== options.ifStamp) throw new StaleFileError(path);
      fs.files.set(path, text);
      stamps.set(path, ++tick);
      fs.writes++;
    },
  };
  return Object.assign(fs, { set: (p: string, t: string) => (fs.files.set(p, t), stamps.set(p, ++tick)) });
}

async function openStore(port: FileSystemPort, article = '/news/harbour.txt'): Promise<LedgerStore> {
  const store = await LedgerStore.open(article, port);
  store.reconcile({ claims: CLAIMS }, ARTICLE);
  return store;
}

suite('ledger store', () => {
  test('marking writes <article>.verity.json with the status, the source and the history', async () => {
    const fs = memoryFs();
    const store = await openStore(fs);
    const c = claim('12 out of 15');
    await store.setStatus(c.id, 'verified', { source: 'https://stats.example/freight', note: 'table 4', at: new Date('2025-03-01T10:00:00Z') });
    const parsed = parseLedger(fs.files.get('/news/harbour.txt.verity.json')!);
    assert.ok(parsed.ok);
    const entry = parsed.ledger.entries[c.id];
    assert.equal(entry.status, 'verified');
    assert.deepEqual(entry.sources, [{ url: 'https://stats.example/freight', accessed: '2025-03-01' }]);
    assert.equal(entry.note, 'table 4');
    assert.deepEqual(entry.history, [{ status: 'verified', at: '2025-03-01T10:00:00.000Z', note: 'table 4' }]);
    assert.equal(store.stateFor(c.id)?.status, 'verified');
  });

  test('a second mark of the same claim is a small diff: only lines of that entry change', async () => {
    const fs = memoryFs();
    const store = await openStore(fs);
    await store.setStatus(claim('12 out of 15').id, 'verified', { at: new Date('2025-03-01T10:00:00Z') });
    await store.setStatus(claim('March 2022').id, 'disputed', { at: new Date('2025-03-01T10:00:00Z') });
    const before = fs.files.get(store.path)!.split('\n');
    await store.setStatus(claim('March 2022').id, 'verified', { source: 'Assembly minutes, 14 March 2022', at: new Date('2025-03-02T10:00:00Z') });
    const after = fs.files.get(store.path)!.split('\n');
    const firstDiff = before.findIndex((l, i) => l !== after[i]);
    const lastDiffFromEnd = [...before].reverse().findIndex((l, i) => l !== after[after.length - 1 - i]);
    const hunk = after.length - lastDiffFromEnd - firstDiff;
    assert.ok(hunk > 0 && hunk <= 20, `one hunk of ${hunk} lines`);
  });

  test('another writer changed the file since it was read: its entries are merged, not overwritten', async () => {
    const fs = memoryFs();
    const a = await openStore(fs);
    const b = await openStore(fs);
    await a.setStatus(claim('12 out of 15').id, 'verified');
    await b.setStatus(claim('March 2022').id, 'disputed');
    const entries = (parseLedger(fs.files.get(a.path)!) as { ok: true; ledger: { entries: Record<string, { status: string }> } }).ledger.entries;
    assert.equal(entries[claim('12 out of 15').id].status, 'verified');
    assert.equal(entries[claim('March 2022').id].status, 'disputed');
  });

  test('the same entry marked in two windows: the later checkedAt wins whichever saves last', async () => {
    const fs = memoryFs();
    const a = await openStore(fs);
    const b = await openStore(fs);
    const id = claim('2.4 million').id;
    await a.setStatus(id, 'false', { at: new Date('2025-03-02T00:00:00Z') });
    await b.setStatus(id, 'verified', { at: new Date('2025-03-01T00:00:00Z') });
    assert.equal(b.stateFor(id)?.status, 'false', 'b took in the newer mark');
    const parsed = parseLedger(fs.files.get(a.path)!);
    assert.ok(parsed.ok && parsed.ledger.entries[id].status === 'false');
  });

  test('a change on disk between the stamp check and the write is caught and merged', async () => {
    const fs = memoryFs();
    const a = await openStore(fs);
    const b = await openStore(fs);
    await b.setStatus(claim('40%').id, 'needs-source');
    const onDisk = fs.files.get(a.path)!;
    fs.beforeWrite = () => (fs as unknown as { set: (p: string, t: string) => void }).set(a.path, onDisk.replace('needs-source', 'ignored'));
    await a.setStatus(claim('2015').id, 'verified');
    const parsed = parseLedger(fs.files.get(a.path)!);
    assert.ok(parsed.ok);
    assert.equal(parsed.ledger.entries[claim('40%').id].status, 'ignored', 'the racing write survived');
    assert.equal(parsed.ledger.entries[claim('2015').id].status, 'verified');
  });

  test('concurrent saves from two stores in one process on real files keep both marks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-ledger-'));
    const article = join(dir, 'harbour.txt');
    const a = await openStore(nodeLedgerFs, article);
    const b = await openStore(nodeLedgerFs, article);
    await Promise.all([a.setStatus(claim('12 out of 15').id, 'verified'), b.setStatus(claim('March 2022').id, 'false'), a.setStatus(claim('2015').id, 'ignored')]);
    const parsed = parseLedger(readFileSync(`${article}.verity.json`, 'utf8'));
    assert.ok(parsed.ok);
    assert.deepEqual(Object.values(parsed.ledger.entries).map((e) => e.status).sort(), ['false', 'ignored', 'verified']);
    assert.deepEqual(readdirSync(dir).sort(), ['harbour.txt.verity.json'], 'no temporary file left behind');
  });

  const broken: [string, string, number][] = [
    ['a missing comma (the line that wants it)', '{\n  "version": 1\n  "entries": {}\n}\n', 2],
    ['truncated', '{\n  "version": 1,\n  "entries": {\n', 4],
    ['a bad status', '{\n  "version": 1,\n  "entries": {\n    "n-1": { "kind": "number", "text": "5", "status": "done" }\n  }\n}\n', 4],
    ['a newer version', '{\n  "version": 7,\n  "entries": {}\n}\n', 2],
  ];
  for (const [what, text, line] of broken) {
    test(`an unparsable ledger (${what}) is reported with its line, never written, until reset`, async () => {
      const fs = memoryFs();
      fs.files.set('/news/harbour.txt.verity.json', text);
      const store = await openStore(fs);
      assert.equal(store.unreadable?.line, line);
      const view = store.reconcile({ claims: CLAIMS }, ARTICLE);
      assert.equal(view.findings[0].rule, 'ledger-unreadable');
      assert.match(view.findings[0].message, new RegExp(`harbour\\.txt\\.verity\\.json cannot be read \\(line ${line}`));
      await assert.rejects(store.setStatus(claim('40%').id, 'verified'), LedgerUnreadableError);
      await assert.rejects(store.save(), LedgerUnreadableError);
      assert.equal(fs.files.get(store.path), text, 'byte for byte');
      assert.equal(fs.writes, 0);
      assert.equal(await store.reset(), '/news/harbour.txt.verity.json.bak');
      assert.equal(fs.files.get('/news/harbour.txt.verity.json.bak'), text);
      await store.setStatus(claim('40%').id, 'verified');
      assert.ok(parseLedger(fs.files.get(store.path)!).ok);
    });
  }

  test('a ledger deleted on disk (a checkout without it) is empty after reload, and stays deleted until a mark', async () => {
    const fs = memoryFs();
    const store = await openStore(fs);
    const c = claim('12 out of 15');
    await store.setStatus(c.id, 'verified');
    fs.files.delete('/news/harbour.txt.verity.json');
    assert.equal(await store.reload(), true);
    assert.equal(store.stateFor(c.id)?.status, 'unchecked');
    assert.deepEqual(store.entries, {});
    await store.save();
    assert.equal(fs.files.has('/news/harbour.txt.verity.json'), false, 'nothing to write');
  });

  test('a ledger fixed by hand is picked up by reload and can be written again', async () => {
    const fs = memoryFs();
    fs.files.set('/news/harbour.txt.verity.json', '{ "version": 1, "entries": { ');
    const store = await openStore(fs);
    assert.ok(store.unreadable);
    fs.files.set('/news/harbour.txt.verity.json', '{ "version": 1, "entries": {} }');
    assert.equal(await store.reload(), true);
    assert.equal(store.unreadable, null);
    await store.setStatus(claim('2015').id, 'verified');
    assert.equal(fs.writes, 1);
  });

  test('a ledger fixed by hand is read again by the next mark, with no reload in between', async () => {
    const fs = memoryFs();
    fs.files.set('/news/harbour.txt.verity.json', '{ "version": 1, "entries": { ');
    const store = await openStore(fs);
    fs.files.set('/news/harbour.txt.verity.json', '{ "version": 1, "entries": {} }');
    await store.setStatus(claim('2015').id, 'verified');
    assert.equal(store.unreadable, null);
    assert.equal(fs.writes, 1);
  });

  test('a ledger that breaks while open (a bad merge) is reset to the last version read, not to nothing', async () => {
    const fs = memoryFs();
    const store = await openStore(fs);
    await store.setStatus(claim('2015').id, 'false');
    fs.files.set(store.path, '<<<<<<< HEAD\n');
    assert.equal(await store.reload(), true);
    assert.equal(store.unreadable?.line, 1);
    await store.reset();
    const parsed = parseLedger(fs.files.get(store.path)!);
    assert.ok(parsed.ok);
    assert.equal(parsed.ledger.entries[claim('2015').id].status, 'false');
    assert.equal(fs.files.get(`${store.path}.bak`), '<<<<<<< HEAD\n');
  });

  test('a scan of some kinds only: entries of the other kinds are kept aside, not orphans', async () => {
    const fs = memoryFs();
    const store = await openStore(fs);
    await store.setStatus(claim('2015').id, 'verified');
    await store.setStatus(claim('40%').id, 'false');
    const numbers = scan(ARTICLE, { kinds: ['number'] });
    assert.deepEqual(store.reconcile(numbers, ARTICLE).orphans.map((o) => o.entry.text), ['2015'], 'without kinds: an orphan');
    const view = store.reconcile(numbers, ARTICLE, ['number']);
    assert.deepEqual(view.orphans, []);
    assert.equal(view.states.get(claim('40%').id)?.status, 'false');
    await store.setStatus(claim('40%').id, 'verified');
    const parsed = parseLedger(fs.files.get(store.path)!);
    assert.ok(parsed.ok && parsed.ledger.entries[claim('2015').id].status === 'verified', 'the date entry is still there');
  });

  test('a second reset keeps the first backup', async () => {
    const fs = memoryFs();
    fs.files.set('/a.txt.verity.json', 'x');
    fs.files.set('/a.txt.verity.json.bak', 'older');
    const store = await LedgerStore.open('/a.txt', fs);
    assert.equal(await store.reset(), '/a.txt.verity.json.2.bak');
    assert.equal(fs.files.get('/a.txt.verity.json.bak'), 'older');
  });

  test('an article with no marks gets no ledger file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-ledger-'));
    const store = await openStore(nodeLedgerFs, join(dir, 'a.txt'));
    await store.save();
    assert.equal(existsSync(store.path), false);
  });
});

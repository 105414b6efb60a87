import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeLedgerFs } from '../../src/cli/ledgerNodeFs';
import { scan } from '../../src/engine';
import { parseLedger, StaleFileError } from '../../src/ledger';
import { bigLedgerText } from '../fixtures/ledger/bigLedger';

const WRITER = join(__dirname, '../fixtures/ledger/writeLoop.ts');
const MARKER = join(__dirname, '../fixtures/ledger/markMany.ts');

/** Runs the marking child to its end. */
function markInChild(article: string, parity: number, status: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MARKER, article, String(parity), status], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`marker exited ${code}: ${err}`))));
  });
}

/** Starts the writer, lets it write for `ms` after its first write, kills it hard; resolves when it is gone. */
function killWriterAfter(path: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${err}`))));
  });
}

suite('ledger on Node: atomic writes', () => {
  test('a writer killed in the middle of writing leaves the old or the new ledger, never a torn one', async function () {
    this.timeout(60000);
    const dir = mkdtempSync(join(tmpdir(), 'verity-kill-'));
    const path = join(dir, 'big.txt.verity.json');
    const versions = new Set([bigLedgerText('a'), bigLedgerText('b')]);
    const outcomes = new Set<string>();
    for (const ms of [0, 15, 80]) {
      await killWriterAfter(path, ms);
      const text = readFileSync(path, 'utf8');
      assert.ok(versions.has(text), `after ${ms} ms: ${text.length} characters, not one of the two versions`);
      outcomes.add(text.includes('"https://stats.example/a/0"') ? 'a' : 'b');
    }
    assert.ok(outcomes.size >= 1);
    // The next command that opens the ledger clears the temporary files the killed writers left.
    assert.ok(readdirSync(dir).length > 1, 'the killed writers left temporary files');
    await nodeLedgerFs.readText(path);
    assert.deepEqual(readdirSync(dir), ['big.txt.verity.json']);
  });

  test('two processes marking the same ledger at once: every mark of both survives', async function () {
    this.timeout(60000);
    const dir = mkdtempSync(join(tmpdir(), 'verity-writers-'));
    const article = join(dir, 'harbour.txt');
    copyFileSync(join(__dirname, '../fixtures/ledger/harbour-expansion.txt'), article);
    await Promise.all([markInChild(article, 0, 'verified'), markInChild(article, 1, 'disputed')]);
    const parsed = parseLedger(readFileSync(`${article}.verity.json`, 'utf8'));
    assert.ok(parsed.ok);
    const claims = scan(readFileSync(article, 'utf8')).claims;
    assert.equal(Object.keys(parsed.ledger.entries).length, claims.length);
    claims.forEach((c, i) => assert.equal(parsed.ledger.entries[c.id]?.status, i % 2 === 0 ? 'verified' : 'disputed', c.text));
    assert.deepEqual(readdirSync(dir).sort(), ['harbour.txt', 'harbour.txt.verity.json'], 'no lock or temporary file left');
  });

  test('a write with a stale stamp is refused and leaves the file and no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-stamp-'));
    const path = join(dir, 'a.txt.verity.json');
    await nodeLedgerFs.writeTextAtomic(path, 'one');
    const stamp = await nodeLedgerFs.stamp(path);
    writeFileSync(path, 'two');
    await assert.rejects(nodeLedgerFs.writeTextAtomic(path, 'three', { ifStamp: stamp }), StaleFileError);
    assert.equal(readFileSync(path, 'utf8'), 'two');
    await nodeLedgerFs.writeTextAtomic(path, 'four', { ifStamp: await nodeLedgerFs.stamp(path) });
    assert.equal(await nodeLedgerFs.readText(path), 'four');
    assert.equal(await nodeLedgerFs.readText(join(dir, 'missing.json')), null);
    assert.equal(await nodeLedgerFs.stamp(join(dir, 'missing.json')), null);
  });

  test('two quick writes of the same size still change the stamp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-stamp-'));
    const path = join(dir, 'a.verity.json');
    await nodeLedgerFs.writeTextAtomic(path, 'aaaa');
    const first = await nodeLedgerFs.stamp(path);
    await nodeLedgerFs.writeTextAtomic(path, 'bbbb');
    assert.notEqual(await nodeLedgerFs.stamp(path), first);
  });
});

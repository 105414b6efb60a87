import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../../src/cli/readInputs';

const ROOT = join(__dirname, '../../..');
const GOOD = join(ROOT, 'test/fixtures/workspace/article.txt');

/** The CLI from its sources in a child process, bounded: a FIFO read in process would block the suite for good. */
function cli(args: string[]) {
  return spawnSync(process.execPath, ['--require', 'tsx/cjs', join(ROOT, 'src/cli/index.ts'), ...args], { encoding: 'utf8', timeout: 30_000, cwd: ROOT });
}

function mkfifo(path: string): boolean {
  return spawnSync('mkfifo', [path]).status === 0;
}

suite('verity check: FIFOs, devices and links to them are skipped, not read', function () {
  this.timeout(60_000);

  test('in a folder: one line each, the article beside them checked, exit as for the article alone', function () {
    const dir = mkdtempSync(join(tmpdir(), 'verity-special-'));
    copyFileSync(GOOD, join(dir, 'good.txt'));
    if (!mkfifo(join(dir, 'pipe.txt'))) this.skip();
    const devices = [['zero.txt', '/dev/zero'], ['null.md', '/dev/null'], ['pipe-link.txt', join(dir, 'pipe.txt')]].filter(([, target]) => existsSync(target));
    for (const [name, target] of devices) symlinkSync(target, join(dir, name));
    const alone = cli(['check', '--format', 'json', join(dir, 'good.txt')]);
    const run = cli(['check', '--format', 'json', dir]);
    assert.equal(run.signal, null, 'the run ended by itself');
    assert.equal(run.status, alone.status, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1 + devices.length, run.stderr);
    assert.match(run.stderr, /pipe\.txt: skipped: a FIFO \(named pipe\), not an article file/);
    if (devices.some(([n]) => n === 'zero.txt')) assert.match(run.stderr, /zero\.txt: skipped: a device, not an article file/);
    if (devices.some(([n]) => n === 'pipe-link.txt')) assert.match(run.stderr, /pipe-link\.txt: skipped: a FIFO/);
    const report = JSON.parse(run.stdout) as { files: { path: string }[] };
    assert.deepEqual(report.files.map((f) => f.path), [join(dir, 'good.txt')]);
  });

  test('a FIFO named on the command line: an input that cannot be read (exit 2), the others still checked', function () {
    const dir = mkdtempSync(join(tmpdir(), 'verity-special-'));
    if (!mkfifo(join(dir, 'pipe.txt'))) this.skip();
    const run = cli(['check', '--format', 'json', join(dir, 'pipe.txt'), GOOD]);
    assert.equal(run.status, 2);
    assert.equal(run.stderr.trim(), `verity: ${join(dir, 'pipe.txt')}: a FIFO (named pipe), not an article file`);
    assert.equal((JSON.parse(run.stdout) as { files: unknown[] }).files.length, 1);
  });

  test('a folder is read a file at a time: a file is read only when its turn comes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-lazy-'));
    writeFileSync(join(dir, 'a.txt'), 'It cost $5 million.');
    writeFileSync(join(dir, 'b.txt'), 'It cost $6 million.');
    const inputs = readInputs([dir], () => new Uint8Array());
    const first = inputs.next();
    assert.ok(!first.done && 'text' in first.value && first.value.text.includes('$5'));
    // Gone before its turn: had the folder been read at once, its text would be here.
    rmSync(join(dir, 'b.txt'));
    const second = inputs.next();
    assert.ok(!second.done && 'error' in second.value, JSON.stringify(second.value));
    assert.match(second.value.error, /no such file/);
    assert.ok(inputs.next().done);
  });
});

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { WorkerChecks } from '../../../src/server/node/workerChecks';

const ROOT = join(__dirname, '../../..');
const ARTICLE = 'The plant made 12,500 tractors in 2023, up 8% on 2022, the minister said on Monday.\n';

suite('server: checks in worker threads', function () {
  this.timeout(60_000);
  let dir = '';
  let script = '';

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verity-worker-'));
    script = join(dir, 'checkWorker.js');
    await esbuild.build({ entryPoints: [join(ROOT, 'src/server/node/checkWorker.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  });

  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('a check gives the scan; a newer check of the same document makes the older stale', async () => {
    const checks = new WorkerChecks(script);
    try {
      const first = checks.check('a', ARTICLE.repeat(2000), {}, 60_000, null);
      const second = checks.check('a', ARTICLE, {}, 60_000, null);
      const [a, b] = await Promise.all([first, second]);
      assert.equal(a.kind, 'stale');
      assert.equal(b.kind, 'done');
      if (b.kind === 'done') assert.deepEqual(b.result.claims.filter((c) => c.kind === 'number').map((c) => c.text), ['12,500', '8%']);
    } finally {
      checks.dispose();
    }
  });

  test('a check past its budget is stopped; the next one of that document starts a new worker', async () => {
    const checks = new WorkerChecks(script);
    try {
      const slow = await checks.check('a', ARTICLE.repeat(20_000), {}, 150, null);
      assert.deepEqual(slow, { kind: 'over-budget', budgetMs: 150 });
      assert.equal(checks.size, 0, 'its worker was ended');
      const next = await checks.check('a', ARTICLE, {}, 60_000, null);
      assert.equal(next.kind, 'done');
    } finally {
      checks.dispose();
    }
  });

  test('past the limit of workers, the idle one used least recently is ended', async () => {
    const checks = new WorkerChecks(script, 2);
    try {
      for (const key of ['a', 'b', 'c', 'a']) assert.equal((await checks.check(key, ARTICLE, {}, 60_000, null)).kind, 'done');
      assert.equal(checks.size, 2);
      checks.forget('a');
      checks.forget('c');
      assert.equal(checks.size, 0);
    } finally {
      checks.dispose();
    }
  });
});

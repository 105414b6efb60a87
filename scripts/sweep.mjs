// The sweep: every article of every corpus in ../shared/corpora through the built CLI (`node dist/cli.js
// check`), one process each, at most 10 s each. Prints the slowest articles and exits 1 on a timeout, a
// crash (a signal or an exit code other than 0 and 1) or a stack trace or internal error on stderr.
// Run after `npm run build`: `node scripts/sweep.mjs [corpora folder]`. `.ci/run` runs it when the corpora are there.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = process.argv[2] ?? join(ROOT, '../shared/corpora');
const CLI = join(ROOT, 'dist/cli.js');
const BOUND_MS = 10_000;
/** Two at a time: the machines that run CI have few cores, and a bound per process is only fair if it has one. */
const PARALLEL = 2;

/** One article through the CLI: how long it took and what went wrong, if anything. */
function check(file, date) {
  return new Promise((resolve) => {
    const args = [CLI, 'check', file, ...(date ? ['--reference-date', date] : [])];
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let problem = null;
      if (ms >= BOUND_MS || signal === 'SIGKILL') problem = `timed out after ${BOUND_MS / 1000} s`;
      else if (signal) problem = `killed by ${signal}`;
      else if (code !== 0 && code !== 1) problem = `exit code ${code}: ${stderr.trim().split('\n')[0] ?? ''}`;
      else if (/internal error|^\s+at .+\(.+:\d+:\d+\)$/m.test(stderr)) problem = `internal error: ${stderr.trim().split('\n')[0]}`;
      resolve({ ms, problem });
    });
  });
}

/** Every article: `{ name, text, date }` from each `.jsonl` corpus (its `dct` or `date` is the reference date). */
function articles() {
  const out = [];
  for (const corpus of readdirSync(CORPORA).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(CORPORA, corpus), 'utf8').split('\n').filter((l) => l.trim());
    lines.forEach((line, i) => {
      const a = JSON.parse(line);
      out.push({ name: `${corpus}:${i + 1} ${a.id ?? ''}`.trim(), text: a.text, date: a.dct ?? a.date ?? null });
    });
  }
  return out;
}

const all = articles();
const dir = mkdtempSync(join(tmpdir(), 'verity-sweep-'));
const results = [];
let next = 0;
async function worker(slot) {
  while (next < all.length) {
    const a = all[next++];
    // One file a slot, rewritten for each article: the CLI reads it as an article, its ledger absent.
    const file = join(dir, `slot${slot}`, 'article.txt');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, a.text);
    results.push({ name: a.name, ...(await check(file, /^\d{4}-\d{2}-\d{2}$/.test(a.date ?? '') ? a.date : null)) });
  }
}
await Promise.all(Array.from({ length: PARALLEL }, (_, slot) => worker(slot)));
rmSync(dir, { recursive: true, force: true });

const failures = results.filter((r) => r.problem);
const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
console.log(`sweep: ${results.length} articles from ${CORPORA}, at most ${BOUND_MS / 1000} s each`);
console.log(`slowest:\n${slowest.map((r) => `  ${(r.ms / 1000).toFixed(2)} s  ${r.name}`).join('\n')}`);
for (const f of failures) console.log(`FAIL  ${f.name}: ${f.problem}`);
console.log(`sweep: ${results.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);

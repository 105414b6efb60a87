/**
 * `npx tsx scripts/hostile/index.ts [--size BYTES] [--out DIR] [--only NAME]`: writes the hostile inputs
 * (2 MB each by default) to a folder, then times the built CLI (`node dist/cli.js check`, built by
 * `node esbuild.js`) on each beside the good article, printing size, seconds, exit code and whether the
 * good article's claims are still reported.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileInputs } from './inputs';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const size = Number(option('size') ?? 2_000_000);
const out = option('out') ?? mkdtempSync(join(tmpdir(), 'verity-hostile-'));
const only = option('only');
const root = join(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
const good = join(out, 'good-article.txt');

mkdirSync(out, { recursive: true });
copyFileSync(join(root, 'test/fixtures/workspace/article.txt'), good);
console.log(`Inputs in ${out}; CLI ${cli}\n`);
console.log('input                      bytes   seconds  exit  good article reported');
for (const input of hostileInputs(size)) {
  if (only && !input.name.includes(only)) continue;
  const path = join(out, input.name);
  writeFileSync(path, input.bytes);
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', path, good], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const reported = run.stdout.includes('"path":') && run.stdout.includes(good);
  const trace = /\n\s+at /.test(run.stderr) ? '  STACK TRACE' : '';
  console.log(`${input.name.padEnd(24)} ${String(input.bytes.length).padStart(9)} ${seconds.toFixed(2).padStart(8)}  ${String(run.status).padStart(4)}  ${reported ? 'yes' : 'NO'}${trace}`);
}

/**
 * One measurement in a process of its own, so that each figure (time, peak memory) starts from a fresh
 * heap. Bundled by the bench (bench-data/child.js) and run as `node child.js <mode> <file>`; prints one
 * line of JSON.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node/en';
import { ParagraphCache, scan } from '../../src/engine';
import { incrementalTimes } from './incremental';
import { activationTime } from './activation';
import { stepTimes } from './slices';

function measured(run: () => number): { wallMs: number; cpuMs: number; maxRssMb: number; items: number } {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const items = run();
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, items };
}

function main(): void {
  const [mode, path] = process.argv.slice(2);
  if (mode === 'activate') {
    process.stdout.write(`${JSON.stringify(activationTime(path))}\n`);
    return;
  }
  const text = readFileSync(path, 'utf8');
  let out: unknown;
  if (mode === 'verity') out = measured(() => scan(text).claims.length);
  else if (mode === 'chrono') out = measured(() => chrono.casual.parse(text).length);
  else if (mode === 'slices') out = stepTimes(text);
  else if (mode === 'incremental') out = incrementalTimes(text, 200, () => new ParagraphCache());
  else throw new Error(`unknown mode ${mode}`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main();

import { scanSteps } from '../../src/engine';
import { percentiles } from './incremental';

/**
 * How long the scan holds the thread between two of its pauses (the editor yields at any of them once
 * 30 ms have passed): the steps, slowest first, named by what they were. A first pass warms the JIT.
 */
export function stepTimes(text: string): { steps: number; totalMs: number; median: number; p90: number; max: number; slowest: string[] } {
  for (const _ of scanSteps(text));
  const times: number[] = [];
  const t0 = performance.now();
  let last = t0;
  for (const _ of scanSteps(text)) {
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  const end = performance.now();
  times.push(end - last);
  const slowest = times
    .map((ms, i) => ({ ms, i }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ ms, i }) => `step ${i} of ${times.length}: ${ms.toFixed(1)} ms`);
  return { steps: times.length, totalMs: end - t0, ...percentiles(times), slowest };
}

import { scan, type ParagraphCache, type ScanOutput } from '../../src/engine';
import { flat } from '../../src/engine/text/flat';

/** Median and 90th percentile of a list of times. */
export function percentiles(times: number[]): { median: number; p90: number; max: number } {
  if (times.length === 0) return { median: Number.NaN, p90: Number.NaN, max: Number.NaN };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] };
}

/** A seeded generator, so every run makes the same edits. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * The engine time of a re-check after a one-character edit, as the editor makes it: the document's cache
 * holds the previous scan, a letter is typed at a random place in the prose, the scan runs. Each edit
 * is typed and then removed, so the text stays the same size. The first re-scans warm the JIT and are
 * not counted. Returns the median, the 90th percentile and the worst, in milliseconds of wall time and of
 * CPU time (steadier on a busy machine), and the full scan's time for scale; and the same split by how
 * the re-check ran: the edits that moved the last result (a keystroke in a word) and the rest.
 */
export function incrementalTimes(text: string, edits: number, newCache: () => ParagraphCache) {
  const cache = newCache();
  const t0 = performance.now();
  let result: ScanOutput = scan(text, {}, cache);
  const fullMs = performance.now() - t0;
  const next = random(42);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const moved: number[] = [];
  const rescanned: number[] = [];
  const warmup = 20;
  for (let i = 0; i < edits + warmup; i++) {
    const at = Math.floor(next() * text.length);
    // Flat, as the editor's getText() gives it: a concatenated string would charge its copy to the scan.
    const typed = flat(text.slice(0, at) + 'x' + text.slice(at));
    const wordEdits = cache.stats.wordEdits;
    const start = performance.now();
    const cpu = process.cpuUsage();
    result = scan(typed, {}, cache);
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - start;
    if (i >= warmup) {
      times.push(ms);
      cpuTimes.push((used.user + used.system) / 1000);
      (cache.stats.wordEdits > wordEdits ? moved : rescanned).push(ms);
    }
    scan(text, {}, cache);
  }
  return {
    bytes: text.length,
    edits,
    fullMs,
    claims: result.claims.length,
    ...percentiles(times),
    cpu: percentiles(cpuTimes),
    moved: { edits: moved.length, ...percentiles(moved) },
    rescanned: { edits: rescanned.length, ...percentiles(rescanned) },
  };
}

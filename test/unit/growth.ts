/**
 * How the time a function takes grows with its input: the time at 4n over the time at n. Linear work gives
 * about 4, quadratic work 16. Speed is never asserted in absolute time (machines differ, and the test
 * machine is shared), only this ratio.
 *
 * Measured robustly: CPU time of this process (others' work does not count), the best of `rounds` runs at
 * each size, after a warm-up run, and n doubled until a run at n takes at least `minMs`, so that timer
 * resolution and noise do not dominate. The input is made outside the timing.
 */
export function growth<T>(make: (n: number) => T, run: (input: T) => void, n: number, opts: { rounds?: number; minMs?: number; maxN?: number } = {}): number {
  const { rounds = 3, minMs = 25, maxN = n * 64 } = opts;
  run(make(n));
  let base = best(make, n, run, rounds);
  while (base < minMs && n * 2 <= maxN) {
    n *= 2;
    base = best(make, n, run, rounds);
  }
  return best(make, 4 * n, run, rounds) / Math.max(base, 0.1);
}

/**
 * The least CPU time of `rounds` runs, each on an input made afresh: the engine remembers what it read of
 * a paragraph, so `make` should give a different text each time (a counter in it) to be read again.
 */
function best<T>(make: (n: number) => T, n: number, run: (input: T) => void, rounds: number): number {
  let least = Infinity;
  for (let r = 0; r < rounds; r++) {
    const input = make(n);
    const t0 = process.cpuUsage();
    run(input);
    const used = process.cpuUsage(t0);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

/** The bound the growth tests hold to: 4 times the input may take at most 8 times the time. */
export const MAX_GROWTH = 8;

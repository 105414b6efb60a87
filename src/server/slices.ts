import type { Steps } from '../engine/steps';

/** The longest a check runs before it lets other work (messages, newer edits) in, in milliseconds. */
export const SLICE_MS = 30;

/**
 * Runs steps in time slices, yielding to the event loop whenever a slice has run for SLICE_MS; returns
 * undefined, dropping the rest, when `stale()` says a newer check has begun meanwhile.
 */
export async function runInSlices<T>(steps: Steps<T>, stale: () => boolean): Promise<T | undefined> {
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart < SLICE_MS) continue;
    await new Promise<void>((resolve) => setImmediateOr(resolve));
    if (stale()) return undefined;
    sliceStart = Date.now();
  }
}

/** `setImmediate` where there is one (Node), else a zero timeout (a browser worker). */
function setImmediateOr(run: () => void): void {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (immediate) immediate(run);
  else setTimeout(run, 0);
}

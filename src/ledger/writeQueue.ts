/** Writes of one ledger path in this process, chained: each starts when the one before has settled. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `run` after every earlier call for the same path has settled. Two stores of one article in one
 * process (two editors, a command racing a save) then never interleave their read-merge-write steps;
 * other processes are kept apart by the stamp check.
 */
export function oneAtATime<T>(path: string, run: () => Promise<T>): Promise<T> {
  const result = (queues.get(path) ?? Promise.resolve()).then(run, run);
  const tail = result.catch(() => undefined);
  queues.set(path, tail);
  void tail.then(() => queues.get(path) === tail && queues.delete(path));
  return result;
}

/** A short random pause after a conflict, growing with each retry, so that racing writers fall out of step. */
export function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
}

import type { Claim } from '../engine';

/**
 * The next (or previous) claim still to check from an offset, wrapping around the article. Claims are
 * sorted by start.
 */
export function nextUnchecked(claims: readonly Claim[], isDone: (c: Claim) => boolean, offset: number, direction: 1 | -1): Claim | undefined {
  const todo = claims.filter((c) => !isDone(c));
  if (todo.length === 0) return undefined;
  if (direction === 1) return todo.find((c) => c.start > offset) ?? todo[0];
  for (let i = todo.length - 1; i >= 0; i--) if (todo[i].start < offset) return todo[i];
  return todo[todo.length - 1];
}

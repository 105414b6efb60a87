/**
 * What changed between two versions of a text: the old text's `[start, oldEnd)` became the new text's
 * `[start, newEnd)`; everything before `start` and after the ends is the same.
 */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The one edit that turns `before` into `after` (the common prefix and suffix taken away), or null when
 * the texts are equal. Compares whole slices in halving steps, so the work is a few native string
 * comparisons rather than one JavaScript step per character.
 */
export function diffTexts(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  const start = commonLength(limit, (from, to) => before.slice(from, to) === after.slice(from, to));
  const tail = commonLength(
    limit - start,
    (from, to) => before.slice(before.length - to, before.length - from) === after.slice(after.length - to, after.length - from),
  );
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** The largest `k ≤ limit` such that `same(0, k)`, given `same(a, b) && same(b, c)` ⇔ `same(a, c)`. */
function commonLength(limit: number, same: (from: number, to: number) => boolean): number {
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (same(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

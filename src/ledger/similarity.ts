import type { Fingerprint } from './types';

/** Dice similarity of two word lists as multisets: 1 when both are empty (nothing to tell them apart). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** The words of a fingerprint side. */
export function words(side: string): string[] {
  return side === '' ? [] : side.split(' ');
}

/**
 * How alike the words around two claims are, 0 to 1. Half is side by side (the words before and the
 * words after), half the words of both sides together, so that a sentence reordered around its claim
 * ("grew by 40% over the decade" → "over the decade, it grew by 40%") still scores well.
 */
export function contextSimilarity(a: Fingerprint, b: Fingerprint): number {
  const [ab, aa, bb, ba] = [words(a.before), words(a.after), words(b.before), words(b.after)];
  const sides = (wordSimilarity(ab, bb) + wordSimilarity(aa, ba)) / 2;
  return (sides + wordSimilarity([...ab, ...aa], [...bb, ...ba])) / 2;
}

/** Dice similarity of the character pairs of two normalized texts: `37 out of 44` and `38 out of 44` score 0.82. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      common++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length - 2);
}

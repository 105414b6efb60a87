import { normalizeClaimText } from './fingerprint';
import type { Fingerprint } from './types';

/** A fingerprint split into what matching compares, computed once per entry and per claim. */
export interface Prepared {
  fingerprint: Fingerprint;
  /** The normalized claim text. */
  text: string;
  before: string[];
  after: string[];
  /** The before and after words together. */
  all: string[];
}

/** Splits a fingerprint's text and context for matching. */
export function prepare(fingerprint: Fingerprint): Prepared {
  const before = words(fingerprint.before);
  const after = words(fingerprint.after);
  return { fingerprint, text: normalizeClaimText(fingerprint.text), before, after, all: [...before, ...after] };
}

/** The words of a fingerprint side. */
export function words(side: string): string[] {
  return side === '' ? [] : side.split(' ');
}

/**
 * Dice similarity of two word lists as multisets: 1 when both are empty (nothing to tell them apart).
 * The lists are short (a context is at most 16 words), so a pairwise scan beats building a map.
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  let used = 0; // bit i set: b[i] already paired (b has at most 32 words here)
  let common = 0;
  for (const w of a) {
    for (let i = 0; i < b.length && i < 32; i++) {
      if (!(used & (1 << i)) && b[i] === w) {
        used |= 1 << i;
        common++;
        break;
      }
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * How alike the words around two claims are, 0 to 1. Half is side by side (the words before and the
 * words after), half the words of both sides together, so that a sentence reordered around its claim
 * ("grew by 40% over the decade" → "over the decade, it grew by 40%") still scores well.
 */
export function contextSimilarity(a: Prepared, b: Prepared): number {
  const sides = (wordSimilarity(a.before, b.before) + wordSimilarity(a.after, b.after)) / 2;
  return (sides + wordSimilarity(a.all, b.all)) / 2;
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

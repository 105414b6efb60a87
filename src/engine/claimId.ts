import type { Claim } from './types';
import type { Draft } from './extractors/extractor';

const KIND_PREFIX: Record<Claim['kind'], string> = { number: 'n', date: 'd', attribution: 'a', quote: 'q' };

/** How far on each side of a claim its context words are read, in UTF-16 units. */
export const CONTEXT_REACH = 80;

/** 32-bit FNV-1a, as 7 base-36 digits: short enough to type in `verity mark`, stable across runs. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** The words around a claim, up to `count` on each side, lowercased: the claim's context. */
export function contextWords(text: string, start: number, end: number, count = 4): string {
  const from = Math.max(0, start - CONTEXT_REACH);
  const to = Math.min(text.length, end + CONTEXT_REACH);
  const ascii = asciiWords(text, from, start, count, true);
  const after = ascii === null ? null : asciiWords(text, end, to, count, false);
  if (ascii !== null && after !== null) return `${ascii}|${after}`;
  // Lowercasing can change the length of some letters (İ): the general path keeps ids as they were.
  const before = text.slice(from, start).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const rest = text.slice(end, to).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return `${before.slice(-count).join(' ')}|${rest.slice(0, count).join(' ')}`;
}

/** ASCII letters and digits: the only characters the fast path reads as word characters. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The last (or first) `count` words of `[from, to)`, lowercased and joined by spaces, read without a
 * regular expression; null when the range holds a character beyond ASCII, which the general path reads.
 */
function asciiWords(text: string, from: number, to: number, count: number, last: boolean): string | null {
  const words: string[] = [];
  let w = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    if (c > 127) return null;
    if (isAsciiWord(c)) {
      if (w < 0) w = i;
    } else if (w >= 0) {
      words.push(text.slice(w, i));
      w = -1;
    }
  }
  const kept = last ? words.slice(-count) : words.slice(0, count);
  return kept.join(' ').toLowerCase();
}

/** A claim's id before numbering: its kind, its text and its context words. */
export function idBase(text: string, d: Draft): string {
  return `${KIND_PREFIX[d.kind]}-${fnv1a(`${d.text.toLowerCase()}#${contextWords(text, d.start, d.end)}`)}`;
}

/** The ids from their bases, in claim order: two identical claims in identical contexts get `-2`, `-3`, ... */
export function numberIds(bases: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/**
 * Gives each claim an id from its kind, its text and the words around it, so that the id survives
 * edits elsewhere in the article. Two identical claims in identical contexts get `-2`, `-3`, ...
 */
export function assignIds(text: string, drafts: readonly Draft[]): string[] {
  return numberIds(drafts.map((d) => idBase(text, d)));
}

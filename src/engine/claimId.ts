import type { Claim } from './types';
import type { Draft } from './extractors/extractor';

const KIND_PREFIX: Record<Claim['kind'], string> = { number: 'n', date: 'd', attribution: 'a', quote: 'q' };

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
  const before = text.slice(Math.max(0, start - 80), start).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const after = text.slice(end, end + 80).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return `${before.slice(-count).join(' ')}|${after.slice(0, count).join(' ')}`;
}

/**
 * Gives each claim an id from its kind, its text and the words around it, so that the id survives
 * edits elsewhere in the article. Two identical claims in identical contexts get `-2`, `-3`, ...
 */
export function assignIds(text: string, drafts: readonly Draft[]): string[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const base = `${KIND_PREFIX[d.kind]}-${fnv1a(`${d.text.toLowerCase()}#${contextWords(text, d.start, d.end)}`)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

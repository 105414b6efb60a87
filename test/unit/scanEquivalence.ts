/**
 * The keystroke path checked against a full scan, shared by the unit tests (on fixture articles) and by
 * `scripts/scanEquivalence.ts` (on the corpora, which no unit test may read).
 */
import * as assert from 'node:assert/strict';
import { seededRandom } from '../../scripts/seededRandom';
import { ParagraphCache, scan } from '../../src/engine/scan';
import type { ScanOptions } from '../../src/engine/types';

/** A seeded pseudo-random generator (LCG): the same edits on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** What an edit inserts: letters, digits, line and paragraph breaks, quotes, a sentence end, a URL, a date. */
const INSERTS = ['e', '7', ' ', '\n', '\n\n', '"', '. The ', ', he said', 'http://example.com/a ', '\r\n', 'on March 3, 2024', '$4.5 billion', ''];

/** Applies `count` random edits (an insertion, a deletion of up to 40 characters, or both). */
export function* edits(text: string, count: number, seed: number): Generator<string> {
  const next = random(seed);
  let t = text;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * (t.length + 1));
    const removed = next() < 0.4 ? Math.floor(next() * 40) : 0;
    t = t.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + t.slice(at + removed);
    yield t;
  }
}

/** After each of `count` random edits, a re-scan with the cache equals a full scan. */
export function assertIncrementalMatchesFull(text: string, options: ScanOptions, count: number, seed: number): void {
  const cache = new ParagraphCache();
  assert.deepEqual(scan(text, options, cache), scan(text, options));
  let n = 0;
  for (const edited of edits(text, count, seed)) {
    n++;
    assert.deepEqual(scan(edited, options, cache), scan(edited, options), `edit ${n}`);
  }
}

/**
 * Typing as an editor types: a letter typed into a word, or a letter deleted from one, at seeded random
 * places; now and then a capital, a digit, a space or a whole word, some of which take the full scan.
 */
export function* typing(text: string, count: number, seed: number): Generator<string> {
  const random = seededRandom(seed);
  let t = text;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * t.length);
    const roll = random();
    if (roll < 0.45) t = t.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] + t.slice(at);
    else if (roll < 0.85 && /[a-z]/.test(t[at] ?? '')) t = t.slice(0, at) + t.slice(at + 1);
    else t = t.slice(0, at) + ['S', ' ', '4', 'said', 'he'][Math.floor(random() * 5)] + t.slice(at);
    yield t;
  }
}

/** Each keystroke's re-scan with the cache equals a full scan of the same text; returns the cache's stats. */
export function assertTypingMatchesFull(text: string, options: ScanOptions, count: number, seed: number) {
  const cache = new ParagraphCache();
  scan(text, options, cache);
  let n = 0;
  for (const typed of typing(text, count, seed)) {
    n++;
    const incremental = scan(typed, options, cache);
    // A copy: the next scan with the cache moves the claims it returned.
    assert.deepEqual(structuredClone(incremental), scan(typed, options), `keystroke ${n}`);
  }
  return cache.stats;
}

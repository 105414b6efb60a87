import type { Claim } from '../engine';
import { CONTEXT_WORDS, type Fingerprint } from './types';

/** How far around a claim context words are read: a bound on the work for very long sentences. */
const WINDOW = 200;
const WORD = /[\p{L}\p{N}]+/gu;

/** A claim's text as it is compared: lowercased, spaces collapsed, curly quotes and dashes made plain. */
export function normalizeClaimText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What an entry remembers of its claim. The context is read within the claim's sentence only, so that
 * inserting, moving or deleting paragraphs and sentences elsewhere leaves it unchanged.
 */
export function fingerprintOf(claim: Claim, text: string): Fingerprint {
  const from = Math.max(claim.sentence.start, claim.start - WINDOW);
  const to = Math.min(Math.max(claim.sentence.end, claim.end), claim.end + WINDOW);
  const before = (text.slice(from, claim.start).toLowerCase().match(WORD) ?? []).slice(-CONTEXT_WORDS);
  const after = (text.slice(claim.end, to).toLowerCase().match(WORD) ?? []).slice(0, CONTEXT_WORDS);
  return {
    kind: claim.kind,
    text: claim.text,
    before: before.join(' '),
    after: after.join(' '),
    position: Math.round((claim.start / Math.max(1, text.length)) * 1000) / 1000,
  };
}

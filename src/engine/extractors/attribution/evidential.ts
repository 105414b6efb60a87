import { rest, type SentenceContext } from './content';
import { rangeOf, type Found } from './found';
import { phraseBefore } from './nounPhrase';
import { BE_FORMS } from './cueWords';
import type { AttributionClaim } from '../../types';

const SEEM = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * Whether an attribution is one of these evidential cues, with no source: a judgement on its subject
 * ("the candidate seemed to waver"), not words anyone said, so rules that ask for a source leave it be.
 */
export function isEvidential(a: Pick<AttributionClaim, 'source' | 'cue'>): boolean {
  if (a.source !== null || a.cue === null) return false;
  const words = a.cue.text.toLowerCase().split(/\s+/);
  const verb = words[words.length - 1];
  return SEEM.has(verb) || (verb === 'expected' && words.length === 2 && BE_FORMS.has(words[0]));
}

/**
 * Evidential cues with no source: "the candidate seemed to waver", "Trump is expected to win", "it appears
 * that ...". PolNeAR marks the verb (with its "is") as the cue and what the judgement is about, the
 * subject, as the content; "it appears that X" attributes X. Returns the attribution and its last token.
 */
export function evidentialAt(ctx: SentenceContext, i: number): { found: Found; last: number } | null {
  const { tokens } = ctx;
  const t = tokens[i];
  const expected = t.lower === 'expected' && BE_FORMS.has(tokens[i - 1]?.lower ?? '');
  if (!SEEM.has(t.lower) && !expected) return null;
  const next = tokens[i + 1]?.lower;
  const from = expected ? i - 1 : i;
  const cue = rangeOf(tokens, from, i);
  const subject = from > 0 ? phraseBefore(tokens, from - 1) : null;
  if (next === 'that' && subject && tokens[subject.from].lower === 'it') {
    const content = rest(ctx, i + 1, true);
    return content && { found: { source: null, role: null, cue, content: content.range, via: 'reported-speech' }, last: i };
  }
  if (next !== 'to' || !tokens[i + 2]?.word || !subject || tokens[subject.from].lower === 'it') return null;
  const content = rangeOf(tokens, subject.from, subject.to);
  return { found: { source: null, role: null, cue, content, via: 'reported-speech' }, last: i };
}

import type { SentenceContext } from './content';
import type { Found } from './found';
import { phraseBefore } from './nounPhrase';
import { withMarks } from './quotations';
import { isQuoteMark } from './tokens';

/**
 * A speaker named before a colon and a quotation, inside a paragraph (emails, transcripts quoted in a
 * story): 'Secretary of the Air Force James Roche: "No, Sir, save it."'. The name must open the sentence
 * (or follow the quotation before it) and hold two capitalized words, so "The reason: ..." is not one.
 */
export function inlineLabelAt(ctx: SentenceContext, colon: number, firstWord: number): Found | null {
  const { tokens } = ctx;
  const mark = tokens[colon + 1];
  if (tokens[colon].text !== ':' || !isQuoteMark(mark)) return null;
  const q = ctx.quotesByStart.get(mark.start);
  const phrase = q && phraseBefore(tokens, colon - 1);
  if (!q || !phrase) return null;
  const opens = phrase.from === firstWord || !tokens[phrase.from - 1].word;
  let capitals = 0;
  for (let k = phrase.from; k <= phrase.to; k++) if (tokens[k].cap) capitals++;
  if (!opens || capitals < 2) return null;
  return {
    source: { start: tokens[phrase.from].start, end: tokens[phrase.to].end },
    role: null,
    cue: { start: tokens[colon].start, end: tokens[colon].end },
    content: withMarks(q, ctx.prose),
    via: 'speaker-label',
  };
}

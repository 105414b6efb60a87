import { trimmed, type SentenceContext } from './content';
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
  if (tokens[colon].text !== ':') return null;
  if (!isQuoteMark(mark)) return headlineLabel(ctx, colon, firstWord);
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

/** Words before a colon that introduce a text, not a speaker. */
const NOT_SPEAKERS = new Set(['update', 'note', 'editor', 'related', 'watch', 'read', 'photos', 'video', 'correction', 'source', 'sources', 'breaking', 'exclusive', 'opinion', 'analysis', 'q', 'a']);

/**
 * A speaker before a colon that opens the sentence, in a headline or a transcript: "Pence: Flowers Won't
 * Be at Debate", "WALLACE: Let's start ...". One to four capitalized words, and a clause of three words
 * or more after the colon.
 */
function headlineLabel(ctx: SentenceContext, colon: number, firstWord: number): Found | null {
  const { tokens } = ctx;
  if (firstWord < 0 || colon - firstWord < 1 || colon - firstWord > 4) return null;
  for (let k = firstWord; k < colon; k++) if (!tokens[k].word || !tokens[k].cap) return null;
  if (colon - firstWord === 1 && NOT_SPEAKERS.has(tokens[firstWord].lower)) return null;
  let words = 0;
  for (let k = colon + 1; k < tokens.length && words < 3; k++) if (tokens[k].word) words++;
  if (words < 3) return null;
  const content = trimmed(ctx, tokens[colon + 1].start, ctx.sentence.end);
  if (!content) return null;
  return {
    source: { start: tokens[firstWord].start, end: tokens[colon - 1].end },
    role: null,
    cue: { start: tokens[colon].start, end: tokens[colon].end },
    content,
    via: 'speaker-label',
  };
}

const DASHES = new Set(['―', '—', '–']);

/**
 * A quotation credited after a dash, as pull quotes and reader voices are: '"We deserve better." ― Ana
 * Ruiz'. The name is two to four capitalized words after the dash, and nothing in lower case follows it.
 */
export function dashCreditAt(ctx: SentenceContext, dash: number): Found | null {
  const { tokens, prose } = ctx;
  if (!DASHES.has(tokens[dash].text)) return null;
  let at = tokens[dash].start;
  while (at > 0 && at > tokens[dash].start - 3 && /\s/.test(prose[at - 1])) at--;
  const q = ctx.quotesByEnd.get(at);
  if (!q) return null;
  let end = dash;
  while (end + 1 < tokens.length && end - dash < 4 && tokens[end + 1].word && tokens[end + 1].cap) end++;
  const after = tokens[end + 1];
  if (end - dash < 2 || (after?.word && !after.cap)) return null;
  return {
    source: { start: tokens[dash + 1].start, end: tokens[end].end },
    role: null,
    cue: { start: tokens[dash].start, end: tokens[dash].end },
    content: withMarks(q, prose),
    via: 'quotation',
  };
}

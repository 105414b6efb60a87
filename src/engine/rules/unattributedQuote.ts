import type { QuoteClaim } from '../types';
import type { Paragraph } from '../text/textModel';
import type { Rule, RuleContext } from './rule';
import { attributedInSentence, hasAttributingVerb, sentenceIndex, Speakers } from './support/quoteSpeaker';

/** How much of a long quotation the message repeats. */
const SHOWN = 40;

/**
 * A direct quotation whose speaker the article does not give cannot be checked against a recording or a
 * source. The speaker is read the way a newspaper gives it: in the quotation's sentence (an attribution,
 * an attributing verb or colon before it, a verb of saying or a signature after it), or carried over from
 * the sentence before, or from the paragraph before when the quotation opens a paragraph (the reporter
 * names a speaker once and quotes on). Partial and scare quotes inside a sentence with a subject of its
 * own are the subject's words or no speech at all, and get no finding.
 */
export const unattributedQuote: Rule = {
  id: 'VER003',
  name: 'unattributed-quote',
  description: 'A direct quotation has no speaker.',
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    const { paragraphs } = ctx.model;
    let p = 0;
    const out = [];
    const speakers = new Speakers(ctx.claims);
    for (const c of ctx.claims) {
      if (c.kind !== 'quote' || c.speaker !== null || isTitle(c.content.text)) continue;
      while (p < paragraphs.length - 1 && paragraphs[p].end <= c.start) p++;
      if (hasSpeaker(ctx, speakers, paragraphs, p, c)) continue;
      const words = c.content.text.length > SHOWN ? `${c.content.text.slice(0, SHOWN).trimEnd()}…` : c.content.text;
      out.push({ message: `Quotation with no speaker: who said "${words}"?`, start: c.start, end: c.end, claimId: c.id });
    }
    return out;
  },
};

/**
 * A title quoted before its apposition ('"Billions," on Showtime, is a drama'): a few capitalized words
 * whose only punctuation was the comma the quoting convention puts inside the marks, which the quote's
 * words already leave out. Speech of a few words ends on its own stop.
 */
function isTitle(words: string): boolean {
  const list = words.split(/\s+/).filter((w) => w !== '');
  return list.length > 0 && list.length <= 8 && !/[.!?…:;]$/.test(words) && list.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:a|an|the|of|and|in|on|to|for|from|with)$/.test(w));
}

/** The speaker named in the sentence, the sentence before, or (at a paragraph's start) the paragraph before. */
function hasSpeaker(ctx: RuleContext, speakers: Speakers, paragraphs: readonly Paragraph[], p: number, q: QuoteClaim): boolean {
  const prose = ctx.model.prose;
  const para = paragraphs[p];
  const i = sentenceIndex(para, q.start);
  const sentence = i >= 0 ? para.sentences[i] : para;
  if (speakers.in(sentence) || attributedInSentence(prose, q, sentence)) return true;
  const previous = i > 0 ? para.sentences[i - 1] : p > 0 ? paragraphs[p - 1] : null;
  if (previous === null) return false;
  // The paragraph before, when the quotation opens its paragraph: its last sentence, not the whole of it.
  const words = prose.slice(Math.max(previous.start, previous.end - 400), previous.end);
  return speakers.in(previous) || /:\s*$/.test(words) || /["”]/.test(words) || hasAttributingVerb(words);
}

import { contentAfter, contentBefore, union, type Content, type SentenceContext } from './content';
import { phraseRanges, rangeOf, type Found } from './found';
import { phraseAfter } from './nounPhrase';
import { isQuoteMark } from './tokens';

/** The prepositional cues, source after: "according to X", "in the words of X". Lowercase words. */
const PREPOSITIONAL_CUES: readonly string[][] = [
  ['according', 'to'],
  ['in', 'the', 'words', 'of'],
];

/** What "in" introduces as a source: "In a CNN poll, ...", "in the latest survey, ...". */
const EVIDENCE_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'analysis']);

/** Words that may follow the poll in its phrase: "a poll released Monday", "a survey of voters". */
const EVIDENCE_TAILS = new Set(['released', 'conducted', 'published', 'taken', 'of', 'by', 'from', 'out']);

/** The length of the prepositional cue that starts at token `i`, or 0. */
export function prepositionalCueAt(ctx: SentenceContext, i: number): number {
  for (const cue of PREPOSITIONAL_CUES) {
    if (cue.every((w, j) => ctx.tokens[i + j]?.lower === w)) return cue.length;
  }
  return ctx.tokens[i].lower === 'in' && evidenceFollows(ctx, i + 1) ? 1 : 0;
}

/** A poll or a survey named within a few words, before the comma that ends the phrase. */
function evidenceFollows(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < ctx.tokens.length && k < from + 8; k++) {
    const t = ctx.tokens[k];
    if (!t.word) return false;
    if (EVIDENCE_NOUNS.has(t.lower)) return ctx.tokens[k + 1]?.text === ',' || EVIDENCE_TAILS.has(ctx.tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * "According to X, Y", "Y, according to X", "Y, according to X, Z": the content is the rest of the
 * sentence on either side of the cue and its source. Returns the attribution and the source's last token.
 */
export function parsePrepositional(ctx: SentenceContext, i: number, length: number): { found: Found; last: number } | null {
  const { tokens } = ctx;
  const before = contentBefore(ctx, i);
  const phrase = phraseAfter(tokens, i + length, !before);
  if (!phrase) return null;
  // The source runs to the comma or the sentence end: "according to a report released Monday by the
  // Congressional Budget Office, ...", "according to two people briefed on the call".
  for (let k = phrase.to + 1; k < tokens.length && k < phrase.to + 15; k++) {
    const t = tokens[k];
    if (t.text === ',' || isQuoteMark(t) || t.text === ';') {
      phrase.to = k - 1;
      break;
    }
    if (!t.word && k + 1 >= tokens.length) phrase.to = k - 1;
  }
  const { source, role } = phraseRanges(tokens, phrase);
  const after = tokens[phrase.to + 1]?.text === ',' ? contentAfter(ctx, phrase.to + 1) : null;
  const content: Content | null = before && after ? { ...before, range: union(before.range, after.range) } : (before ?? after);
  const found: Found = { source, role, cue: rangeOf(tokens, i, i + length - 1), content: content?.range ?? null, via: 'according-to' };
  return { found, last: phrase.to };
}

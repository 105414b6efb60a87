import type { Range } from '../../text/ranges';
import { withMarks, type Quotation } from './quotations';
import { isQuoteMark, type Token } from './tokens';
import { AUXILIARIES, CUE_WORDS, SUBJECT_PRONOUNS } from './cueWords';
import { skipTimeForward } from './verbCue';
import { OUTER_PREPOSITIONS, TIME_WORDS } from './wordLists';

/** What a sentence parser needs besides its tokens. */
export interface SentenceContext {
  prose: string;
  tokens: Token[];
  sentence: Range;
  /** The sentence before, in the same paragraph: the content of "This was stated by X". */
  previous: Range | null;
  /** The paragraph after: the content of a sentence that ends in "X said:". */
  nextParagraph: Range | null;
  /** Quotations by the offset of their opening mark and by the offset after their closing mark. */
  quotesByStart: ReadonlyMap<number, Quotation>;
  quotesByEnd: ReadonlyMap<number, Quotation>;
  /** For each token, where the clause it stands in ends; computed on first use. */
  breaks?: number[];
}

/** An attributed content, and whether a speech complement introduced it (`that`, a colon, a quotation). */
export interface Content {
  range: Range;
  quotation: boolean;
  marked: boolean;
}

const TRAILING = /[\s.,;:!?"“”«»'‘’)—–-]/;
const LEADING = /[\s,;:"“”«»'‘’(—–-]/;

/**
 * The range without the spaces and final punctuation around it; null when empty. As PolNeAR marks it, a
 * quotation that ends the content keeps its marks and its own punctuation ('that "we will win."'), and
 * one that opens it keeps its opening mark. The quotations are looked up by their ends, so a long
 * sentence with many cues stays linear.
 */
export function trimmed(ctx: SentenceContext, start: number, end: number): Range | null {
  const { prose } = ctx;
  const to = end;
  while (start < end && LEADING.test(prose[start])) start++;
  while (end > start && TRAILING.test(prose[end - 1])) end--;
  if (end <= start) return null;
  let closer = end;
  while (closer < to && /[.,;:!?’)—–-]/.test(prose[closer])) closer++;
  const width = prose.startsWith("''", closer) ? 2 : 1;
  const last = ctx.quotesByEnd.get(closer + width);
  const opening = prose.startsWith("''", start - 2) ? 2 : 1;
  if (last && last.start < end && last.start >= start - opening) end = closer + width;
  const first = ctx.quotesByStart.get(start - opening);
  if (first && first.end <= end) start -= opening;
  return { start, end };
}

const CONTRAST = new Set(['whereas']);
/** After a comma, words that open the narrator's aside, not more of the speech: ", who ...", ", saying ...". */
const ASIDES = new Set(['who', 'which', 'saying', 'said', 'calling', 'arguing', 'noting', 'telling', 'pointing', 'adding', 'citing', 'according', 'referring']);
const CLAUSE_STARTS = new Set(['and', 'but', 'or', 'nor', 'while', 'whereas', 'although', 'though', 'because', 'so', 'yet']);

/**
 * Where a content read forward from token `from` ends: the sentence end, or a clause joined by "; " or
 * ", but". The breaks are found once per sentence, so many cues in one long sentence stay linear.
 */
function clauseEnd(ctx: SentenceContext, from: number): number {
  const { tokens } = ctx;
  if (!ctx.breaks) {
    ctx.breaks = new Array<number>(tokens.length + 1);
    ctx.breaks[tokens.length] = ctx.sentence.end;
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k];
      const next = tokens[k + 1];
      // "; ", ", but", or "and"/"but" before a second cue verb ("acknowledged X but insisted Y").
      const coordinated = (t.lower === 'and' || t.lower === 'but') && !!next && !next.cap && CUE_WORDS.has(next.lower);
      const isBreak = t.text === ';' || (t.text === ',' && (CONTRAST.has(next?.lower ?? '') || ASIDES.has(next?.lower ?? ''))) || coordinated;
      ctx.breaks[k] = isBreak ? t.start : ctx.breaks[k + 1];
    }
  }
  return ctx.breaks[from];
}

/**
 * The content after a cue block ending before token `k`: the clause after `that` (within a few words:
 * "said on Monday that ..."), a quotation, the next paragraph after a colon, or the rest of the clause.
 * Null when only an adjunct follows ("said in a statement.").
 */
export function contentAfter(ctx: SentenceContext, k: number): Content | null {
  const { tokens, prose } = ctx;
  const introduced = thatClause(ctx, k) ?? quotationAfterAdjunct(ctx, k);
  if (introduced) return introduced;
  let marked = false;
  // "said Friday it had ...", "noted last month, ...": the time adjunct is not content.
  k = skipTimeForward(tokens, k);
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') {
    // A colon introduces speech; a comma only before a quotation ('he added, "We lost."').
    marked = tokens[k].text === ':' || isQuoteMark(tokens[k + 1]);
    k++;
  }
  if (k >= tokens.length) {
    if (tokens[k - 1]?.text !== ':' || !ctx.nextParagraph) return null;
    const next = ctx.nextParagraph;
    const q = ctx.quotesByStart.get(next.start);
    if (q) return { range: withMarks(q, ctx.prose), quotation: true, marked: true };
    const range = trimmed(ctx, next.start, next.end);
    return range && { range, quotation: false, marked: true };
  }
  const first = tokens[k];
  if (isQuoteMark(first)) {
    const q = ctx.quotesByStart.get(first.start);
    if (q) return { range: withMarks(q, ctx.prose), quotation: true, marked: true };
  }
  // An adjunct ("said in a statement.") or a new clause (", and a contest was opened") is not content.
  if (!first.word || OUTER_PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower) || CLAUSE_STARTS.has(first.lower)) return null;
  return rest(ctx, k, marked || clauseFollows(tokens, k));
}

/**
 * True when a finite clause opens at token `k`: a subject and, within a few words, an auxiliary or a
 * modal ("claimed the president had been misled", "fear the push could backfire"). "claimed victory in
 * Iowa" has none, and is not speech.
 */
function clauseFollows(tokens: Token[], k: number): boolean {
  if (SUBJECT_PRONOUNS.has(tokens[k].lower)) return true;
  for (let j = k + 1; j < tokens.length && j < k + 7 && tokens[j].word; j++) {
    if (AUXILIARIES.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * "said that ...", or "that" after an adjunct: "said on Monday that", "told reporters in Ohio that",
 * "claimed, without evidence, that".
 */
function thatClause(ctx: SentenceContext, k: number): Content | null {
  const { tokens } = ctx;
  const head = tokens[k];
  const adjunct = !!head && (head.text === ',' || (head.word && (OUTER_PREPOSITIONS.has(head.lower) || TIME_WORDS.has(head.lower))));
  for (let j = k; j < tokens.length && j < k + 10 && (tokens[j].word || tokens[j].text === ',') && (j === k || adjunct); j++) {
    // PolNeAR's content opens with the complementizer: "said that ...".
    if (tokens[j].lower === 'that' && j + 1 < tokens.length) return rest(ctx, j, true);
  }
  return null;
}

/** A quotation after an adjunct: 'said in an interview "..."', 'said in a statement: "..."'. */
function quotationAfterAdjunct(ctx: SentenceContext, k: number): Content | null {
  const { tokens } = ctx;
  if (!tokens[k]?.word || !OUTER_PREPOSITIONS.has(tokens[k].lower)) return null;
  for (let j = k + 1; j < tokens.length && j < k + 9; j++) {
    const t = tokens[j];
    const mark = isQuoteMark(t) ? t : (t.text === ',' || t.text === ':') && isQuoteMark(tokens[j + 1]) ? tokens[j + 1] : null;
    const q = mark && ctx.quotesByStart.get(mark.start);
    if (q) return { range: withMarks(q, ctx.prose), quotation: true, marked: true };
    if (!t.word) return null;
  }
  return null;
}

/** The content from token `k` to the clause's end. */
export function rest(ctx: SentenceContext, k: number, marked: boolean): Content | null {
  const range = trimmed(ctx, ctx.tokens[k].start, clauseEnd(ctx, k));
  return range && { range, quotation: false, marked };
}

/**
 * The content before a cue block starting at token `from`: the quotation that closes just before it
 * ('"...," he said'), or the clause from the sentence start to the comma ("Sales fell, the company said").
 */
export function contentBefore(ctx: SentenceContext, from: number): Content | null {
  const { tokens, prose } = ctx;
  let j = from - 1;
  if (j < 0) return null;
  if (tokens[j].text === ',' && isQuoteMark(tokens[j - 1])) j--;
  if (isQuoteMark(tokens[j])) {
    const q = ctx.quotesByEnd.get(tokens[j].end);
    return q ? { range: withMarks(q, ctx.prose), quotation: true, marked: true } : null;
  }
  if (tokens[j].text !== ',' && tokens[j].text !== '—' && tokens[j].text !== '–') return null;
  if (j < 2) return null;
  const range = trimmed(ctx, ctx.sentence.start, tokens[j].start);
  return range && { range, quotation: false, marked: true };
}

/**
 * The quotation that ends just before the sentence: '"We will win." Smith said so on Monday.' reads the
 * quotation as what Smith said.
 */
export function quotationBefore(ctx: SentenceContext, last: number): Content | null {
  // Only when the cue ends the sentence, give or take an adjunct ("Smith said on Monday.").
  for (let k = last + 1; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (k > last + 6 || (!t.word && k < ctx.tokens.length - 2)) return null;
  }
  let at = ctx.sentence.start;
  for (let n = 0; n < 3 && at > 0 && /\s/.test(ctx.prose[at - 1]); n++) at--;
  const q = ctx.quotesByEnd.get(at);
  return q ? { range: withMarks(q, ctx.prose), quotation: true, marked: true } : null;
}

/** The smallest range holding both. */
export function union(a: Range, b: Range): Range {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

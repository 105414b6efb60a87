import type { Claim, DateClaim, NumberClaim, QuoteClaim } from '../types';
import { checkableDate, compareDate } from './dates';
import { locatorAt, sentenceAround } from './excerpt';
import { compareNumber, countsOfRatio, type Comparison } from './numbers';
import { findQuote, nearestQuote, quotePieces } from './quotes';
import { contentWords, wordsOf, type Word } from './words';
import type { Evidence, PreparedPassage, PreparedSource } from './types';

/** A passage that bears on a claim, before it is written out as {@link Evidence}. */
export interface Hit {
  passage: PreparedPassage;
  start: number;
  end: number;
  match: 'supports' | 'differs';
  value: string;
  /** Shared words between the claim's sentence and the source's. */
  score: number;
  /** The sentence around the hit in the passage. */
  from: number;
  to: number;
}

/** What the words of a source's sentences are, computed once per sentence however many claims ask. */
export class SentenceWords {
  private readonly cache = new WeakMap<PreparedPassage, Map<number, Set<string>>>();
  private readonly tokens = new WeakMap<PreparedPassage, Word[]>();

  of(passage: PreparedPassage, from: number, to: number): Set<string> {
    let byPassage = this.cache.get(passage);
    if (!byPassage) this.cache.set(passage, (byPassage = new Map()));
    const key = from * 1e7 + to;
    let words = byPassage.get(key);
    if (!words) byPassage.set(key, (words = contentWords(passage.text.slice(from, to))));
    return words;
  }

  private readonly lowered = new WeakMap<PreparedPassage, string>();

  /** The passage in lower case, for a quick look for words before any is tokenized. */
  lower(passage: PreparedPassage): string {
    let text = this.lowered.get(passage);
    if (text === undefined) this.lowered.set(passage, (text = passage.text.toLowerCase()));
    return text;
  }

  /** The passage's words with their places, for quotations. */
  wordsOf(passage: PreparedPassage): Word[] {
    let words = this.tokens.get(passage);
    if (!words) this.tokens.set(passage, (words = wordsOf(passage.text)));
    return words;
  }
}

/** The claim's words that say what it is about: its sentence less the claim itself. */
export function claimWords(claim: Claim, articleText: string): Set<string> {
  const { start, end } = claim.sentence;
  return contentWords(`${articleText.slice(start, claim.start)} ${articleText.slice(claim.end, end)}`);
}

/** How many shared words make a source's sentence about the same thing as the claim's. */
function differsBar(words: ReadonlySet<string>, strict: boolean): number {
  const bar = Math.min(4, Math.max(2, Math.ceil(words.size * 0.25)));
  return strict ? bar + 1 : bar;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Every passage of the source that supports the claim or gives another value of the same thing. */
export function hitsIn(claim: Claim, words: ReadonlySet<string>, source: PreparedSource, cache: SentenceWords, supportBar = 1): Hit[] {
  return source.passages.flatMap((p) => hitsInPassage(claim, words, p, cache, supportBar));
}

/** {@link hitsIn} for one passage. */
export function hitsInPassage(claim: Claim, words: ReadonlySet<string>, passage: PreparedPassage, cache: SentenceWords, supportBar = 1): Hit[] {
  if (claim.kind === 'quote') return quoteHits(claim, passage, cache);
  if (claim.kind === 'number' || (claim.kind === 'date' && checkableDate(claim))) return figureHits(claim, words, passage, cache, supportBar);
  return [];
}

function holdsWords(text: string, probes: readonly string[], needed: number): boolean {
  let found = 0;
  for (const p of probes) if (text.includes(p) && ++found >= needed) return true;
  return false;
}

function figureHits(claim: NumberClaim | DateClaim, words: ReadonlySet<string>, passage: PreparedPassage, cache: SentenceWords, supportBar: number): Hit[] {
  const found: Hit[] = [];
  for (const f of passage.figures) {
    if (f.kind !== claim.kind) continue;
    const cmp: Comparison = f.kind === 'number' ? compareNumber(claim as NumberClaim, f) : compareDate(claim as DateClaim, f.value);
    if (cmp === 'unrelated') continue;
    // Dates and bare counts are everywhere: another value of one needs a word more in common, unless a
    // count names the same thing counted ("1,150 workers" for "1,200 workers").
    const sameUnit = claim.kind === 'number' && f.kind === 'number' && claim.unit !== null && claim.unit === f.unit;
    const bar = differsBar(words, claim.kind === 'date' || (claim.type === 'count' && !sameUnit));
    const { from, to } = sentenceAround(passage.text, f.start, f.end);
    const score = overlap(words, cache.of(passage, from, to));
    if (cmp === 'same' ? score < supportBar : score < bar) continue;
    found.push({ passage, start: f.start, end: f.end, match: cmp === 'same' ? 'supports' : 'differs', value: f.text, score, from, to });
  }
  if (claim.kind === 'number') found.push(...rowCounts(claim, words, passage, cache, supportBar));
  // A sentence that gives the claim's value is not contradicted by the other figures in it ("$4.47bn, up from $3.9bn").
  const supported = found.filter((h) => h.match === 'supports');
  return found.filter((h) => h.match === 'supports' || !supported.some((s) => s.from === h.from));
}

/** A table row giving a ratio's two counts in their columns ("Closed: 37; Schools: 44") supports "37 out of 44". */
function rowCounts(claim: NumberClaim, words: ReadonlySet<string>, passage: PreparedPassage, cache: SentenceWords, supportBar: number): Hit[] {
  const counts = countsOfRatio(claim);
  if (!counts || passage.locator.row === undefined) return [];
  const part = passage.figures.find((f) => f.kind === 'number' && f.type === 'count' && f.value === counts[0]);
  const whole = passage.figures.find((f) => f.kind === 'number' && f.type === 'count' && f.value === counts[1] && f !== part);
  if (!part || !whole) return [];
  const start = Math.min(part.start, whole.start);
  const end = Math.max(part.end, whole.end);
  const score = overlap(words, cache.of(passage, 0, passage.text.length));
  if (score < supportBar) return [];
  return [{ passage, start, end, match: 'supports', value: `${part.text} of ${whole.text}`, score, from: 0, to: passage.text.length }];
}

/** The quotation word for word (elisions and quotation marks aside), or a near copy with words changed. */
function quoteHits(claim: QuoteClaim, passage: PreparedPassage, cache: SentenceWords): Hit[] {
  const pieces = quotePieces(claim.content.text);
  const size = pieces.flat().length;
  if (size === 0) return [];
  // Two of its three longest words must be there before the passage's words are read one by one.
  const longest = pieces.flat().filter((w) => !w.includes("'")).sort((a, b) => b.length - a.length).slice(0, 3);
  if (longest.length > 0 && !holdsWords(cache.lower(passage), longest, Math.min(2, longest.length))) return [];
  const words = cache.wordsOf(passage);
  const exact = findQuote(passage.text, pieces, words);
  if (exact) return [{ passage, ...exact, match: 'supports', value: passage.text.slice(exact.start, exact.end), score: size, ...span(exact) }];
  // Short quotations are too easily near other words: only from five words is a near copy a changed quotation.
  if (size < 5) return [];
  const near = nearestQuote(passage.text, pieces, words);
  if (!near || near.share < 0.7) return [];
  return [{ passage, start: near.start, end: near.end, match: 'differs', value: passage.text.slice(near.start, near.end), score: Math.round(near.share * size), ...span(near) }];
}

function span(r: { start: number; end: number }): { from: number; to: number } {
  return { from: r.start, to: r.end };
}

/** A hit written out: the sentence as the passage, the match's place within it. */
export function toEvidence(source: string, hit: Hit, proposed = false): Evidence {
  const { from, to } = hit.from === hit.start && hit.to === hit.end ? sentenceAround(hit.passage.text, hit.start, hit.end) : hit;
  const passage = hit.passage.text.slice(from, to).replace(/\s+/g, ' ');
  const before = hit.passage.text.slice(from, hit.start).replace(/\s+/g, ' ');
  const value = hit.value.replace(/\s+/g, ' ');
  const start = before.length;
  return {
    source,
    locator: locatorAt(hit.passage, hit.start),
    passage,
    start,
    end: Math.min(passage.length, start + value.length),
    match: hit.match,
    value,
    ...(proposed ? { proposed: true } : {}),
    score: hit.score,
  };
}

import { readAmount, type Amount } from './amount';
import { share, type Found, type ScanStep } from './found';
import { notAClaim } from './notClaims';
import { CARDINALS, COMPARATIVES } from './numberWords';
import type { Token } from './tokenize';


/** Verbs of change: after them "X to Y" is a change and a level ("fell 3.5p to 245p"), not a range. */
const CHANGE_VERBS = new Set(
  ('rose fell climbed dropped increased decreased declined gained lost jumped slipped grew shrank raised lowered ' +
    'cut plunged soared tumbled surged slid eased edged added rise fall climb drop increase decrease decline gain ' +
    'jump slip grow shrink raise lower plunge soar tumble surge slide ease edge add rising falling up down').split(' '),
);

const bare = (a: Amount) => a.currency === undefined && !a.measure;
const isDash = (t: Token | undefined) => t?.kind === 'sym' && (t.text === '-' || t.text === '–' || t.text === '—');

/** The currency, percent or unit two ends of a range share: each may carry it, but not two different kinds. */
function compatible(a: Amount, b: Amount): boolean {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return false;
  if (a.currency !== undefined && b.measure) return false;
  if (a.measure && b.currency !== undefined) return false;
  return !(a.measure && b.measure && a.measure.type !== b.measure.type);
}

/** A run of glued dashes and figures ("202-555-0143", "2008-03-01"): a phone number, date or code. */
function chainEnd(tokens: Token[], k: number): number {
  let end = k;
  while (isDash(tokens[end]) && !tokens[end].gap && tokens[end + 1]?.kind === 'num' && !tokens[end + 1].gap) end += 2;
  return end;
}

/**
 * "10-15", "20 to 25 percent", "between $12 million and $20 million", "$2m to $3m". A range of money or
 * percentages keeps that type (valueHigh says it is a range); a range of bare figures or quantities is a
 * `range`. "from 55 to 110" is a change, not a range: two claims.
 */
export function readRange(tokens: Token[], a: Amount, between: boolean): ScanStep | null {
  const sep = tokens[a.end];
  const word = sep?.kind === 'word' ? sep.lower : '';
  const dash = isDash(sep);
  if (!(dash || word === 'to' || (between && word === 'and'))) return null;
  if (word === 'to' && (tokens[a.first - 1]?.lower === 'from' || CHANGE_VERBS.has(tokens[a.first - 1]?.lower ?? ''))) return null;
  const b = readAmount(tokens, a.end + 1);
  if (!b || !compatible(a, b)) return null;
  // "fell 232.90 points to 6038.30": a change and a level. A range's unit goes on its high end.
  if (word === 'to' && ((a.measure && !b.measure) || (a.currency !== undefined && b.currency === undefined && !b.numeral.scaled))) return null;
  if (dash && !sep.gap && bare(a) && bare(b)) {
    const more = chainEnd(tokens, b.end);
    // Phone numbers, ISO dates and codes: reject the whole run so none of its parts is read again.
    if (more > b.end || (tokens[more]?.kind === 'word' && !tokens[more].gap)) return { skip: true, end: more + 1 };
    if (a.numeral.digits?.length === 3 && b.numeral.digits?.length === 4) return { skip: true, end: b.end };
    if (notAClaim(tokens, a) && notAClaim(tokens, b)) return { skip: true, end: b.end };
  }
  // "7-Eleven" is a name: a dash joins figures of one form, digits or words.
  if (dash && a.numeral.spelled !== b.numeral.spelled) return { skip: true, end: b.end };
  let low = a.value;
  if (!a.numeral.scaled && b.numeral.scaled && low * b.numeral.scale <= b.value) low *= b.numeral.scale;
  if (!(low < b.value)) return dash && bare(a) && bare(b) ? score(a, b) : null;
  const currency = a.currency !== undefined ? a.currency : b.currency;
  const measure = a.measure ?? b.measure;
  const end = b.end;
  if (currency !== undefined) return { first: a.first, end, type: 'money', value: low, valueHigh: b.value, unit: currency };
  if (measure?.type === 'percent' || measure?.type === 'percentage-points') {
    return { first: a.first, end, type: measure.type, value: low, valueHigh: b.value, unit: null };
  }
  return { first: a.first, end, type: 'range', value: low, valueHigh: b.value, unit: measure?.unit ?? countedNoun(tokens, end) };
}

/** "won 3-1", "a 52-35 vote": a score or tally, counted as its first figure, spanning both. */
function score(a: Amount, b: Amount): Found {
  return { first: a.first, end: b.end, type: 'count', value: a.value, unit: null };
}

/** "37 out of 44", "one in five", "two of every three": a share with its counts. */
export function readRatio(tokens: Token[], a: Amount): Found | null {
  if (!bare(a)) return null;
  const w1 = tokens[a.end]?.lower;
  const w2 = tokens[a.end + 1]?.lower;
  const k = w1 === 'out' && w2 === 'of' ? a.end + 2 : w1 === 'of' && w2 === 'every' ? a.end + 2 : w1 === 'in' ? a.end + 1 : -1;
  if (k < 0) return null;
  const b = readAmount(tokens, k);
  if (!b || !bare(b) || b.value <= a.value || a.value <= 0) return null;
  // "2 in 2009", "400 in Spain" are not ratios: "in" needs a small whole count before it and a number after.
  if (w1 === 'in' && (notAClaim(tokens, b) || a.value > 100 || !Number.isInteger(a.value))) return null;
  return { first: a.first, end: b.end, type: 'ratio', value: share(a.value, b.value), unit: null, numerator: a.value, denominator: b.value };
}

/** "three times as many", "four times faster", "a threefold rise" spelled "three-fold". */
export function readTimes(tokens: Token[], a: Amount): Found | null {
  if (!bare(a)) return null;
  const t = tokens[a.end];
  if (isDash(t) && tokens[a.end + 1]?.lower === 'fold') return { first: a.first, end: a.end + 2, type: 'multiplier', value: a.value, unit: null };
  if (t?.lower !== 'times') return null;
  const next = tokens[a.end + 1];
  if (next?.kind === 'word' && COMPARATIVES.has(next.lower)) return { first: a.first, end: a.end + 1, type: 'multiplier', value: a.value, unit: null };
  return { first: a.first, end: a.end + 1, type: 'count', value: a.value, unit: 'times' };
}

const NOT_NOUNS = new Set(
  ('of in on at to by for with from and or but the a an as than that which who is are was were be been has have ' +
    'had per each more less new other additional extra its their this these those some all million billion minus plus').split(' '),
);
const SKIPPABLE = new Set(['new', 'more', 'other', 'additional', 'extra', 'further', 'major', 'large', 'small']);
/** Adjectives that stand between a count and its noun ("16 main cables", "500 registered voters"). */
const MODIFIERS = new Set(['main', 'key', 'senior', 'junior', 'young', 'old', 'local', 'foreign', 'former', 'current', 'top', 'big']);
/** Plurals without an s. */
const PLURALS = new Set(['people', 'men', 'women', 'children', 'staff', 'police', 'personnel', 'cattle', 'crew', 'troops', 'sheep', 'fish']);
/** Word endings of adjectives and participles ("registered", "national", "public", "active"). */
const ADJECTIVE_END = /(?:ed|al|ic|ive|ous|ful|ian|ese|ish|ary|ible|able)$/;

/** A lowercase word that may name what is counted: no function word, and no number word ("nineteen ninety"). */
const plainWord = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && t.text === t.lower && t.lower.length >= 3 && !NOT_NOUNS.has(t.lower) && !CARDINALS.has(t.lower);

/**
 * The thing a bare count counts: the word after it ("105 children"), past an adjective ("179 new
 * tankers", "16 main cables", "500 registered voters"); null when no noun follows, or an adverb does
 * ("18,257.06 shortly"). Null rather than a guessed word.
 */
export function countedNoun(tokens: Token[], end: number): string | null {
  const t = tokens[end];
  if (t?.kind !== 'word' || t.text !== t.lower) return null;
  if (SKIPPABLE.has(t.lower) || MODIFIERS.has(t.lower) || ADJECTIVE_END.test(t.lower)) {
    const noun = tokens[end + 1];
    // Past an adjective only a plural is what is counted: "1,643 wounded there" counts no "there".
    return plainWord(noun) && (/[^s]s$/.test(noun.lower) || PLURALS.has(noun.lower)) ? noun.lower : null;
  }
  return plainWord(t) && !t.lower.endsWith('ly') ? t.lower : null;
}

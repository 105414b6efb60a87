import { readAmount, type Amount } from './amount';
import { CURRENCY_SYMBOLS, LETTER_PREFIXES, LETTERS_BEFORE_SCALE } from './currencies';
import { readAge } from './ages';
import { ONE_MAIN_UNIT, readArticleCompound, readCompound } from './compound';
import { isCode, NAMES_BEFORE } from './currencyPhrase';
import { countedNoun, readRange, readRatio, readTimes } from './figurePhrases';
import { isSkip, type Found, type ScanStep } from './found';
import { notAClaim } from './notClaims';
import { CARDINALS, FRACTIONS, GROUP_WORDS, MULTIPLIER_WORDS, ORDINALS, SCALES, VAGUE_SCALES } from './numberWords';
import { qualifierBefore } from './qualifiers';
import type { Token } from './tokenize';
import { readFraction, readMultiplierWord, readRank, readVague } from './wordPhrases';

/** Words that may start a claim; every other word is passed over at the cost of one set look-up. */
const TRIGGER_WORDS = new Set<string>([
  ...CARDINALS.keys(), ...VAGUE_SCALES.keys(), ...ORDINALS.keys(), ...MULTIPLIER_WORDS.keys(), ...FRACTIONS.keys(),
  'half', 'tens', 'minus',
]);

/** What "a" or "an" must stand before to start a claim: "a dozen", "a million", "a third". */
const ARTICLE_NEXT = new Set<string>([...FRACTIONS.keys(), ...GROUP_WORDS.keys(), ...SCALES.keys()]);

/** The cheap test run on every token before any parsing. */
function mayStart(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return CURRENCY_SYMBOLS.has(t.text) || ((t.text === '-' || t.text === '−' || t.text === '#') && tokens[i + 1]?.kind === 'num');
  if (TRIGGER_WORDS.has(t.lower)) return true;
  // Most words are longer than any currency letters: one length test passes them over.
  const next = tokens[i + 1];
  if (next?.kind === 'num' && NAMES_BEFORE.has(t.lower)) return true;
  if (t.text.length > 4 || next === undefined) return false;
  if ((t.lower === 'a' || t.lower === 'an') && (ARTICLE_NEXT.has(next.lower) || ONE_MAIN_UNIT.has(next.lower))) return true;
  // Letters before a currency symbol ("US$", "GB £"), dotted ("U.S. $"), or a currency on their own ("DM 5m").
  if (isCode(t) || LETTER_PREFIXES.has(t.lower) || (t.text.length === 1 && LETTERS_BEFORE_SCALE.has(t.text))) return true;
  // The second letter of "U.S." does not start anything: the first one did.
  const prev = tokens[i - 1];
  if (prev?.text === '.' && !t.gap && tokens[i - 2]?.kind === 'word') return false;
  return (next.kind === 'sym' && CURRENCY_SYMBOLS.has(next.text)) || (t.text.length === 1 && next.text === '.');
}

/** The money claim read last, so a bare "four billion" right after "US$5 billion" borrows its currency. */
interface Context {
  lastMoney: { code: string | null; end: number } | null;
}

/**
 * A bare scaled figure a few words after a money claim is money in the same currency ("US$5 billion
 * on top of the four billion it had"), unless it counts something ("eight million iPhones").
 */
function borrowCurrency(tokens: Token[], a: Amount, ctx: Context): boolean {
  if (a.numeral.scale < 1e6 || ctx.lastMoney === null || a.first - ctx.lastMoney.end > 12) return false;
  const next = tokens[a.end];
  return next?.kind !== 'word' || (next.text === next.lower && countedNoun(tokens, a.end) === null);
}

/** Currencies whose hundredths are cents, besides the US dollar. */
const CENT_CURRENCIES = new Set(['EUR', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'TWD', 'ZAR', 'BRL', 'MXN']);

/**
 * The currency of an amount: "80 cents" a few words after "2 euros" are euro cents, not the US cents
 * the word means alone.
 */
function currencyOf(tokens: Token[], a: Amount, ctx: Context): string | null {
  const last = tokens[a.end - 1]?.lower;
  const bareCents = a.currency === 'USD' && (last === 'cent' || last === 'cents') && a.numeral.end === a.end - 1;
  const before = ctx.lastMoney;
  if (!bareCents || before === null || before.code === null || a.first - before.end > 12) return a.currency ?? null;
  return CENT_CURRENCIES.has(before.code) ? before.code : a.currency ?? null;
}

/** The index after a run of number tokens starting at `k`. */
function numberRunEnd(tokens: Token[], k: number): number {
  let end = k;
  while (tokens[end]?.kind === 'num') end++;
  return end;
}

/** Reads the claim that a figure at `i` starts: a range, a ratio, a multiple, or the amount alone. */
function readFigure(tokens: Token[], i: number, ctx: Context): ScanStep | null {
  const a = readAmount(tokens, i);
  if (!a) return null;
  const between = tokens[i - 1]?.lower === 'between';
  const phrase = readAge(tokens, a) ?? readCompound(tokens, a) ?? readRange(tokens, a, between) ?? readRatio(tokens, a) ?? readTimes(tokens, a);
  if (phrase) {
    if (!isSkip(phrase) && between && phrase.type !== 'ratio') phrase.first = i - 1;
    return phrase;
  }
  // "A400M", "B2B": letters glued before the figure make even a measured one a name.
  const before = tokens[a.first - 1];
  if (before?.kind === 'word' && !tokens[a.first].gap) return { skip: true, end: a.end };
  if (a.currency !== undefined) return { first: a.first, end: a.end, type: 'money', value: a.value, unit: currencyOf(tokens, a, ctx) };
  // "at one point" is a moment, not a figure.
  if (a.numeral.spelled && a.value === 1 && a.measure?.unit === 'points') return null;
  if (a.measure) return { first: a.first, end: a.end, type: a.measure.type, value: a.value, unit: a.measure.unit };
  if (notAClaim(tokens, a)) return { skip: true, end: a.end };
  // Figures in a row with only spaces between ("+44 20 7946 0958") are a code or a table row; a figure
  // before a model name ("18 777s") still counts.
  const after = tokens[a.end + 1];
  if (tokens[a.end]?.kind === 'num' && !(after?.kind === 'word' && !after.gap)) return { skip: true, end: numberRunEnd(tokens, a.end) };
  // "One of the key topics": a lone "one" is a pronoun or an article, not a count; "half an hour" is a
  // duration, which dates own.
  if (a.numeral.spelled && (a.value === 1 || !Number.isInteger(a.value))) return null;
  if (borrowCurrency(tokens, a, ctx)) return { first: a.first, end: a.end, type: 'money', value: a.value, unit: ctx.lastMoney?.code ?? null };
  const type = Number.isInteger(a.value) ? 'count' : 'quantity';
  return { first: a.first, end: a.end, type, value: a.value, unit: countedNoun(tokens, a.end) };
}

function readAt(tokens: Token[], i: number, ctx: Context): ScanStep | null {
  return readArticleCompound(tokens, i) ?? readRank(tokens, i) ?? readFraction(tokens, i) ?? readVague(tokens, i) ?? readMultiplierWord(tokens, i) ?? readFigure(tokens, i, ctx);
}

/** Finds the numeric claims in a paragraph's tokens, left to right, each token read at most once as a start. */
export function scanTokens(tokens: Token[]): Found[] {
  const out: Found[] = [];
  const ctx: Context = { lastMoney: null };
  let i = 0;
  while (i < tokens.length) {
    const step = mayStart(tokens, i) ? readAt(tokens, i, ctx) : null;
    if (!step) {
      i++;
      continue;
    }
    if (!isSkip(step)) {
      const q = qualifierBefore(tokens, step.first);
      if (q && !(out.length && out[out.length - 1].end > q.start)) {
        step.qualifier = step.qualifier ?? q.qualifier;
        step.first = q.start;
      }
      out.push(step);
      if (step.type === 'money') ctx.lastMoney = { code: step.unit, end: step.end };
    }
    i = Math.max(step.end, i + 1);
  }
  return out;
}

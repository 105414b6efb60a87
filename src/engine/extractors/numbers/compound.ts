import { readAmount, type Amount } from './amount';
import { CURRENCY_NOUNS, MINOR_UNITS } from './currencies';
import { countedNoun } from './figurePhrases';
import type { Found } from './found';
import type { Token } from './tokenize';

/** Names of a main unit whose hundredths news and speech add after it, and the code they mean then. */
const MAIN_UNITS: ReadonlyMap<string, string> = new Map([
  ['pound', 'GBP'], ['pounds', 'GBP'], ['quid', 'GBP'], ['dollar', 'USD'], ['dollars', 'USD'], ['bucks', 'USD'],
  ['euro', 'EUR'], ['euros', 'EUR'], ['rupee', 'INR'], ['rupees', 'INR'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['rouble', 'RUB'], ['roubles', 'RUB'],
]);

/** The currency a whole figure names with the last word of its amount ("twelve pounds", "4 US dollars"). */
function mainCurrency(tokens: Token[], a: Amount): string | null {
  const last = tokens[a.end - 1];
  if (a.numeral.scale !== 1 || !Number.isInteger(a.numeral.value) || last?.kind !== 'word') return null;
  const main = MAIN_UNITS.get(last.lower);
  if (!main || !CURRENCY_NOUNS.has(last.lower)) return null;
  // "4 US dollars": a nationality read before the noun says which dollar.
  return typeof a.currency === 'string' ? a.currency : main;
}

/**
 * Hundredths after the main unit: "sixty pence", "20 cents"; a bare figure that counts nothing after
 * "and" ("7 dollars and 25") or spelled, as speech says prices ("two dollars fifty").
 */
function hundredths(tokens: Token[], k: number, and: boolean): { value: number; end: number } | null {
  const b = readAmount(tokens, k);
  if (!b || !Number.isInteger(b.numeral.value) || b.numeral.value < 1 || b.numeral.value > 99 || b.numeral.scale !== 1) return null;
  const last = tokens[b.end - 1];
  if (b.currency !== undefined) return last?.kind === 'word' && MINOR_UNITS.has(last.lower) ? { value: b.numeral.value / 100, end: b.end } : null;
  // "7 dollars and 25 friends" counts friends; "7 dollars and 25." is a price.
  const after = tokens[b.end];
  // Two digits at a clause's end are cents too ("12 euros 50."), said as a price is.
  const clauseEnd = after === undefined || (after.kind === 'sym' && ',.;:!?)'.includes(after.text));
  const spoken = and || b.numeral.spelled || (b.numeral.digits?.length === 2 && clauseEnd);
  if (!spoken || b.measure || after?.kind === 'num' || countedNoun(tokens, b.end) !== null) return null;
  return { value: b.numeral.value / 100, end: b.end };
}

/** The claim a main amount and its hundredths make, or null when no hundredths follow at `k`. */
function withHundredths(tokens: Token[], first: number, k: number, whole: number, code: string): Found | null {
  const and = tokens[k]?.lower === 'and';
  const minor = hundredths(tokens, and ? k + 1 : k, and);
  return minor ? { first, end: minor.end, type: 'money', value: whole + minor.value, unit: code } : null;
}

/**
 * Compound amounts: "twelve pounds and sixty pence" (12.60 GBP), "4 euros 20 cents" (4.20 EUR), "7
 * dollars and 25" (7.25 USD). One claim in the main unit; the hundredths take its currency, as "cents"
 * after "euros" are euro cents.
 */
export function readCompound(tokens: Token[], a: Amount): Found | null {
  const code = mainCurrency(tokens, a);
  return code === null ? null : withHundredths(tokens, a.first, a.end, a.numeral.value, code);
}

/** Singular main units that "a" counts as one in a spoken price: "a dollar fifty", "a pound twenty". */
export const ONE_MAIN_UNIT: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['buck', 'USD'], ['pound', 'GBP'], ['quid', 'GBP'], ['euro', 'EUR'],
]);

/** "a dollar fifty" (1.50 USD), "a pound and twenty pence": the article is the whole unit. */
export function readArticleCompound(tokens: Token[], i: number): Found | null {
  const article = tokens[i].lower;
  const code = ONE_MAIN_UNIT.get(tokens[i + 1]?.lower ?? '');
  if (!(article === 'a' || article === 'an') || !code) return null;
  // "a dollar and a half".
  const half = ['and', 'a', 'half'].every((w, d) => tokens[i + 2 + d]?.lower === w);
  return half ? { first: i, end: i + 5, type: 'money', value: 1.5, unit: code } : withHundredths(tokens, i, i + 2, 1, code);
}

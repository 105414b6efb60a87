import { CARDINALS, GROUP_WORDS, SCALES, SHORT_SCALES } from './numberWords';
import type { Token } from './tokenize';

/** A figure read from the tokens: its value and where it ends. */
export interface Numeral {
  value: number;
  /** Index of the first token after the figure. */
  end: number;
  /** Written in words ("twenty-five", "a dozen") rather than digits. */
  spelled: boolean;
  /** A scale word or suffix multiplied it ("40 billion", "£300m"). */
  scaled: boolean;
  /** The multiplier the scale words gave (1 when none): a range's low end borrows it ("3 to 5 million"). */
  scale: number;
  /** Digits with neither separator nor decimal point (years, model numbers and list numbers look so). */
  plainInteger: boolean;
  /** The digits as written, for the year and phone-number tests; null when spelled. */
  digits: string | null;
}

/**
 * Reads `1,234.56` to a number, or NaN when the separators are not a number's: a second decimal point
 * (versions, IP addresses) or comma groups that are not thousands (`1,1,1`).
 */
export function parseDigits(text: string): number {
  const dot = text.indexOf('.');
  if (dot >= 0 && text.indexOf('.', dot + 1) >= 0) return NaN;
  const int = dot >= 0 ? text.slice(0, dot) : text;
  if (int.includes(',')) {
    const groups = int.split(',');
    if (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)) return NaN;
  }
  if (dot >= 0 && text.slice(dot).includes(',')) return NaN;
  return Number(text.replace(/,/g, ''));
}

/** The scale after a figure at token `k`: spelled or abbreviated, or a short suffix glued to it. */
function scaleAt(tokens: Token[], k: number, money: boolean, decimal: boolean): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return 0;
  const scale = SCALES.get(t.lower);
  if (scale) return scale;
  // `$4m`, `£50k`, `1.2m people`: a one-letter suffix is a scale only glued, and only after a currency
  // or a decimal figure (a bare `500m` is metres).
  const short = SHORT_SCALES.get(t.lower);
  if (short && !t.gap && (money || (decimal && t.lower === 'm'))) return short;
  return 0;
}

const UNICODE_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['¼', 1 / 4], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);
/** Denominators of the fractions markets and wires write with a slash ("7-1/2 pct", "3 3/4"). */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);
const PERCENT_AFTER = new Set(['%', 'pct', 'percent', 'per', 'percentage']);

/** A fraction `n/d` at `k`, all glued, with a small denominator; its value, or NaN. */
function slashFraction(tokens: Token[], k: number): number {
  const n = tokens[k];
  const slash = tokens[k + 1];
  const d = tokens[k + 2];
  if (n?.kind !== 'num' || slash?.text !== '/' || slash.gap || d?.kind !== 'num' || d.gap) return NaN;
  const num = Number(n.text);
  const den = Number(d.text);
  return SLASH_DENOMINATORS.has(den) && num > 0 && num < den ? num / den : NaN;
}

/**
 * The fraction after a whole number at `i` ("7-1/2", "3 3/4", "7½"): its value and the index after it,
 * or null. Mixed numbers only, so a date such as "3/4" is never read as three quarters.
 */
function mixedFraction(tokens: Token[], i: number): { value: number; end: number } | null {
  const next = tokens[i + 1];
  if (!next) return null;
  const glyph = next.kind === 'sym' && !next.gap ? UNICODE_FRACTIONS.get(next.text) : undefined;
  if (glyph !== undefined) return { value: glyph, end: i + 2 };
  const k = next.text === '-' && !next.gap ? i + 2 : next.kind === 'num' && next.gap ? i + 1 : -1;
  const value = k < 0 ? NaN : slashFraction(tokens, k);
  return Number.isNaN(value) ? null : { value, end: k + 3 };
}

/** Reads a figure in digits at `i`, with the scale words after it. */
export function readDigitNumeral(tokens: Token[], i: number, money: boolean): Numeral | null {
  const t = tokens[i];
  let value = parseDigits(t.text);
  if (Number.isNaN(value)) return null;
  let end = i + 1;
  const plain = /^\d+$/.test(t.text);
  const mixed = plain ? mixedFraction(tokens, i) : null;
  if (mixed) {
    value += mixed.value;
    end = mixed.end;
  } else if (plain && PERCENT_AFTER.has(tokens[i + 3]?.lower ?? '')) {
    // A bare fraction only before a percent ("1/2 pct"): elsewhere "3/4" is more often a date.
    const fraction = slashFraction(tokens, i);
    if (!Number.isNaN(fraction)) {
      value = fraction;
      end = i + 3;
    }
  }
  const decimal = t.text.includes('.') || end > i + 1;
  let product = 1;
  for (let n = 0; n < 2; n++) {
    const scale = scaleAt(tokens, end, money, decimal);
    if (!scale) break;
    product *= scale;
    end++;
  }
  value *= product;
  return { value, end, spelled: false, scaled: product > 1, scale: product, plainInteger: plain && end === i + 1, digits: t.text };
}

/** True when `w` may continue a spelled number after a figure that is `current` so far. */
function fitsAfter(current: number, add: number): boolean {
  if (current === 0) return true;
  if (current % 100 === 0) return add < 100;
  return current % 10 === 0 && current % 100 >= 20 && add < 10;
}

/**
 * Reads a spelled number at `i`: "twenty-five", "three hundred and six", "a dozen", "two and a half
 * million", "half a million". Returns null when no number word starts there.
 */
export function readSpelledNumeral(tokens: Token[], i: number): Numeral | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let scale = 1;
  const first = tokens[i];
  if (first.lower === 'half') return readHalf(tokens, i);
  if (first.lower === 'a' || first.lower === 'an') {
    // "a dozen", "a hundred", "a million": the article counts as one, only before such a word.
    const next = tokens[i + 1];
    const countable = next?.kind === 'word' && (next.lower === 'hundred' || GROUP_WORDS.has(next.lower) || (SCALES.has(next.lower) && next.lower.length > 3));
    if (!countable) return null;
    current = 1;
    any = true;
    j = i + 1;
  }
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.kind === 'sym' && (t.text === '-' || t.text === '‐') && !t.gap && any && CARDINALS.has(tokens[j + 1]?.lower)) {
      j++;
      continue;
    }
    if (t.kind !== 'word') break;
    const card = CARDINALS.get(t.lower);
    if (card !== undefined) {
      if (!fitsAfter(current, card)) break;
      current += card;
    } else if (t.lower === 'hundred' && any) {
      current = (current || 1) * 100;
    } else if (GROUP_WORDS.has(t.lower) && any) {
      current = (current || 1) * (GROUP_WORDS.get(t.lower) as number);
    } else if (SCALES.has(t.lower) && any && t.lower.length > 3) {
      scale = SCALES.get(t.lower) as number;
      total += (current || 1) * scale;
      current = 0;
    } else if (t.lower === 'and' && any && tokens[j + 1]?.lower === 'a' && tokens[j + 2]?.lower === 'half') {
      current += 0.5;
      j += 3;
      continue;
    } else if (t.lower === 'and' && any && current % 100 === 0 && CARDINALS.has(tokens[j + 1]?.lower)) {
      j++;
      continue;
    } else break;
    any = true;
    j++;
  }
  if (!any) return null;
  return { value: total + current, end: j, spelled: true, scaled: scale > 1, scale, plainInteger: false, digits: null };
}

/** "half a million", "half a dozen", "half a percent": a half of what follows the article. */
function readHalf(tokens: Token[], i: number): Numeral | null {
  const article = tokens[i + 1];
  if (article?.lower !== 'a' && article?.lower !== 'an') return null;
  const next = tokens[i + 2];
  const unit = next?.kind === 'word' ? SCALES.get(next.lower) ?? GROUP_WORDS.get(next.lower) : undefined;
  if (unit && next.lower.length > 3) {
    const scale = SCALES.get(next.lower) ?? 1;
    return { value: unit / 2, end: i + 3, spelled: true, scaled: scale > 1, scale, plainInteger: false, digits: null };
  }
  // Otherwise the half stands alone and what follows must be a unit ("half a percent", "half a mile").
  return { value: 0.5, end: i + 2, spelled: true, scaled: false, scale: 1, plainInteger: false, digits: null };
}

import { CURRENCY_NOUNS } from './currencies';
import { mixedFraction, slashFraction } from './fractions';
import { SCALES, SHORT_SCALES } from './numberWords';
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
  // Thousands (`345,000`), or the Indian grouping of lakhs and crores (`3,45,000`, `1,25,00,000`).
  if (int.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(int) && !/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(int)) return NaN;
  if (dot >= 0 && text.slice(dot).includes(',')) return NaN;
  return Number(text.replace(/,/g, ''));
}

/**
 * The scale after a figure at token `k`: spelled or abbreviated, or a short suffix glued to it; negative
 * when a hyphen stands between ("1.5-billion"), so the caller knows it read two tokens.
 */
function scaleAt(tokens: Token[], k: number, money: boolean, decimal: boolean): number {
  const t = tokens[k];
  // "a $1.5-billion deal": a hyphen may glue the scale word to the figure.
  if (t?.text === '-' && !t.gap && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].gap) {
    const scale = SCALES.get(tokens[k + 1].lower);
    return scale && scale >= 1e3 ? -scale : 0;
  }
  if (!t || t.kind !== 'word') return 0;
  const scale = SCALES.get(t.lower);
  if (scale) return scale;
  // `$4m`, `£50k`, `1.2m people`: a one-letter suffix is a scale after a currency (tokenized text may
  // space it: `$ 4 m`), or glued to a decimal figure (a bare `500m` is metres).
  const short = SHORT_SCALES.get(t.lower);
  if (short && (money || (decimal && !t.gap && t.lower === 'm'))) return short;
  return 0;
}

const PERCENT_AFTER = new Set(['%', 'pct', 'percent', 'per', 'percentage']);

/**
 * "1,99 euros", "5,50 €", "12,5 %": a decimal comma, as continental Europe writes it. A comma group of
 * one or two digits is never thousands, and it is read so only before (or after) a currency or percent,
 * as "items 1,2" are a list.
 */
function decimalComma(tokens: Token[], i: number, money: boolean): number {
  const text = tokens[i].text;
  if (!/^\d{1,3},\d{1,2}$/.test(text)) return NaN;
  const next = tokens[i + 1];
  const named = next?.kind === 'word' && (CURRENCY_NOUNS.has(next.lower) || PERCENT_AFTER.has(next.lower));
  return money || named || next?.text === '€' || next?.text === '%' ? Number(text.replace(',', '.')) : NaN;
}

/** Reads a figure in digits at `i`, with the scale words after it. */
export function readDigitNumeral(tokens: Token[], i: number, money: boolean): Numeral | null {
  const t = tokens[i];
  let value = parseDigits(t.text);
  if (Number.isNaN(value)) value = decimalComma(tokens, i, money);
  if (Number.isNaN(value)) return null;
  let end = i + 1;
  const plain = /^\d+$/.test(t.text);
  const mixed = plain ? mixedFraction(tokens, i) : null;
  if (mixed) {
    value += mixed.value;
    end = mixed.end;
  } else if (plain && tokens[i + 1]?.lower === 'and' && tokens[i + 2]?.lower === 'a' && tokens[i + 3]?.lower === 'half') {
    // "3 and a half million pounds", as speech says it.
    value += 0.5;
    end = i + 4;
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
    // A negative scale came with its hyphen: one more token read.
    product *= Math.abs(scale);
    end += scale < 0 ? 2 : 1;
  }
  value *= product;
  return { value, end, spelled: false, scaled: product > 1, scale: product, plainInteger: plain && end === i + 1, digits: t.text };
}

import { CURRENCY_ADJECTIVES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, LETTER_PREFIXES, LETTERS_BEFORE_SCALE, LOWERCASE_CODES } from './currencies';
import { readCode } from './codes';
import { SCALES } from './numberWords';
import type { Token } from './tokenize';

/** What the currency reader needs to know of the figure before it. */
export interface FigureShape {
  /** The scale words' multiplier, 1 when none. */
  scale: number;
  /** Written with a decimal point. */
  decimal: boolean;
  /** Index of the figure's first token, to read the words before it; absent when none matter. */
  first?: number;
}

/** A currency read around a figure: its ISO code (null when the name alone does not say which). */
export interface CurrencyRead {
  code: string | null;
  /** Index of the first token after the currency words. */
  next: number;
  /** 0.01 for minor units ("26 cents"), else 1. */
  factor: number;
}

/**
 * Letters at `i`, with the dots of an abbreviation folded in ("U.S." → "us"), and the index after them.
 * Only short runs of single letters fold, so a sentence's full stop never joins two words.
 */
export function readLetters(tokens: Token[], i: number): { letters: string; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  let letters = t.lower;
  let j = i + 1;
  while (letters.length < 4 && t.text.length === 1 && tokens[j]?.text === '.' && !tokens[j].gap) {
    const n = tokens[j + 1];
    if (n?.kind === 'word' && n.text.length === 1 && !n.gap) {
      letters += n.lower;
      j += 2;
    } else {
      j++;
      break;
    }
  }
  return { letters, next: j };
}

/** True for a code the text writes as one: capitals, or a lowercase code news cannot mean as a word. */
export const isCode = (t: Token | undefined): boolean => readCode(t) !== null;

/**
 * Currency names some wires write before the figure ("euro 3.5 million", "euro2.5 billion", "rupees 40
 * crore"): read there only glued to the figure or before a scale, as "the euro 1.2 percent higher" is
 * the currency's move.
 */
export const NAMES_BEFORE: ReadonlyMap<string, string> = new Map([
  ['euro', 'EUR'], ['euros', 'EUR'], ['rupees', 'INR'], ['yuan', 'CNY'], ['naira', 'NGN'], ['dollars', 'USD'],
]);

function nameBefore(tokens: Token[], i: number): CurrencyRead | null {
  const code = NAMES_BEFORE.get(tokens[i].lower);
  const figure = tokens[i + 1];
  if (!code || figure?.kind !== 'num') return null;
  const scale = tokens[i + 2]?.kind === 'word' ? SCALES.get(tokens[i + 2].lower) : undefined;
  if (figure.gap && (scale === undefined || scale < 1e3)) return null;
  // "Canadian dollars 5 million": the nationality before the name says which dollar.
  const nation = tokens[i - 1]?.kind === 'word' ? CURRENCY_ADJECTIVES.get(tokens[i - 1].lower) : undefined;
  return { code: code === 'USD' && nation ? nation : code, next: i + 1, factor: 1 };
}

/** A currency written before the figure at `i`: `$`, `US$`, `HK $`, `GB £`, `USD`, `BYN`, `# 13 billion`. */
export function readCurrencyPrefix(tokens: Token[], i: number): CurrencyRead | null {
  const t = tokens[i];
  if (t.kind === 'sym') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    if (code) return { code, next: i + 1, factor: 1 };
    // Archive newswire's 7-bit encoding wrote `£` as `#`, spaced as a token ("# 500,000") or before a
    // scale ("#13 billion"). "#1" glued to its figure is a rank or a tag, "# 1." at a line's start a
    // heading, and "# 1" alone a rank.
    const figure = tokens[i + 1];
    const scaled = /^(million|billion|bn|m|mln|bln)$/.test(tokens[i + 2]?.lower ?? '');
    if (t.text === '#' && !t.lineStart && figure?.kind === 'num' && (scaled || (figure.gap && figure.text.length > 1))) {
      return { code: 'GBP', next: i + 1, factor: 1 };
    }
    return null;
  }
  // A code glued to the figure ("USD5bn") only for the major currencies: "COP26" and "CUP3" are names.
  const coded = readCode(t);
  if (coded && startsFigure(tokens[i + 1]) && (tokens[i + 1].gap || LOWERCASE_CODES.has(t.lower))) {
    // "USD$ 23 billion": the code and the symbol say the same currency.
    const next = tokens[i + 1].text === '$' ? i + 2 : i + 1;
    return { code: coded.code, next, factor: coded.factor };
  }
  const named = nameBefore(tokens, i);
  if (named) return named;
  const lettered = LETTERS_BEFORE_SCALE.get(t.text);
  if (lettered && beforeScale(tokens, i)) return { code: lettered, next: i + 1, factor: 1 };
  const read = readLetters(tokens, i);
  if (!read || read.letters.length > 4) return null;
  const sym = tokens[read.next];
  const letterCode = LETTER_PREFIXES.get(read.letters);
  if (letterCode) {
    // "Rs. 500": the abbreviation's own full stop may stand between.
    const at = sym?.text === '.' && !sym.gap ? read.next + 1 : read.next;
    return tokens[at]?.kind === 'num' ? { code: letterCode, next: at, factor: 1 } : null;
  }
  if (sym?.kind !== 'sym') return null;
  // Letters before `$` name the dollar (`US$`, `A$`); capitals before another symbol only restate it (`GB £`).
  if (sym.text === '$') {
    const code = DOLLAR_PREFIXES.get(read.letters);
    return code && (!sym.gap || read.letters.length > 1) ? { code, next: read.next + 1, factor: 1 } : null;
  }
  // "E£": the Egyptian pound.
  const code = sym.text === '£' && read.letters === 'e' ? 'EGP' : CURRENCY_SYMBOLS.get(sym.text);
  return code && t.text === t.text.toUpperCase() ? { code, next: read.next + 1, factor: 1 } : null;
}

/** A figure glued to the letter at `i`, then a scale: "R5bn", "N2.5 trillion", "Y300m". */
function beforeScale(tokens: Token[], i: number): boolean {
  const figure = tokens[i + 1];
  const scale = tokens[i + 2];
  // "m" alone of the one-letter scales: "Y2K" and "R2D2" are names.
  return figure?.kind === 'num' && !figure.gap && scale?.kind === 'word' && (SCALES.has(scale.lower) || (!scale.gap && scale.text === 'm'));
}

function startsFigure(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || (t.kind === 'sym' && t.text === '$'));
}

import type { Token } from './tokenize';

/** Fractions written as figures: vulgar-fraction glyphs and the slash fractions of markets and wires. */

const UNICODE_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['¼', 1 / 4], ['¾', 3 / 4], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);
/** Denominators of the fractions markets and wires write with a slash ("7-1/2 pct", "3 3/4"). */
const SLASH_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);

/** A fraction `n/d` at `k`, all glued, with a small denominator; its value, or NaN. */
export function slashFraction(tokens: Token[], k: number): number {
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
export function mixedFraction(tokens: Token[], i: number): { value: number; end: number } | null {
  const next = tokens[i + 1];
  if (!next) return null;
  const glyph = next.kind === 'sym' && !next.gap ? UNICODE_FRACTIONS.get(next.text) : undefined;
  if (glyph !== undefined) return { value: glyph, end: i + 2 };
  const k = next.text === '-' && !next.gap ? i + 2 : next.kind === 'num' && next.gap ? i + 1 : -1;
  const value = k < 0 ? NaN : slashFraction(tokens, k);
  return Number.isNaN(value) ? null : { value, end: k + 3 };
}

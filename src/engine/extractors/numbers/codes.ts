import { CODE_SCALES, CRYPTO_CODES, ISO_CODES, LOWERCASE_CODES } from './currencies';
import type { Token } from './tokenize';

/** A currency code read from one word: the code the claim carries and the scale its letters add. */
export interface CodeRead {
  code: string;
  /** 1e6 for `MSEK`, 1e3 for `kSEK`, else 1. */
  factor: number;
}

/**
 * Codes that take a scale letter (`MSEK`, `MEUR`): the currencies of the reports that write them. Not
 * every code: `MALL`, `TTOP` and `MCUP` would be read from words in capitals.
 */
const SCALED = new Set(['SEK', 'NOK', 'DKK', 'ISK', 'EUR', 'USD', 'GBP', 'CHF', 'PLN']);

/**
 * A currency code: an ISO 4217 code in capitals (or one of the lowercase codes no English word
 * spells), a crypto ticker (`BTC`, `ETH`), or a code behind a scale letter (`40 MSEK` is 40 million SEK).
 */
export function readCode(t: Token | undefined): CodeRead | null {
  if (!t || t.kind !== 'word') return null;
  const text = t.text;
  if (text.length === 3) {
    if (text === text.toUpperCase()) {
      if (ISO_CODES.has(text)) return { code: text, factor: 1 };
      const crypto = CRYPTO_CODES.get(text);
      return crypto ? { code: crypto, factor: 1 } : null;
    }
    return LOWERCASE_CODES.has(text) ? { code: text.toUpperCase(), factor: 1 } : null;
  }
  // Most four-letter words are lowercase: one character test passes them over.
  if (text.length !== 4 || text.charCodeAt(1) < 65 || text.charCodeAt(1) > 90) return null;
  const scale = CODE_SCALES.get(text[0]);
  const rest = text.slice(1);
  return scale !== undefined && SCALED.has(rest) ? { code: rest, factor: scale } : null;
}

import type { Found } from './found';
import { scanTokens } from './scanner';
import { tokenize } from './tokenize';

/** A claim found in a text, with character offsets into that text. */
export type FoundSpan = Omit<Found, 'first' | 'end'> & { start: number; end: number };

/**
 * Finds the numeric claims in a text (a paragraph): tokenizes it once, scans the tokens once, and
 * maps token indexes back to character offsets. Linear in the text's length.
 */
export function scanNumbers(text: string): FoundSpan[] {
  const tokens = tokenize(text);
  return scanTokens(tokens).map(({ first, end, ...rest }) => ({ ...rest, start: tokens[first].start, end: tokens[end - 1].end }));
}

import type { Found } from './found';
import { scanTokens } from './scanner';
import { tokenize } from './tokenize';

/** A claim found in a text, with character offsets into that text. */
export type FoundSpan = Omit<Found, 'first' | 'end'> & { start: number; end: number };

/** Rounds away binary noise from scaling: 34.3 × 1e9 is 34299999999.999996, the text says 34300000000. */
const tidy = (x: number) => Number(x.toPrecision(15));

/**
 * Finds the numeric claims in a text (a paragraph): tokenizes it once, scans the tokens once, and
 * maps token indexes back to character offsets. Linear in the text's length.
 */
export function scanNumbers(text: string): FoundSpan[] {
  const tokens = tokenize(text);
  const found = scanTokens(tokens);
  const out: FoundSpan[] = new Array(found.length);
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    const span: FoundSpan = { start: tokens[f.first].start, end: tokens[f.end - 1].end, type: f.type, value: tidy(f.value), unit: f.unit };
    if (f.valueHigh !== undefined) span.valueHigh = tidy(f.valueHigh);
    if (f.qualifier !== undefined) span.qualifier = f.qualifier;
    if (f.numerator !== undefined) span.numerator = f.numerator;
    if (f.denominator !== undefined) span.denominator = f.denominator;
    out[n] = span;
  }
  return out;
}

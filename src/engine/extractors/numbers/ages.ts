import type { Amount } from './amount';
import type { Found } from './found';
import type { Token } from './tokenize';

/** Units an age is counted in. */
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

const glued = (t: Token | undefined, text: string) => t !== undefined && !t.gap && t.lower === text;

/**
 * "an 11-year-old video", "a six-month-old baby": an age, a quantity in `years old` (`months old`...).
 * The date extractor reads "a 10-year plan" as a duration but leaves ages alone, so they are ours.
 */
export function readAge(tokens: Token[], a: Amount): Found | null {
  if (a.currency !== undefined || a.measure) return null;
  const k = a.end;
  const unit = tokens[k + 1];
  if (!glued(tokens[k], '-') || unit === undefined || unit.gap || !AGE_UNITS.has(unit.lower)) return null;
  if (!glued(tokens[k + 2], '-') || !glued(tokens[k + 3], 'old')) return null;
  return { first: a.first, end: k + 4, type: 'quantity', value: a.value, unit: `${unit.lower}s old` };
}

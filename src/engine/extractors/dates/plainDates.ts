import { formatDay, pad, type Day } from './calendar';
import type { Candidate, SentenceScope } from './candidate';
import { monthNumber, MONTH_RE } from './lexicon';
import { YEAR_RE } from './years';

const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d)(?:,?\\s+(${YEAR_RE})\\b)?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b\\.?(?:,?\\s+(${YEAR_RE})\\b)?`, 'gi');

/**
 * Month-day dates read by two plain patterns, for the stretches of an overlong sentence that chrono is
 * not given (see CHRONO_BUDGET). A date without a year takes the publication year.
 */
export function plainDates(scope: SentenceScope, w: { start: number; end: number }): Candidate[] {
  const out: Candidate[] = [];
  const slice = scope.text.slice(w.start, w.end);
  // In "March 3 March 3" the second reading ("3 March") overlaps the first: read each stretch once.
  const taken = new Uint8Array(slice.length);
  for (const [re, month, day, year] of [[MONTH_DAY, 1, 2, 3], [DAY_MONTH, 2, 1, 3]] as const) {
    for (const m of slice.matchAll(re)) {
      if (taken[m.index] || taken[m.index + m[0].length - 1]) continue;
      taken.fill(1, m.index, m.index + m[0].length);
      const date: Day = { y: Number(m[year] ?? scope.ref?.y ?? 0), m: monthNumber(m[month]), d: Number(m[day]) };
      if (date.d < 1 || date.d > 31) continue;
      const known = m[year] !== undefined || scope.ref !== null;
      const value = known ? formatDay(date) : `XXXX-${pad(date.m)}-${pad(date.d)}`;
      out.push({ start: w.start + m.index, end: w.start + m.index + m[0].length, type: 'DATE', value, relative: !m[year], rank: 2 });
    }
  }
  return out;
}

import { scan } from '../../src/engine';
import type { DateClaim } from '../../src/engine/types';

/** The date claims of a text as `[text, value]` pairs, scanned with the given publication date. */
export function datesOf(text: string, referenceDate: string | null = '2013-03-22', dateOrder: 'mdy' | 'dmy' = 'mdy'): [string, string][] {
  return scan(text, { referenceDate, dateOrder, kinds: ['date'] }).claims.map((c) => [c.text, (c as DateClaim).value]);
}

/** The date claims themselves. */
export function dateClaims(text: string, referenceDate: string | null = '2013-03-22'): DateClaim[] {
  return scan(text, { referenceDate, kinds: ['date'] }).claims as DateClaim[];
}

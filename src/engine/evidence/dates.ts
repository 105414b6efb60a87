import type { DateClaim } from '../types';
import type { Comparison } from './numbers';

/** The shape of a TIMEX3 value (`2024-03-03` → `dddd-dd-dd`): two dates compare only at the same precision. */
function shape(value: string): string {
  return value.replace(/\d/g, 'd');
}

/** A claim's date is checkable when it is resolved to a value with no unknown part. */
export function checkableDate(claim: DateClaim): boolean {
  return claim.resolved && !claim.value.includes('X') && !/_REF$/.test(claim.value);
}

/**
 * A source's date against the claim's: the same value, or a more precise one within it (`2024-03-03`
 * supports "March 2024"); another value at the same precision is another date; the rest is unrelated.
 */
export function compareDate(claim: DateClaim, value: string): Comparison {
  if (value === claim.value || value.startsWith(`${claim.value}-`) || value.startsWith(`${claim.value}T`)) return 'same';
  return shape(value) === shape(claim.value) ? 'other' : 'unrelated';
}

import type { NumberClaim } from '../types';
import type { SourceFigure } from './types';

type NumberFigure = Extract<SourceFigure, { kind: 'number' }>;

/** How a source's figure compares with a claim's: the same, another value of the same measure, or unrelated. */
export type Comparison = 'same' | 'other' | 'unrelated';

/**
 * Half a unit in the last place the article writes: `$4.5bn` is anything from $4.45bn to $4.55bn, so
 * `$4.47 billion` supports it. Read from the claim's own digits; a number in words is taken as exact.
 */
export function roundingOf(claim: Pick<NumberClaim, 'text' | 'value' | 'qualifier'>): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(claim.text);
  if (!m) return Math.abs(claim.value) * 1e-9;
  const shown = Number(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  if (shown === 0) return 0.5;
  const scale = claim.value / shown;
  let ulp = m[2] ? 10 ** -m[2].length : 1;
  // "about 4,500": the zeros are rounding too when the article says it rounds.
  if (!m[2] && claim.qualifier === 'approx') for (let n = shown; n >= 10 && n % 10 === 0; n /= 10) ulp *= 10;
  return Math.abs((ulp / 2) * scale) * (1 + 1e-9);
}

/** The measure a figure is of: money in a currency, a share, a quantity in a unit, a count. */
function measure(type: string, unit: string | null): string {
  if (type === 'money' || type === 'quantity') return `${type}:${unit ?? ''}`;
  if (type === 'ratio' || type === 'percent') return 'share';
  if (type === 'range') return `range:${unit ?? ''}`;
  return type === 'count' ? 'count' : type;
}

/** A share as a percentage: 0.841 of 37 out of 44 is 84.1. */
function percentOf(f: { type: string; value: number }): number {
  return f.type === 'ratio' ? f.value * 100 : f.value;
}

/** Compares a source's figure with the claim, allowing the claim's rounding. */
export function compareNumber(claim: NumberClaim, figure: NumberFigure): Comparison {
  if (measure(claim.type, claim.unit) !== measure(figure.type, figure.unit)) return 'unrelated';
  if (claim.type === 'count' && claim.unit && figure.unit && claim.unit !== figure.unit) return 'unrelated';
  const tolerance = roundingOf(claim);
  if (claim.type === 'ratio' && figure.type === 'ratio' && claim.denominator !== undefined && figure.denominator !== undefined) {
    if (claim.denominator !== figure.denominator) return 'unrelated';
    return claim.numerator === figure.numerator ? 'same' : 'other';
  }
  if (claim.type === 'ratio' || figure.type === 'ratio') {
    // A share against another form of it: "84%" and "37 of 44" agree when 84.1 rounds to 84.
    const asPercent = claim.type === 'ratio' ? 0.5 : tolerance;
    return Math.abs(percentOf(claim) - percentOf(figure)) <= asPercent ? 'same' : 'unrelated';
  }
  const high = claim.valueHigh === undefined || figure.valueHigh === undefined || Math.abs(claim.valueHigh - figure.valueHigh) <= tolerance;
  return Math.abs(claim.value - figure.value) <= tolerance && high ? 'same' : 'other';
}

/** What a claim made of two counts is: a ratio's parts as a source's table row gives them. */
export function countsOfRatio(claim: NumberClaim): [number, number] | null {
  return claim.type === 'ratio' && claim.numerator !== undefined && claim.denominator !== undefined ? [claim.numerator, claim.denominator] : null;
}

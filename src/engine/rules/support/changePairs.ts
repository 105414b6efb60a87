import type { NumberClaim } from '../../types';
import { readFigure } from './readFigure';

/** Two figures a change runs between: `from 2.4 million to 2.1 million`, `to $2.1bn from $2.4bn`. */
export interface ChangePair {
  from: NumberClaim;
  to: NumberClaim;
}

const HEDGE = '(?:about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+|roughly\\s+|more than\\s+|less than\\s+|over\\s+|under\\s+)?';
/** A unit noun written after the figure and before `to`: `from 300 passengers to 320`, `barrels a day`. */
const UNIT = '(?:(?!(?:to|in|by|at|during|from|and|or|but)\\b)\\p{Ll}+\\s+){0,2}';
const FROM_BEFORE = new RegExp(`\\bfrom\\s+${HEDGE}$`, 'i');
const TO_BETWEEN = new RegExp(`^\\s+${UNIT}(?:(?:in|by|at the end of|during)\\s+[A-Za-z0-9 ]{1,20}?\\s*,?\\s+)?to\\s+${HEDGE}$`, 'iu');
/** The same, up to the figure, for reading a figure no claim carries. */
const TO_AHEAD = new RegExp(`^\\s+${UNIT}(?:(?:in|by|at the end of|during)\\s+[A-Za-z0-9 ]{1,20}?\\s*,?\\s+)?to\\s+${HEDGE}`, 'iu');
const TO_BEFORE = new RegExp(`\\bto\\s+${HEDGE}$`, 'i');
const FROM_BETWEEN = new RegExp(`^\\s*${UNIT},?\\s*(?:(?:up|down)\\s+)?from\\s+${HEDGE}$`, 'iu');

/** "2.4 million in 2020 and 2.1 million in 2021": two figures, each with its year. */
const YEAR_BETWEEN = /^\s+in\s+((?:19|20)\d\d)\s*,?\s*(?:and|to|compared with|versus|vs\.?|against)?\s+$/i;
const YEAR_AFTER = /^\s+in\s+((?:19|20)\d\d)\b/i;

const COMPARABLE = new Set(['money', 'count', 'quantity', 'percent']);

/** The pairs of neighbouring figures of one sentence that a change runs between, in either order. */
export function findChangePairs(prose: string, numbers: NumberClaim[]): ChangePair[] {
  const out: ChangePair[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i];
    const b: NumberClaim | undefined = numbers[i + 1];
    const before = prose.slice(Math.max(0, a.start - 24), a.start);
    const between = b ? prose.slice(a.end, b.start) : '';
    const near = b && comparable(a, b) && between.length <= 40;
    if (near && FROM_BEFORE.test(before) && TO_BETWEEN.test(between)) out.push({ from: a, to: b });
    else if (near && TO_BEFORE.test(before) && FROM_BETWEEN.test(between)) out.push({ from: b, to: a });
    else if (near && YEAR_BETWEEN.test(between)) {
      const pair = byYear(prose, a, b, Number(YEAR_BETWEEN.exec(between)![1]));
      if (pair) out.push(pair);
    }
    else if (FROM_BEFORE.test(before) && COMPARABLE.has(a.type)) {
      const to = unclaimedTo(prose, a, b?.start ?? prose.length);
      if (to) out.push({ from: a, to });
    }
  }
  return out;
}

/** Two figures dated by the years after them, the earlier first; null when the second has no year. */
function byYear(prose: string, a: NumberClaim, b: NumberClaim, yearA: number): ChangePair | null {
  const after = YEAR_AFTER.exec(prose.slice(b.end, b.end + 12));
  if (!after || Number(after[1]) === yearA) return null;
  return Number(after[1]) > yearA ? { from: a, to: b } : { from: b, to: a };
}

/**
 * The "to" figure after `from` when no claim of its own carries it, read from the text as a figure of
 * the same kind and unit as the "from" one.
 */
function unclaimedTo(prose: string, from: NumberClaim, limit: number): NumberClaim | null {
  const rest = prose.slice(from.end, Math.min(limit, from.end + 60));
  const to = TO_AHEAD.exec(rest);
  if (!to) return null;
  const symbol = from.type === 'money' ? (/^[^\d]*?([$£€¥])/.exec(from.text)?.[1] ?? null) : null;
  if (from.type === 'money' && !symbol) return null;
  const figure = readFigure(rest.slice(to[0].length), symbol);
  if (!figure) return null;
  const start = from.end + to[0].length;
  const text = prose.slice(start, start + figure.length);
  return { ...from, start, end: start + figure.length, text, value: figure.value, qualifier: undefined };
}

/** Figures of one kind: the same currency, both percentages, or counts and quantities of one unit. */
function comparable(a: NumberClaim, b: NumberClaim): boolean {
  if (!COMPARABLE.has(a.type) || !COMPARABLE.has(b.type)) return false;
  if (a.type === 'money' || b.type === 'money') return a.type === b.type && a.unit === b.unit;
  if (a.type === 'percent' || b.type === 'percent') return a.type === b.type;
  return !a.unit || !b.unit || a.unit === b.unit;
}

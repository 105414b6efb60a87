import type { Draft } from '../extractors/extractor';
import type { DateClaim } from '../types';

/** The grains a calendar value can have, read from its shape. */
export type FocusGrain = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year';

/**
 * What a date takes from the period in focus (the period the article last spoke of):
 * - `shift`: that period, `years` away, when it is of one of `grains` (`a year earlier` after `the third
 *   quarter` is the third quarter of the year before);
 * - `year`: that period in another year (`the 1988 period`);
 * - `same`: the last period of `grain` the article named, or the one holding the last day it named
 *   (`the quarter`, `that day`, `later that year`).
 * Where the article has spoken of no such period, the date keeps the value it was read with.
 */
export type FocusNeed =
  | { kind: 'shift'; years: number; grains: readonly FocusGrain[] }
  | { kind: 'year'; year: number; grains: readonly FocusGrain[] }
  | { kind: 'same'; grain: FocusGrain };

/** The drafts whose value rests on the period in focus, and what they take from it. */
const NEEDS = new WeakMap<object, FocusNeed>();

/** Marks a date draft as told from the period in focus (the dates extractor does, as it finds it). */
export function needsFocus(draft: object, need: FocusNeed): void {
  NEEDS.set(draft, need);
}

/** Gives a copy of a draft (the same date, moved) the need of the draft it copies. */
export function carryFocus(from: object, to: object): void {
  const need = NEEDS.get(from);
  if (need) NEEDS.set(to, need);
}

/** Whether a draft's value rests on dates said before it, outside its paragraph perhaps. */
export function dependsOnFocus(draft: object): boolean {
  return NEEDS.has(draft);
}

const SHAPES: [RegExp, FocusGrain][] = [
  [/^(?:FY)?\d{4}$/, 'year'],
  [/^\d{4}-\d\d$/, 'month'],
  [/^\d{4}-\d\d-\d\d/, 'day'],
  [/^\d{4}-Q[1-4]$/, 'quarter'],
  [/^\d{4}-H[12]$/, 'half'],
  [/^\d{4}-W\d\d$/, 'week'],
  [/^\d{4}-(?:SP|SU|FA|WI)$/, 'season'],
];

export function grainOf(value: string): FocusGrain | null {
  for (const [re, grain] of SHAPES) if (re.test(value)) return grain;
  return null;
}

/** The value moved to another year, its grain kept: `1989-Q3` → `1988-Q3`, `FY1989` → `FY1988`. */
function inYear(value: string, year: number): string | null {
  if (year < 0 || year > 9999) return null;
  const y = String(year).padStart(4, '0');
  return value.startsWith('FY') ? `FY${y}` : y + value.slice(4);
}

/** The period in focus as the resolver walks the article: the last calendar value, and the last of each grain. */
class Focus {
  last: string | null = null;
  readonly byGrain = new Map<FocusGrain, string>();

  see(value: string): void {
    const grain = grainOf(value);
    if (!grain) return;
    const v = value.slice(0, 10);
    this.last = v;
    this.byGrain.set(grain, v);
    const year = v.replace(/^FY/, '').slice(0, 4);
    if (grain !== 'year') this.byGrain.set('year', year);
    // A day names its month and quarter; a month its quarter.
    if (grain === 'day') this.byGrain.set('month', v.slice(0, 7));
    if (grain === 'day' || grain === 'month') this.byGrain.set('quarter', `${year}-Q${Math.ceil(Number(v.slice(5, 7)) / 3)}`);
  }

  valueFor(need: FocusNeed): string | null {
    if (need.kind === 'same') return this.byGrain.get(need.grain) ?? null;
    const grain = this.last ? grainOf(this.last) : null;
    if (!this.last || !grain || !need.grains.includes(grain)) return null;
    const year = Number(this.last.replace(/^FY/, '').slice(0, 4));
    return inYear(this.last, need.kind === 'shift' ? year + need.years : need.year);
  }
}

/**
 * Gives each date told from the period in focus its value, walking the article's dates in order the way
 * HeidelTime and SUTime track their reference time: every calendar date moves the focus, and a date that
 * rests on it (`the year-earlier quarter`, `that day`) reads it. Returns the drafts, with new objects for
 * those whose value changed.
 */
export function resolveFocus(drafts: readonly Draft[]): Draft[] {
  const focus = new Focus();
  return drafts.map((d) => {
    if (d.kind !== 'date') return d;
    const need = NEEDS.get(d);
    let out: Draft<DateClaim> = d;
    if (need) {
      const value = focus.valueFor(need);
      if (value !== null && value !== d.value) out = { ...d, value, resolved: true };
    }
    if (out.type === 'DATE' || out.type === 'TIME') focus.see(out.value);
    return out;
  });
}

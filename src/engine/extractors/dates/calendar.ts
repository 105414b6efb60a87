/** Calendar arithmetic for TIMEX3 values, in UTC so that no time zone shifts a day. */

/** A calendar day; `m` is 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** The granularities a relative expression resolves to, each with its TIMEX3 value shape. */
export type Grain = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Reads `YYYY-MM-DD`; null when it is not a calendar day. */
export function parseDay(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

const toDate = (day: Day): Date => new Date(Date.UTC(day.y, day.m - 1, day.d));
const fromDate = (t: Date): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

export function addDays(day: Day, n: number): Day {
  const t = toDate(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

/** Moves by whole months, keeping the day within the target month. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, last) };
}

/** ISO weekday: Monday 1 to Sunday 7. */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay() || 7;
}

/** The ISO week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const week = Math.floor((toDate(thursday).getTime() - jan1) / 86400000 / 7) + 1;
  return { year: thursday.y, week };
}

export const formatDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

/** The TIMEX3 value of the period of `grain` holding `day`: `2013-W11`, `2013-Q1`, `201X` for a decade (as TimeBank writes it). */
export function periodValue(day: Day, grain: Grain): string {
  switch (grain) {
    case 'day':
      return formatDay(day);
    case 'week':
    case 'weekend': {
      const w = isoWeek(day);
      return `${w.year}-W${pad(w.week)}${grain === 'weekend' ? '-WE' : ''}`;
    }
    case 'month':
      return `${pad(day.y, 4)}-${pad(day.m)}`;
    case 'quarter':
      return `${pad(day.y, 4)}-Q${Math.ceil(day.m / 3)}`;
    case 'half':
      return `${pad(day.y, 4)}-H${day.m <= 6 ? 1 : 2}`;
    case 'year':
      return pad(day.y, 4);
    case 'decade':
      return `${pad(day.y, 4).slice(0, 3)}X`;
    case 'century':
      return pad(day.y, 4).slice(0, 2);
  }
}

/** The value with X placeholders when the period cannot be placed: `XXXX-WXX`, `XXXX-XX-XX`. */
export function unknownValue(grain: Grain): string {
  const shapes: Record<Grain, string> = {
    day: 'XXXX-XX-XX',
    week: 'XXXX-WXX',
    weekend: 'XXXX-WXX-WE',
    month: 'XXXX-XX',
    quarter: 'XXXX-QX',
    half: 'XXXX-HX',
    year: 'XXXX',
    decade: 'XXXX',
    century: 'XX',
  };
  return shapes[grain];
}

/** The day `n` periods of `grain` away from `day` (a decade is ten years). */
export function shiftDay(day: Day, grain: Grain, n: number): Day {
  switch (grain) {
    case 'day':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'month':
      return addMonths(day, n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'half':
      return addMonths(day, 6 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
  }
}

/** The value of the period `n` periods away from the reference, or the X placeholder without one. */
export function relativeValue(ref: Day | null, grain: Grain, n: number): string {
  const day = ref ? shiftDay(ref, grain, n) : null;
  // "99 centuries ago" leaves the four-digit years TIMEX3 can write.
  return day && day.y >= 0 && day.y <= 9999 ? periodValue(day, grain) : unknownValue(grain);
}

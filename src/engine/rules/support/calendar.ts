/**
 * Calendar arithmetic for the rules, on plain day numbers (days since 1970-01-01, UTC), so no rule
 * depends on the host's time zone or on how an extractor represents a day.
 */

/** A calendar day. `month` is 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Full names and the usual newspaper abbreviations ("Tues.", "Thurs"), lower-case, to weekday index. */
const WEEKDAY_WORDS: Record<string, number> = {};
WEEKDAY_NAMES.forEach((name, i) => {
  const lower = name.toLowerCase();
  WEEKDAY_WORDS[lower] = i;
  WEEKDAY_WORDS[lower.slice(0, 3)] = i;
});
Object.assign(WEEKDAY_WORDS, { tues: 2, weds: 3, thur: 4, thurs: 4 });

/** A pattern source for a weekday word, full or abbreviated; use with the `i` flag. */
export const WEEKDAY_PATTERN = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** The weekday index (0 = Sunday) a word names, or null. */
export function weekdayIndex(word: string): number | null {
  const w = WEEKDAY_WORDS[word.toLowerCase().replace(/\.$/, '')];
  return w === undefined ? null : w;
}

/** The month (1–12) a month name or its abbreviation names ("Sept", "Oct."), or null. */
export function monthIndex(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase() === w || (w.length <= 4 && m.toLowerCase().startsWith(w)));
  return i < 0 ? null : i + 1;
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(d: CalendarDay): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): CalendarDay {
  const date = new Date(n * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The weekday index (0 = Sunday) of a day. */
export function weekdayOf(d: CalendarDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

/** True when the day exists (no 31 April, no 29 February 2023). */
export function isValidDay(d: CalendarDay): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return false;
  const back = fromDayNumber(dayNumber(d));
  return back.month === d.month && back.day === d.day;
}

/**
 * Reads `YYYY-MM-DD` (a TIMEX3 day value, also with a time `2021-10-12T10:00`, or a publication date);
 * `XXXX` as the year gives year NaN.
 */
export function parseIsoDay(value: string | null | undefined): CalendarDay | null {
  const m = /^(\d{4}|XXXX)-(\d\d)-(\d\d)(?:T|$)/.exec(value ?? '');
  if (!m) return null;
  return { year: m[1] === 'XXXX' ? NaN : Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "12 October 2021". */
export function formatDay(d: CalendarDay): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

const LONG_ABBREVIATIONS = ['Sun', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];

/** The weekday name written the way `like` is written: capitalized or not, full or abbreviated. */
export function weekdayLike(index: number, like: string): string {
  const full = WEEKDAY_NAMES[index];
  const bare = like.replace(/\.$/, '');
  const abbreviated = !/day$/i.test(bare);
  let word = !abbreviated ? full : bare.length === 3 ? full.slice(0, 3) : LONG_ABBREVIATIONS[index];
  if (/\.$/.test(like)) word += '.';
  if (like === like.toUpperCase()) return word.toUpperCase();
  return like[0] === like[0].toLowerCase() ? word.toLowerCase() : word;
}

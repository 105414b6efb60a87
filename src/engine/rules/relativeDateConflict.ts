import type { Finding } from '../types';
import type { Rule } from './rule';
import {
  dayNumber, formatDay, fromDayNumber, isValidDay, parseIsoDay, WEEKDAY_NAMES, WEEKDAY_PATTERN, weekdayIndex, weekdayOf,
  type CalendarDay,
} from './support/calendar';
import { insideKind } from './support/claims';
import { readDayMonth } from './support/dayMonth';

/** A relative expression, then the words that restate it: `, 3 May`, ` (Monday)`, `, on June 2`. */
const RELATIVE = new RegExp(
  `\\b(today|tonight|this (?:morning|afternoon|evening)|tomorrow|yesterday|last night|(last|next) (${WEEKDAY_PATTERN})|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (?:days?|weeks?) ago)(?!['’]s)(\\s*,\\s*(?:on\\s+)?|\\s+\\(\\s*|\\s+on\\s+)`,
  'gi',
);
const WEEKDAY_AHEAD = new RegExp(`^(${WEEKDAY_PATTERN})\\b`, 'i');

/**
 * "Last Tuesday, 3 May" in an article dated Thursday 12 May says two different days: last Tuesday was
 * 10 May. A relative day restated by a date or a weekday right after it must be that day, counted from
 * the publication date. "Last Tuesday" is the latest Tuesday before the publication day; "next Tuesday"
 * may be the coming one or the one a week later, so either is accepted.
 */
export const relativeDateConflict: Rule = {
  id: 'VER011',
  name: 'relative-date-conflict',
  description: 'A relative date ("tomorrow", "last Tuesday") names another day than the date written beside it.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  run(ctx) {
    const ref = parseIsoDay(ctx.referenceDate);
    if (!ref || Number.isNaN(ref.year)) return [];
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    // A quotation's "tomorrow" is counted from the day it was said, which may not be the publication day.
    const quoted = insideKind(ctx.claims, 'quote');
    for (const p of ctx.model.paragraphs) {
      const body = ctx.model.prose.slice(p.start, p.end);
      // Cheap trigger before the pattern: most paragraphs have no relative day word.
      if (!/\b(?:to(?:day|night|morrow)|yesterday|last|next|this|ago)\b/i.test(body)) continue;
      for (const m of body.matchAll(RELATIVE)) {
        if (quoted(p.start + m.index)) continue;
        const found = check(ref, body, m);
        if (found) out.push({ ...found, start: found.start + p.start, end: found.end + p.start });
      }
    }
    return out;
  },
};

function check(ref: CalendarDay, body: string, m: RegExpMatchArray): Omit<Finding, 'rule' | 'severity'> | null {
  const phrase = m[1];
  const allowed = allowedDays(ref, phrase.toLowerCase().replace(/\s+/g, ' '), m[2]?.toLowerCase(), m[3]);
  if (!allowed) return null;
  const at = m.index! + m[0].length;
  const rest = body.slice(at, at + 40);
  const weekday = WEEKDAY_AHEAD.exec(rest);
  const written = weekday ? null : readDayMonth(rest);
  let said: string;
  let length: number;
  if (weekday) {
    const w = weekdayIndex(weekday[1]);
    if (w === null || allowed.some((d) => weekdayOf(fromDayNumber(d)) === w)) return null;
    said = `a ${WEEKDAY_NAMES[w]}`;
    length = weekday[0].length;
  } else if (written) {
    const year = written.year ?? nearestYear(ref, written.month, written.day);
    // "31 June" is no day: there is nothing to compare.
    if (!isValidDay({ year, month: written.month, day: written.day })) return null;
    const n = dayNumber({ year, month: written.month, day: written.day });
    if (allowed.includes(n)) return null;
    said = formatDay(fromDayNumber(n));
    length = written.length;
  } else return null;
  const meant = allowed.map((d) => formatDay(fromDayNumber(d))).join(' or ');
  return {
    message: `"${phrase}" is ${meant} for an article dated ${formatDay(ref)}, but the text gives ${said}.`,
    start: m.index!,
    end: at + length,
  };
}

/** "Two days ago", "a week ago": a count of days or weeks before the publication day. */
const AGO = /^(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week)s? ago$/;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The day numbers a relative expression may mean, counted from the publication day. */
function allowedDays(ref: CalendarDay, phrase: string, which: string | undefined, name: string | undefined): number[] | null {
  const today = dayNumber(ref);
  if (phrase === 'today' || phrase === 'tonight' || phrase.startsWith('this ')) return [today];
  if (phrase === 'tomorrow') return [today + 1];
  if (phrase === 'yesterday' || phrase === 'last night') return [today - 1];
  const ago = AGO.exec(phrase);
  if (ago) {
    const n = COUNTS[ago[1]] ?? Number(ago[1]);
    // "Two weeks ago" is written of a day or so either side; "two days ago" of that day.
    return ago[2] === 'day' ? [today - n] : [-1, 0, 1].map((d) => today - 7 * n + d);
  }
  const target = name ? weekdayIndex(name) : null;
  if (target === null || !/day$/i.test(name!)) return null;
  const back = (weekdayOf(ref) - target + 7) % 7 || 7;
  const ahead = (target - weekdayOf(ref) + 7) % 7 || 7;
  return which === 'last' ? [today - back] : [today + ahead, today + ahead + 7];
}

/** The year that puts the day nearest the publication date. */
function nearestYear(ref: CalendarDay, month: number, day: number): number {
  let best = ref.year;
  for (const year of [ref.year - 1, ref.year + 1]) {
    const gap = (y: number) => Math.abs(dayNumber({ year: y, month, day }) - dayNumber(ref));
    if (gap(year) < gap(best)) best = year;
  }
  return best;
}

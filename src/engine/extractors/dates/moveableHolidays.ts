import { addDays, formatDay, weekday, type Day } from './calendar';
import { eachMatch, type Recognizer } from './candidate';

/**
 * US holidays on a weekday of their month: the month, the ISO weekday, and which one of the month
 * (negative from its end), or a day after another (`Election Day` is the Tuesday after the first Monday).
 */
const MOVEABLE: Record<string, (y: number) => Day> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
};

/** The `n`th ISO weekday `wd` of a month (`n` = -1: the last). */
function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  if (n < 0) {
    const last = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
}

const HOLIDAY = /\b(?:(last|next|this)\s+)?(Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day)\b(?:,?\s+((?:1[6-9]|20)\d\d)\b)?/g;

const dayNumber = (d: Day) => Date.UTC(d.y, d.m - 1, d.d);

/**
 * `Thanksgiving Day`, `last Thanksgiving`, `Election Day 2024`: the day in the year stated, else the one
 * `last` or `next` points to, else the nearest one (the tense deciding past a season away).
 */
export const moveableHolidays: Recognizer = (scope) =>
  eachMatch(HOLIDAY, scope.text, (m) => {
    const [, which, name, year] = m;
    const find = MOVEABLE[name.toLowerCase().replace(/\s+/g, ' ').replace(/ jr\.?/, '')];
    const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const };
    if (year) return { ...base, value: formatDay(find(Number(year))), relative: false, day: find(Number(year)) };
    if (!scope.ref) return { ...base, value: 'XXXX-XX-XX', relative: true };
    const ref = dayNumber(scope.ref);
    const [before, now, after] = [-1, 0, 1].map((n) => find(scope.ref!.y + n));
    const w = which?.toLowerCase();
    let day: Day;
    if (w === 'last') day = dayNumber(now) < ref ? now : before;
    else if (w === 'next') day = dayNumber(now) > ref ? now : after;
    else if (w === 'this') day = now;
    else {
      // The nearest one, unless it lies more than a season against the tense (as for a date without its year).
      day = [before, after].reduce((best, d) => (Math.abs(dayNumber(d) - ref) < Math.abs(dayNumber(best) - ref) ? d : best), now);
      const tense = scope.tenseAt(m.index, base.end);
      const season = 90 * 86400000;
      if (tense === 'past' && dayNumber(day) - ref > season) day = find(day.y - 1);
      if (tense !== 'past' && ref - dayNumber(day) > season) day = find(day.y + 1);
    }
    return { ...base, value: formatDay(day), relative: true, day };
  });

import * as chrono from 'chrono-node/en';
import { forEachMatch } from '../../text/matchLoop';
import { formatDay, pad, type Day } from './calendar';
import type { Candidate, Recognizer } from './candidate';
import { MONTH_RE } from './lexicon';
import { plainDates } from './plainDates';
import type { Tense } from './tense';

/**
 * chrono-node in strict mode, kept to calendar dates: a refiner placed before its merging refiners drops
 * every result without a stated month (clock times, weekdays, "3 days ago"), which the other recognizers
 * read the TimeML way. So a time never merges into a date here.
 */
function calendarChrono(littleEndian: boolean): chrono.Chrono {
  const config = chrono.configuration.createConfiguration(true, littleEndian);
  config.refiners.unshift({ refine: (_context, results) => results.filter((r) => r.start.isCertain('month')) });
  return new chrono.Chrono(config);
}
const PARSERS = { mdy: calendarChrono(false), dmy: calendarChrono(true) };

/**
 * What chrono is asked to read: a month name next to a day number (`March 22`, `22nd of March`), or digits
 * in a numeric date shape. A month with only a year (`March 2019`) is read without chrono (see months).
 */
const TRIGGER = new RegExp(
  `\\b${MONTH_RE}\\.?\\s*\\d{1,2}(?!\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}`,
  'gi',
);
/** TRIGGER without `g`, for a test that keeps no state between calls. */
const HAS_TRIGGER = new RegExp(TRIGGER.source, 'i');
/** A leading preposition chrono keeps in its match: TimeML leaves it out. */
const LEADING_PREPOSITION = /^(?:on|at|in|from|by|since|until|till|of)\s+/i;
const VERSION_BEFORE = /\b(?:version|v|build|release|firmware|update)\s*$/i;
const WINDOW = 40;
const MAX_CLUSTER = 400;

/** The stretches of the sentence around date triggers, merged when close and kept short. */
export function triggerWindows(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  forEachMatch(TRIGGER, text, (m) => {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = out[out.length - 1];
    if (last && start <= last.end && end - last.start <= MAX_CLUSTER) last.end = end;
    else out.push({ start, end });
  });
  return out.map((w) => snapToSpaces(text, w));
}

/** Widens a window to whole words, so chrono never sees half a token. */
function snapToSpaces(text: string, w: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = w;
  while (start > 0 && !/\s/.test(text[start - 1]) && w.start - start < 20) start--;
  while (end < text.length && !/\s/.test(text[end]) && end - w.end < 20) end++;
  return { start, end };
}

/**
 * How many characters of a sentence chrono reads. Prose never comes near it (a sentence holds a few dates);
 * a table of thousands of dates pasted as one "sentence" does, and past the budget the plain month-day
 * patterns of `plainDates` read the rest, so the scan stays linear and quick.
 */
const CHRONO_BUDGET = 4000;

/** How far from the publication date the nearest reading of a yearless date may lie against the tense. */
const SLACK_DAYS = 90;

/**
 * The year of a month and day written without one: the one that puts the date nearest the publication
 * date, unless that lies more than a season ahead of it in a clause told in the past (the year before,
 * then) or behind it in one told in the future (the year after). Deadlines and hearings a week away are
 * often told in the past tense, so the tense alone does not decide.
 */
export function yearOfDay(day: Day, ref: Day, tense: Tense): number {
  const offset = (y: number) => (Date.UTC(y, day.m - 1, day.d) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86400000;
  const y = [ref.y - 1, ref.y + 1].reduce((best, n) => (Math.abs(offset(n)) < Math.abs(offset(best)) ? n : best), ref.y);
  if (tense === 'past' && offset(y) > SLACK_DAYS) return y - 1;
  if (tense !== 'past' && offset(y) < -SLACK_DAYS) return y + 1;
  return y;
}

/** Full calendar dates (`March 22, 2013`, `22 March`, `7/8/07`, `2013-03-22`), read by chrono-node. */
export const absoluteDates: Recognizer = (scope) => {
  const parser = PARSERS[scope.dateOrder];
  const instant = scope.ref ? new Date(Date.UTC(scope.ref.y, scope.ref.m - 1, scope.ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Candidate[] = [];
  let budget = CHRONO_BUDGET;
  for (const w of triggerWindows(scope.text)) {
    budget -= w.end - w.start;
    if (budget < 0) {
      out.push(...plainDates(scope, w));
      continue;
    }
    const slice = scope.text.slice(w.start, w.end);
    for (const r of parser.parse(slice, { instant, timezone: 0 })) {
      const c = r.start;
      // chrono also reads "two days before" as a date with a month: keep what names a month or a date shape.
      if (!HAS_TRIGGER.test(r.text)) continue;
      const numeric = !/[a-z]{3}/i.test(r.text);
      // A numeric date needs its year: "3/4" is a fraction as often as a date.
      if (!c.isCertain('day') || (numeric && !c.isCertain('year'))) continue;
      // "version 10.12.2019" is a label.
      if (numeric && VERSION_BEFORE.test(scope.text.slice(Math.max(0, w.start + r.index - 12), w.start + r.index))) continue;
      const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
      let start = w.start + r.index + lead;
      // "the 22nd of March": the determiner belongs to the date.
      const the = /^\d/.test(r.text.slice(lead)) ? /\bthe\s+$/i.exec(scope.text.slice(Math.max(0, start - 8), start)) : null;
      if (the) start -= the[0].length;
      const day: Day = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
      if (!c.isCertain('year') && scope.ref) day.y = yearOfDay(day, scope.ref, scope.tenseAt(start, w.start + r.index + r.text.length));
      const known = c.isCertain('year') || scope.ref !== null;
      out.push({
        start,
        // chrono may keep the space after a date ("August 7 (Xinhua)").
        end: w.start + r.index + r.text.trimEnd().length,
        type: 'DATE',
        value: known ? formatDay(day) : `XXXX-${pad(day.m)}-${pad(day.d)}`,
        relative: !c.isCertain('year'),
        day: known ? day : undefined,
        rank: 2,
      });
    }
  }
  return out;
};

import type { DateClaim, Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { isDate } from './support/claims';
import {
  dayNumber, formatDay, isValidDay, parseIsoDay, WEEKDAY_NAMES, WEEKDAY_PATTERN, weekdayIndex, weekdayLike, weekdayOf,
  type CalendarDay,
} from './support/calendar';

const BEFORE = new RegExp(`\\b(${WEEKDAY_PATTERN})(?:,\\s*|\\s*\\(\\s*|\\s+)(?:the\\s+)?$`, 'i');
const AT_START = new RegExp(`^(?:on\\s+)?(${WEEKDAY_PATTERN})(?=[\\s,])`, 'i');
const AFTER = new RegExp(`^\\s*(?:\\(\\s*(${WEEKDAY_PATTERN})\\s*\\)|,\\s+(?:which\\s+(?:was|is)\\s+)?a\\s+(${WEEKDAY_PATTERN})\\b)`, 'i');

interface WeekdayWord {
  start: number;
  word: string;
  index: number;
}

/**
 * A weekday written next to a calendar date ("Thursday, 12 October 2021") must be that date's weekday.
 * A date without a year takes it from the publication date; since a story may speak of next January or
 * of last December, the neighbouring year is accepted too when the weekday fits it.
 */
export const weekdayMismatch: Rule = {
  id: 'VER010',
  name: 'weekday-mismatch',
  description: 'The weekday given with a date is not that date’s weekday.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  run(ctx) {
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    for (const c of ctx.claims) {
      if (!isDate(c) || !/\d/.test(c.text)) continue;
      const day = parseIsoDay(c.value);
      if (!day) continue;
      const word = weekdayNear(ctx, c);
      if (!word) continue;
      const finding = check(ctx, c, day, word);
      if (finding) out.push(finding);
    }
    return out;
  },
};

function check(ctx: RuleContext, c: DateClaim, day: CalendarDay, word: WeekdayWord): Omit<Finding, 'rule' | 'severity'> | null {
  const ref = parseIsoDay(ctx.referenceDate);
  const implied = Number.isNaN(day.year) || c.relative;
  if (Number.isNaN(day.year)) {
    if (!ref) return null;
    day = { ...day, year: ref.year };
  }
  if (!isValidDay(day) || weekdayOf(day) === word.index) return null;
  // A year taken from the publication date may be the next or the last one: accept either when it is
  // within a season of the publication date and the weekday fits it.
  if (implied && ref) {
    for (const year of [day.year - 1, day.year + 1]) {
      const other = { ...day, year };
      if (Math.abs(dayNumber(other) - dayNumber(ref)) < 200 && weekdayOf(other) === word.index) return null;
    }
  }
  const actual = weekdayOf(day);
  const tense = ref && dayNumber(day) >= dayNumber(ref) ? 'is' : 'was';
  const right = weekdayLike(actual, word.word);
  const start = Math.min(word.start, c.start);
  const end = Math.max(word.start + word.word.length, c.end);
  return {
    message: `${formatDay(day)} ${tense} a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[word.index]}.`,
    start,
    end,
    claimId: c.id,
    fixes: [{ kind: 'replace', start: word.start, end: word.start + word.word.length, text: right, title: `Change to ${right}` }],
  };
}

/** The weekday written right before the date, at its start, or right after it ("(Thursday)"). */
function weekdayNear(ctx: RuleContext, c: DateClaim): WeekdayWord | null {
  const prose = ctx.model.prose;
  const from = Math.max(c.sentence.start, c.start - 24);
  const before = BEFORE.exec(prose.slice(from, c.start));
  if (before) return word(from + before.index, before[1]);
  const inside = AT_START.exec(c.text);
  if (inside) return word(c.start + inside[0].length - inside[1].length, inside[1]);
  const after = AFTER.exec(prose.slice(c.end, Math.min(c.sentence.end, c.end + 40)));
  if (after) {
    const w = after[1] ?? after[2];
    return word(c.end + after[0].lastIndexOf(w), w);
  }
  return null;
}

function word(start: number, text: string): WeekdayWord | null {
  const index = weekdayIndex(text);
  // "sat", "wed", "sun" are also words: an abbreviation counts only capitalized.
  if (index === null || (!/day$/i.test(text) && !/^[A-Z]/.test(text))) return null;
  return { start, word: text, index };
}

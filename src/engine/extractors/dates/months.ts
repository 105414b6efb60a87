import type { Day } from './calendar';
import { pad } from './calendar';
import { eachMatch, type Recognizer, type SentenceScope } from './candidate';
import { FULL_MONTH_RE, MONTH_RE, monthNumber } from './lexicon';

/** `December 2023`, `Sept. 2006`, `June of 2011`: a month of a stated year. */
const MONTH_YEAR = new RegExp(`\\b(${MONTH_RE})\\.?,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)\\b(?![.,]?\\d)`, 'g');
/** `October of next year`, `April of last year`. */
const MONTH_OF_YEAR = new RegExp(`\\b(${FULL_MONTH_RE})\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g');
const YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };
/** A capitalized month name standing alone: `in October`, `since November`. */
const BARE_MONTH = new RegExp(
  `\\b(${FULL_MONTH_RE}|Sept\\.|Dec\\.|Jan\\.|Feb\\.|Aug\\.|Oct\\.|Nov\\.)(?![\\w-])(?!\\s*\\d)` +
    // "between September and October of 2007": the first month takes the year of the second.
    `(?=\\s*(?:and|to|through|until|or|[-–])\\s+${FULL_MONTH_RE},?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)\\b|)`,
  'g',
);
/** Words after which `May` and `March` are months rather than a modal verb or a verb of walking. */
const MONTH_CONTEXT = /\b(?:in|on|since|by|until|till|through|during|before|after|from|to|and|or|of|early|late|mid|last|next|this|each|every|between|until|throughout)[\s-]*$/i;
/** Capitalized words that may precede a month without making it part of a name. */
const FUNCTION_WORDS = /^(?:In|On|By|Since|Until|Till|Through|During|Before|After|From|Between|And|Or|Last|Next|This|Early|Late|Mid|Each|Every|Of|As|Throughout)$/;

/** The year of a month named without one: this year, or the nearest one in the direction of the tense. */
export function yearOfMonth(month: number, ref: Day, future: boolean): number {
  if (future && month < ref.m) return ref.y + 1;
  if (!future && month > ref.m) return ref.y - 1;
  return ref.y;
}

function isName(scope: SentenceScope, start: number, end: number): boolean {
  const before = /([A-Z][\w'’.-]*)\s+$/.exec(scope.text.slice(Math.max(0, start - 30), start));
  if (before && !FUNCTION_WORDS.test(before[1])) return true;
  // "April Ryan", "June Carter": a capitalized word after the month makes it a first name.
  return /^\s+[A-Z][a-z]/.test(scope.text.slice(end, end + 3)) && !/^\s+(?:[A-Z][a-z]+day)\b/.test(scope.text.slice(end, end + 12));
}

/** Months with a year, and bare month names resolved to the year the tense points at. */
export const months: Recognizer = (scope) => [
  ...eachMatch(MONTH_YEAR, scope.text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: `${m[2]}-${pad(monthNumber(m[1]))}`,
    relative: false,
    rank: 1,
  })),
  ...eachMatch(MONTH_OF_YEAR, scope.text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: `${scope.ref ? scope.ref.y + YEAR_SHIFT[m[2]] : 'XXXX'}-${pad(monthNumber(m[1]))}`,
    relative: true,
  })),
  ...eachMatch(BARE_MONTH, scope.text, (m) => {
    const end = m.index + m[0].length;
    if (isName(scope, m.index, end)) return null;
    if (/^(?:May|March)$/.test(m[1]) && !MONTH_CONTEXT.test(scope.text.slice(Math.max(0, m.index - 20), m.index))) return null;
    const month = monthNumber(m[1]);
    if (m[2]) return { start: m.index, end, type: 'DATE', value: `${m[2]}-${pad(month)}`, relative: false };
    const year = scope.ref ? yearOfMonth(month, scope.ref, scope.tenseAt(m.index, end) !== 'past') : null;
    return { start: m.index, end, type: 'DATE', value: `${year ?? 'XXXX'}-${pad(month)}`, relative: true };
  }),
];

import { addDays, periodValue, weekday, type Day } from './calendar';
import { eachMatch, type Recognizer, type SentenceScope } from './candidate';
import type { Tense } from './tense';
import { PARTS_OF_DAY, WEEKDAY_RE, weekdayNumber } from './lexicon';

const WEEKDAY = new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY_RE})(s)?\\b(?:\\s+(morning|afternoon|evening|night))?`, 'g');

/**
 * The day a weekday names: `last` the one before the publication day, `next` the one after, `this` the
 * one of the week ahead; a bare weekday the latest one on or before the publication day when the clause
 * tells of the past, the first one after it when it tells of the future, the first on or after it when
 * it told of what was to come.
 */
export function weekdayDate(ref: Day, target: number, which: string | undefined, tense: Tense): Day {
  const today = weekday(ref);
  const back = (today - target + 7) % 7;
  const ahead = (target - today + 7) % 7;
  switch (which?.toLowerCase()) {
    case 'last':
    case 'past':
      return addDays(ref, -(back || 7));
    case 'next':
      return addDays(ref, ahead || 7);
    case 'this':
    case 'coming':
      return addDays(ref, ahead);
    default:
      if (tense === 'future-in-past') return addDays(ref, ahead);
      return tense === 'future' ? addDays(ref, ahead || 7) : addDays(ref, -back);
  }
}

/** `until Tuesday`, `postponed until 9 a.m. Tuesday`: a deadline, ahead of the telling whatever its verb's tense. */
const DEADLINE = /\b(?:until|till|through)\s+(?:(?:late|early)\s+|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{3}\s+)?)?$/i;

function tenseOf(scope: SentenceScope, start: number, end: number): Tense {
  return DEADLINE.test(scope.text.slice(Math.max(0, start - 30), start)) ? 'future-in-past' : scope.tenseAt(start, end);
}

/** Named days (`Black Monday`, `Super Tuesday`, `Good Friday`): a day of their own, not the nearest weekday. */
const NAMED_DAY = /\b(?:Black|Cyber|Super|Good|Holy|Ash|Easter|Blue|Giving|Small Business)\s+$/;

/** Weekdays: `on Friday` → the date; `Friday morning` → a time; `on Mondays` → a set. */
export const weekdays: Recognizer = (scope) =>
  eachMatch(WEEKDAY, scope.text, (m) => {
    const [, which, name, plural, part] = m;
    const target = weekdayNumber(name);
    const base = { start: m.index, end: m.index + m[0].length };
    const named = !which ? NAMED_DAY.exec(scope.text.slice(Math.max(0, m.index - 16), m.index)) : null;
    if (named) return { start: m.index - named[0].length, end: m.index + name.length, type: 'DATE', value: 'XXXX-XX-XX', relative: false };
    // "the Sunday Times", "the Monday Night show": a weekday inside a name.
    if (!which && /\bthe\s+$/i.test(scope.text.slice(Math.max(0, m.index - 5), m.index)) && /^\s+[A-Z]/.test(scope.text.slice(base.end, base.end + 2)) && !part) return null;
    if (plural) return { ...base, type: 'SET', value: `XXXX-WXX-${target}`, relative: false };
    const day = scope.ref ? weekdayDate(scope.ref, target, which, tenseOf(scope, m.index, base.end)) : null;
    const date = day ? periodValue(day, 'day') : `XXXX-WXX-${target}`;
    const code = part ? PARTS_OF_DAY[part.toLowerCase()] : null;
    return { ...base, type: code ? 'TIME' : 'DATE', value: code ? `${date}T${code}` : date, relative: true, day: day ?? undefined };
  });

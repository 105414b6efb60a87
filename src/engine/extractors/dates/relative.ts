import { addDays, periodValue, relativeValue, unknownValue, type Day } from './calendar';
import { eachMatch, type Candidate, type Recognizer } from './candidate';
import { monthNumber, MONTH_RE, PARTS_OF_DAY, unitOf } from './lexicon';

const DEICTIC = /\b(?:(earlier|later)\s+)?(?:the\s+day\s+(before|after)\s+)?(today|tonight|yesterday|tomorrow|last\s+night)(?:\s+(morning|afternoon|evening|night))?\b/gi;
const UNIT_WORD = '(week|weekend|month|quarter|year|decade|century)';
const THIS_NEXT = new RegExp(`\\b(?:(earlier|later)\\s+)?(?:(the)\\s+)?(this|last|next|(?:this\\s+)?past|previous|coming|current)\\s+${UNIT_WORD}\\b(?!-)`, 'gi');
/** `the year-earlier quarter`, `year-ago sales`, `by year-end`. */
const COMPOUND = /\b(year|month|quarter|week)-(earlier|ago|end)\b/gi;
// "the day after" is anaphoric only where it ends the phrase: "the day after the vote" counts from the vote.
const ANAPHORIC = new RegExp(`\\bthe\\s+(?:(previous|following|prior)\\s+(day|week|month|year)|(day|week|month|year)\\s+(before|after|previous|earlier|prior)(?=\\s*(?:[.,;:!?)\\]"”]|$)))\\b`, 'gi');
/** `the entire year`: the year the sentence speaks of, or this one. */
const WHOLE = /\bthe\s+(?:entire|whole|full)\s+(year|month|week)\b/gi;
const THE_PERIOD = /\b(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle|close|rest|remainder|turn|course)\s+of\s+(the\s+(year|month|week|day))\b/gi;
// Not `last Oct. 23`: the day makes it a date, read by chrono.
const MONTH_SHIFT = new RegExp(`\\b(last|next|this|past)\\s+(${MONTH_RE})\\b(?!\\.?\\s*\\d)`, 'g');

const SHIFTS: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1, prior: -1, next: 1, coming: 1, following: 1, before: -1, after: 1, earlier: -1 };
const DEICTIC_DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'last night': -1 };

/**
 * Where an expression starts once `earlier`/`later` before a day or a week is left out: TimeBank writes
 * `Earlier [Friday]`, `later [today]`, `earlier [this week]`, but `[earlier this year]`.
 */
function afterEarlier(m: RegExpExecArray): number {
  return m[1] ? m.index + m[1].length + (/^\s*/.exec(m[0].slice(m[1].length))?.[0].length ?? 0) : m.index;
}

function deictic(m: RegExpExecArray, ref: Day | null): Candidate {
  const word = m[3].toLowerCase().replace(/\s+/, ' ');
  const offset = DEICTIC_DAYS[word] + (m[2] ? SHIFTS[m[2].toLowerCase()] : 0);
  const day = ref ? addDays(ref, offset) : null;
  const part = m[4] ? PARTS_OF_DAY[m[4].toLowerCase()] : word === 'tonight' || word === 'last night' ? 'NI' : null;
  const date = day ? periodValue(day, 'day') : unknownValue('day');
  return {
    start: afterEarlier(m),
    end: m.index + m[0].length,
    type: part ? 'TIME' : 'DATE',
    value: part ? `${date}T${part}` : date,
    relative: true,
    day: day ?? undefined,
  };
}

/** `this week`, `last year`, `next month`; with `the` before `past` or `next`, a stretch of time. */
function thisNext(m: RegExpExecArray, ref: Day | null): Candidate {
  const [, , the, which, unitWord] = m;
  const unit = unitOf(unitWord);
  const base = { start: unit.grain === 'week' ? afterEarlier(m) : m.index, end: m.index + m[0].length };
  if (the && /^(?:past|next|coming)$/i.test(which)) {
    return { ...base, type: 'DURATION', value: `P${unit.factor}${unit.code}`, relative: false };
  }
  return { ...base, type: 'DATE', value: relativeValue(ref, unit.grain!, SHIFTS[which.toLowerCase().replace(/^this\s+/, '')]), relative: true };
}

/** The month named after `last` or `next`: the nearest one before or after the publication month. */
function monthShift(m: RegExpExecArray, ref: Day | null): Candidate {
  const month = monthNumber(m[2]);
  const which = m[1].toLowerCase();
  let y = ref?.y ?? null;
  if (ref && y !== null && (which === 'last' || which === 'past') && month >= ref.m) y--;
  if (ref && y !== null && which === 'next' && month <= ref.m) y++;
  const value = y === null ? `XXXX-${String(month).padStart(2, '0')}` : `${y}-${String(month).padStart(2, '0')}`;
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, relative: true, rank: 1 };
}

/** Dates told from the publication date: today, yesterday, this week, last year, the previous month. */
export const relativeDates: Recognizer = ({ text, ref }) => [
  ...eachMatch(DEICTIC, text, (m) => deictic(m, ref)),
  ...eachMatch(THIS_NEXT, text, (m) => thisNext(m, ref)),
  ...eachMatch(MONTH_SHIFT, text, (m) => monthShift(m, ref)),
  ...eachMatch(ANAPHORIC, text, (m) => {
    const unit = unitOf(m[2] ?? m[3]);
    const shift = SHIFTS[(m[1] ?? m[4]).toLowerCase()];
    const anaphor = unit.grain === 'year' ? { years: shift, keepGrain: false } : undefined;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: relativeValue(ref, unit.grain!, shift), relative: true, anaphor };
  }),
  ...eachMatch(COMPOUND, text, (m) => {
    const grain = unitOf(m[1]).grain!;
    const shift = /end/i.test(m[2]) ? 0 : -1;
    // "year-ago levels" after "the third quarter" are that quarter's a year before.
    const focus = shift < 0 && grain === 'year' ? { kind: 'shift' as const, years: -1, grains: ['quarter', 'half', 'month', 'season', 'year'] as const } : undefined;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: relativeValue(ref, grain, shift), relative: true, focus };
  }),
  ...eachMatch(WHOLE, text, (m) => {
    const grain = unitOf(m[1]).grain!;
    const anaphor = grain === 'year' ? { years: 0, keepGrain: false } : undefined;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: relativeValue(ref, grain, 0), relative: true, anaphor };
  }),
  ...eachMatch(THE_PERIOD, text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: relativeValue(ref, unitOf(m[2]).grain!, 0),
    relative: true,
  })),
];

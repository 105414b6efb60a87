import { periodValue, relativeValue, unknownValue, type Grain } from './calendar';
import { eachMatch, type Candidate, type Recognizer, type SentenceScope } from './candidate';
import type { FocusGrain } from '../../resolvers/dateFocus';
import { YEAR_RE } from './years';

/**
 * Periods named by the period the article speaks of: `the quarter`, `the latest quarter`, `the
 * year-earlier period`, `the year-ago quarter`, `the 1988 period`, `the week`, `that day`, `later that
 * year`. Each is read with a value of its own (from the publication date) that the period in focus
 * replaces, when the article has named one (see resolvers/dateFocus).
 */
const THE_PERIOD = new RegExp(
  `\\bthe\\s+(?:(latest|current|same|comparable|year-earlier|year-ago|(${YEAR_RE}))\\s+)?(quarter|period|half|month|week)\\b(?![-‐]|\\s+of\\s+(?!the\\s+year\\b)|\\s+(?:ahead|before|after)\\b)`,
  'gi',
);
const THAT = /\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(day|week|month|year)\b(?![-‐'’])/gi;

/** The periods within a year that the year-earlier period and the 1988 period keep. */
const SUB_YEAR: readonly FocusGrain[] = ['quarter', 'half', 'month', 'season'];
const GRAINS: Record<string, Grain> = { quarter: 'quarter', half: 'half', month: 'month', week: 'week', day: 'day', year: 'year' };

function thePeriod(m: RegExpExecArray, scope: SentenceScope): Candidate | null {
  const [whole, mod, year, noun] = m;
  const word = noun.toLowerCase();
  const which = mod?.toLowerCase();
  const base = { start: m.index, end: m.index + whole.length, type: 'DATE' as const, relative: true };
  // "the period" alone is any stretch ("the period of reconstruction"); "the half" a share.
  if (!which && (word === 'period' || word === 'half')) return null;
  const grain = GRAINS[word] ?? 'year';
  if (which === 'year-earlier' || which === 'year-ago') {
    const value = word === 'period' ? relativeValue(scope.ref, 'year', -1) : relativeValue(scope.ref, grain, grain === 'week' ? -52 : grain === 'month' ? -12 : grain === 'half' ? -2 : -4);
    return { ...base, value, focus: { kind: 'shift', years: -1, grains: [...SUB_YEAR, 'year'] } };
  }
  if (year) return { ...base, value: year, relative: false, focus: { kind: 'year', year: Number(year), grains: SUB_YEAR } };
  if (word === 'period') return { ...base, value: relativeValue(scope.ref, 'quarter', 0), focus: { kind: 'shift', years: 0, grains: SUB_YEAR } };
  // The latest quarter is the one just reported, when the article has named none.
  const value = relativeValue(scope.ref, grain, which === 'latest' ? -1 : 0);
  return { ...base, value, focus: { kind: 'same', grain: grain as FocusGrain } };
}

/** `that day`, `later that year`: the day or the year the article last named, else unknown. */
function that(m: RegExpExecArray, scope: SentenceScope): Candidate {
  const grain = GRAINS[m[1].toLowerCase()];
  const value = grain === 'day' && scope.anchor ? periodValue(scope.anchor, 'day') : unknownValue(grain);
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, relative: true, focus: { kind: 'same', grain: grain as FocusGrain } };
}

export const focusedDates: Recognizer = (scope) => [
  ...eachMatch(THE_PERIOD, scope.text, (m) => thePeriod(m, scope)),
  ...eachMatch(THAT, scope.text, (m) => that(m, scope)),
];

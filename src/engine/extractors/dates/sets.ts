import { eachMatch, type Recognizer } from './candidate';
import { COUNT_RE, countValue, unitOf, WEEKDAY_RE, weekdayNumber } from './lexicon';
import { durationValue } from './durations';

/** Frequency words and the TimeML value of the set each names. Lowercase keys. */
export const FREQUENCY: Record<string, string> = {
  annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', nightly: 'P1D',
  hourly: 'PT1H', quarterly: 'P3M', biannual: 'P6M', semiannual: 'P6M', biennial: 'P2Y', biennially: 'P2Y',
};
/** Lowercase only: `China Daily` and `Weekly Standard` are names. Capitalized at a sentence start is fine. */
// Not before a wage, rate or report it qualifies ("an hourly wage", "the annual report"): no date is said.
const ADVERB = /(?<![\w-])(?:annually|yearly|annual|monthly|weekly|daily|nightly|hourly|quarterly|biannual|semiannual|biennial|biennially)(?![\w-])(?!\s+(?:wages?|pay|salar(?:y|ies)|rates?|reports?)\b)/g;
const ADVERB_OPENING = /^(?:Annually|Yearly|Annual|Monthly|Weekly|Daily|Nightly|Hourly|Quarterly)\b/g;
const EVERY = new RegExp(`\\b(?:every|each|per)\\s+(?:(other)\\s+)?(?:(${COUNT_RE})\\s+)?(day|night|week|weekend|month|quarter|year|decade|season|morning|afternoon|evening|${WEEKDAY_RE})s?\\b`, 'gi');
/** `15 a year`, `twice a week`, `$300 million a year`, `38,000 vehicles a day`: a rate. */
const RATE = /(?:\d|\b(?:once|twice|thrice|times|million|billion|thousand|hundred|dozen|percent))(?:\s+[a-z]{2,}s)?\s+((?:a|an|per)\s+(day|week|month|year|hour|quarter))\b(?!\s+(?:ago|earlier|later|before|after|of)\b)/gi;

const SEASON_OR_PART: Record<string, string> = { season: 'P1Y', morning: 'P1D', afternoon: 'P1D', evening: 'P1D' };

/** Sets: `annually`, `each season`, `every two years`, `on Mondays` (in weekdays), `15 a year`. */
export const sets: Recognizer = (scope) => [
  ...eachMatch(ADVERB, scope.text, (m) =>
    // "the Communist Party daily Granma": a newspaper, before its name.
    /^\s+[A-Z][a-z]/.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && /^(?:daily|weekly)$/.test(m[0])
      ? null
      : { start: m.index, end: m.index + m[0].length, type: 'SET', value: FREQUENCY[m[0]], relative: false },
  ),
  ...eachMatch(ADVERB_OPENING, scope.text, (m) => ({ start: 0, end: m[0].length, type: 'SET', value: FREQUENCY[m[0].toLowerCase()], relative: false })),
  ...eachMatch(EVERY, scope.text, (m) => {
    const [, other, countText, unitWord] = m;
    const base = { start: m.index, end: m.index + m[0].length, type: 'SET' as const, relative: false, rank: 1 };
    const w = unitWord.toLowerCase();
    if (weekdayNumber(w) > 0) return { ...base, value: `XXXX-WXX-${weekdayNumber(w)}` };
    if (SEASON_OR_PART[w]) return { ...base, value: SEASON_OR_PART[w] };
    const count = other ? 2 : countText ? countValue(countText) : 1;
    return { ...base, value: durationValue(count, unitOf(w)) };
  }),
  ...eachMatch(RATE, scope.text, (m) => {
    // "twice a week" is one set (TimeML's frequency); in "15 a year" the count is what is counted.
    const frequency = /\b(?:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+$/i.exec(scope.text.slice(Math.max(0, m.index - 16), m.index + m[0].length - m[1].length));
    const start = frequency ? m.index + m[0].length - m[1].length - frequency[0].length : m.index + m[0].length - m[1].length;
    return { start, end: m.index + m[0].length, type: 'SET', value: durationValue(1, unitOf(m[2])), relative: false, rank: 3 };
  }),
];

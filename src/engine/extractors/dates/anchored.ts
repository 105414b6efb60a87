import { addDays, periodValue, relativeValue, unknownValue } from './calendar';
import { eachMatch, type Candidate, type Recognizer, type SentenceScope } from './candidate';
import { PARTS_OF_DAY, unitOf } from './lexicon';

/** `the day` after the verbs and prepositions that make it the day of the report: `to end the day`. */
const THE_DAY = /\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|for|during|later\s+in|late\s+in|earlier\s+in)\s+(the\s+day)\b/gi;
const SAME_DAY = /\bthe\s+same\s+day\b/gi;
const THIS_PART = /\b(?:this|that|the\s+same)\s+(morning|afternoon|evening|night)\b/gi;
/** `the next morning`, `the following evening`: the day after the one the paragraph speaks of. */
const NEXT_PART = /\bthe\s+(?:next|following)\s+(morning|afternoon|evening|night)\b/gi;
const IN_PART = /\b(?:in|during)\s+((?:the\s+)?(?:early\s+|late\s+)?(morning|afternoon|evening))\b(?!\s+of\b)/gi;
const THE_WEEKEND = /\bthe\s+weekend\b/gi;
/** `the same period last year`, `the same month a year ago`: the span of a year before. */
const SAME_PERIOD = /\bthe\s+same\s+(?:period|month|quarter|week|time|season)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))\b/gi;

/** `for a third straight day`, `the fifth consecutive week`: the period being reported, counted in a run. */
const NTH_STRAIGHT = /\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:straight|consecutive|successive)\s+(day|session|week|month|quarter|year)\b/gi;
/** `their best week since November`, `the worst day in a decade`: the period being reported. */
const RECORD_PERIOD = /\b(?:best|worst|biggest|strongest|weakest|busiest|quietest)\s+(day|week|month|quarter|year)\b(?=\s+(?:since\b|in\s+(?:a|an|\d+|\w+\s+(?:years|decades|months|weeks))\b|on\s+record\b))/gi;

/** The report's own period: the day the paragraph speaks of for a day or a session, else the publication's. */
function reportedPeriod(scope: SentenceScope, start: number, end: number, unitWord: string): Candidate {
  const word = unitWord.toLowerCase();
  if (word === 'day' || word === 'session') return onAnchor(scope, start, end);
  return { start, end, type: 'DATE', value: relativeValue(scope.ref, unitOf(word).grain!, 0), relative: true };
}

function onAnchor(scope: SentenceScope, start: number, end: number, part?: string): Candidate {
  const day = scope.anchor;
  const date = day ? periodValue(day, 'day') : unknownValue('day');
  const code = part ? PARTS_OF_DAY[part.toLowerCase()] : null;
  return { start, end, type: code ? 'TIME' : 'DATE', value: code ? `${date}T${code}` : date, relative: true, day: day ?? undefined };
}

/** Expressions resolved against the day the paragraph speaks of: `the day`, `the same day`, `this morning`. */
export const anchoredDates: Recognizer = (scope) => [
  ...eachMatch(THE_DAY, scope.text, (m) => onAnchor(scope, m.index + m[0].length - m[1].length, m.index + m[0].length)),
  ...eachMatch(SAME_DAY, scope.text, (m) => onAnchor(scope, m.index, m.index + m[0].length)),
  ...eachMatch(THIS_PART, scope.text, (m) => onAnchor(scope, m.index, m.index + m[0].length, m[1])),
  ...eachMatch(NEXT_PART, scope.text, (m) => onAnchor({ ...scope, anchor: scope.anchor && addDays(scope.anchor, 1) }, m.index, m.index + m[0].length, m[1])),
  ...eachMatch(IN_PART, scope.text, (m) => onAnchor(scope, m.index + m[0].length - m[1].length, m.index + m[0].length, m[2])),
  ...eachMatch(NTH_STRAIGHT, scope.text, (m) => reportedPeriod(scope, m.index, m.index + m[0].length, m[1])),
  ...eachMatch(RECORD_PERIOD, scope.text, (m) => reportedPeriod(scope, m.index + m[0].length - m[1].length, m.index + m[0].length, m[1])),
  ...eachMatch(THE_WEEKEND, scope.text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: relativeValue(scope.ref, 'weekend', 0),
    relative: true,
  })),
  ...eachMatch(SAME_PERIOD, scope.text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: relativeValue(scope.ref, 'year', -1),
    relative: true,
    rank: 1,
    anaphor: { years: -1, keepGrain: true },
    // Said in a sentence of its own: the period the article last spoke of, a year before.
    focus: { kind: 'shift', years: -1, grains: ['quarter', 'half', 'month', 'season'] },
  })),
];

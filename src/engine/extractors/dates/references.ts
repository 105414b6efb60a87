import { eachMatch, type Recognizer } from './candidate';

/**
 * Words that point at the present, past or future without a date (TimeML's `PRESENT_REF`, `PAST_REF`,
 * `FUTURE_REF`). Each pattern, then its value.
 */
const REFERENCES: [RegExp, string][] = [
  [/\b(?:right\s+)?now\b(?![-‐])/gi, 'PRESENT_REF'],
  [/\b(?:currently|presently|nowadays|at\s+present)\b/gi, 'PRESENT_REF'],
  [/\bthe\s+time\s+being\b/gi, 'PRESENT_REF'],
  [/\b(?:(?:more|most|very|only|until)\s+)?(?:recently|lately)\b(?![-‐])/gi, 'PAST_REF'],
  [/\b(?:in\s+)?recent\s+(?:years|months|weeks|days|times|history|memory|decades)\b/gi, 'PAST_REF'],
  [/(?<!\b(?:most|more)\s+)\brecent\b(?!\s+(?:years|months|weeks|days|times|history|memory|decades)\b)(?=\s+[a-z])/gi, 'PAST_REF'],
  // An adjective before its noun: "the current state"; not the noun ("a strong current") nor "current account".
  [/\bcurrent\b(?!\s+accounts?\b)(?=\s+[a-z])/gi, 'PRESENT_REF'],
  [/\bthe\s+past\b(?!\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|century|quarter|hour|weekend))/gi, 'PAST_REF'],
  [/\bthe\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future\b/gi, 'FUTURE_REF'],
  // "in the long term", not "the long-term partnership": hyphenated before a noun it is an adjective.
  [/\bthe\s+(?:(?:near|short|medium|long) term|(?:near|short|medium|long)-term(?!\s+(?!(?:and|or|but|as|is|are|was|will|would|to|in|for|of|than|that|it|the|a)\b)[a-z]))\b/gi, 'FUTURE_REF'],
  [/\b(?:very\s+)?soon\b(?![-‐]|\s+(?:as|after|afterwards|thereafter)\b)(?<!\bas\s+soon)/gi, 'FUTURE_REF'],
];

/** Present, past and future references: `now`, `currently`, `recently`, `the past`, `the future`. */
export const references: Recognizer = ({ text }) =>
  REFERENCES.flatMap(([re, value]) =>
    eachMatch(re, text, (m) => {
      // "recent years" is in the sentence as the stretch "in recent years": TimeML leaves out "in".
      const lead = /^in\s+/i.exec(m[0])?.[0].length ?? 0;
      // Relative to the publication date, yet resolved whatever it is: the value names no calendar date.
      return { start: m.index + lead, end: m.index + m[0].length, type: 'DATE', value, relative: true };
    }),
  );

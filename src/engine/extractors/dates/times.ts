import { pad, periodValue } from './calendar';
import { eachMatch, type Candidate, type Recognizer } from './candidate';

const ZONE = '(?:\\s*(?:UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|JST|local\\s+time)\\b)?(?:\\s*\\((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?\\))?';
// `p.m.` keeps its last stop; in `4.30pm.` the stop ends the sentence.
const MERIDIEM = '(?:\\s*([ap])(?:\\.\\s?m\\.|\\s?m\\b))';
/** `18:00 UTC`, `6:40 p.m. (GMT +8)`, `4.30pm`, `4 p.m.`, `0800 GMT`. */
const CLOCK = new RegExp(
  `(?<![\\w.:/-])(?:([01]?\\d|2[0-3]):([0-5]\\d)${MERIDIEM}?|(1[0-2]|0?[1-9])(?:[.:]([0-5]\\d))?${MERIDIEM}|([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:UTC|GMT|hours|hrs)\\b))${ZONE}(?![\\w:/]|\\.\\d)`,
  'gi',
);
const NOON = /\b(?:(12\s+)?(noon|midnight)|midday)\b/gi;
/** After these words, `3:1` or `21:17` is a score or a ratio, not a time. */
const SCORE_BEFORE = /\b(?:score[ds]?|won|lost|beat|ratio|odds|led|leads|trailing|margin|tally)\b[^.:;]*$/i;

function timeValue(hour: number, minute: number, zone: boolean, scope: Parameters<Recognizer>[0]): string {
  const day = scope.anchor ? periodValue(scope.anchor, 'day') : 'XXXX-XX-XX';
  return `${day}T${pad(hour)}:${pad(minute)}${zone ? 'Z' : ''}`;
}

/** Clock times. Their day is the one the paragraph speaks of until a day in the same sentence claims them (see select). */
export const times: Recognizer = (scope) => [
  ...eachMatch(CLOCK, scope.text, (m): Candidate | null => {
    if (SCORE_BEFORE.test(scope.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    let hour = Number(m[1] ?? m[4] ?? m[7]);
    const minute = Number(m[2] ?? m[5] ?? m[8] ?? 0);
    const meridiem = (m[3] ?? m[6])?.toLowerCase();
    if (meridiem === 'p' && hour < 12) hour += 12;
    if (meridiem === 'a' && hour === 12) hour = 0;
    // `Z` only for UTC itself: "6:40 p.m. (GMT +8)" is a local time, written as such.
    const zone = /UTC|GMT|\bZ\b/i.test(m[0]) && !/[+-]\s*\d/.test(m[0]);
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: timeValue(hour, minute, zone, scope), relative: true, rank: 1 };
  }),
  ...eachMatch(NOON, scope.text, (m) => {
    // "High Noon", "Midnight Express": a title, not a time.
    const before = /([A-Z][\w'’-]*)\s+$/.exec(scope.text.slice(Math.max(0, m.index - 16), m.index));
    if (/^[A-Z]/.test(m[0]) && before && !/^(?:At|By|Until|Till|Before|After|From|Since|On|In|And|Or|Around|About|Past)$/.test(before[1])) return null;
    const hour = /midnight/i.test(m[0]) ? 24 : 12;
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: timeValue(hour, 0, false, scope), relative: true };
  }),
];

import { relativeValue, type Day } from './calendar';
import { eachMatch, type Recognizer, type SentenceScope } from './candidate';
import { ORDINALS, SEASONS } from './lexicon';
import { YEAR_RE } from './years';

const OF_YEAR = `(?:,?\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(${YEAR_RE})|(this|last|next|the)\\s+year))?`;
const SEASON = new RegExp(`\\b(?:(the|this|last|next|early|late|mid)[\\s-]+)?(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(${YEAR_RE})\\b)?`, 'gi');
const QUARTER = new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:(?:fiscal|financial|calendar)[\\s-]+)?quarter\\b(?!\\s+of\\s+(?:a|an|the(?!\\s+year\\b)|its|their|all)\\b)${OF_YEAR}`, 'gi');
const Q_CODE = new RegExp(`\\b(?:Q([1-4])|([1-4])Q)(?:\\s*(?:of\\s+)?(${YEAR_RE})|\\s*['’]?(\\d\\d))?\\b`, 'g');
const HALF = new RegExp(`\\b(?:the\\s+)?(first|second|latter|1st|2nd)[\\s-]+half\\s+of\\s+(?:(${YEAR_RE})|(this|last|next|the)\\s+year)\\b|\\bH([12])\\s*(${YEAR_RE})?\\b`, 'g');
/** `the first half`, `second-half profit`: a half of the year the tense points to; not `the first half of the game`. */
const BARE_HALF = /\b(?:the\s+)?(first|second)[\s-]half\b(?!\s+of\b|\s+(?:an?|the)\s+(?:hour|century|decade|match|game|season)\b)/gi;
const FISCAL = new RegExp(`\\b(?:fiscal|financial)\\s+(?:year\\s+)?(${YEAR_RE}|\\d\\d)\\b|\\b(?:the\\s+)?(${YEAR_RE})(?:[-/]\\d\\d)?\\s+(?:fiscal|financial)\\s+year\\b|\\bFY\\s?['’]?(\\d{4}|\\d\\d)\\b|\\b(?:the\\s+)?(?:(current|this|last|next|previous|coming)\\s+)?(?:fiscal|financial)\\s+year\\b`, 'gi');

/** Without a year, `Q3` or `H2` is a period only after such a word: `Audi Q3` is a car, `H2` a gas. */
const CODE_CONTEXT = /\b(?:in|for|during|by|of|the|its|their|a|from|to|and|since|until|first|second|quarter|half)\s+$/i;
const inContext = (scope: SentenceScope, at: number) => CODE_CONTEXT.test(scope.text.slice(Math.max(0, at - 10), at));

const SHIFT: Record<string, number> = { this: 0, the: 0, current: 0, last: -1, previous: -1, next: 1, coming: 1 };

/**
 * The year a quarter or half without one falls in: this year's, unless the tense points past it. Told in
 * the past, it is the latest one that has begun ("reported third-quarter profit" in May is last year's);
 * told in the future, the next one that has not ended, but for the one just ended: its results are
 * still to come ("will report third-quarter results" in October is this year's).
 */
function yearFor(scope: SentenceScope, at: number, end: number, index: number, count: number, given?: string, shift?: string): number | null {
  if (given) return Number(given);
  if (!scope.ref) return null;
  if (shift) return scope.ref.y + SHIFT[shift.toLowerCase()];
  const now = Math.ceil(scope.ref.m / (12 / count));
  const future = scope.tenseAt(at, end) !== 'past';
  if (future && index < now - 1) return scope.ref.y + 1;
  if (!future && index > now) return scope.ref.y - 1;
  return scope.ref.y;
}

const fourDigits = (yy: string, ref: Day | null) => (yy.length === 4 ? yy : `${ref ? Math.floor(ref.y / 100) : 20}${yy}`);

/** Seasons, quarters, halves and fiscal years. */
export const periods: Recognizer = (scope) => [
  ...eachMatch(SEASON, scope.text, (m) => {
    const [, mod, name, year] = m;
    // "the Prague Spring", "the Spring of Life march": a capitalized season inside a name.
    if (/^[A-Z]/.test(name) && !year && (/^\s+of\s+[A-Z]/.test(scope.text.slice(m.index + m[0].length, m.index + m[0].length + 6)) || (!mod && /\b[A-Z][a-z]+\s+$/.test(scope.text.slice(Math.max(0, m.index - 16), m.index)) && !/\b(?:In|By|Since|Until|During|This|Last|Next|Early|Late|The)\s+$/.test(scope.text.slice(Math.max(0, m.index - 8), m.index))))) return null;
    // "fall" is a verb unless a determiner or a year makes it the season.
    if (name.toLowerCase() === 'fall' && !mod && !year) return null;
    if (mod && /^(?:early|late|mid)$/i.test(mod) && !year && name.toLowerCase() === 'fall') return null;
    const shift = mod && /^(?:last|next)$/i.test(mod) ? mod : undefined;
    const y = year ? Number(year) : scope.ref ? scope.ref.y + (shift ? SHIFT[shift.toLowerCase()] : 0) : null;
    const code = SEASONS[name.toLowerCase()];
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${y ?? 'XXXX'}-${code}`, relative: !year };
  }),
  ...eachMatch(QUARTER, scope.text, (m) => {
    const word = m[1].toLowerCase();
    const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const };
    // "the last quarter" is the one before this; "the last quarter of 2009" is its fourth.
    if (word === 'last' && !m[2] && !m[3]) return { ...base, value: relativeValue(scope.ref, 'quarter', -1), relative: true };
    const q = ORDINALS[word] ?? 4;
    const y = yearFor(scope, m.index, m.index + m[0].length, q, 4, m[2], m[3]);
    return { ...base, value: `${y ?? 'XXXX'}-Q${q}`, relative: !m[2] };
  }),
  ...eachMatch(Q_CODE, scope.text, (m) => {
    const q = Number(m[1] ?? m[2]);
    const given = m[3] ?? (m[4] ? fourDigits(m[4], scope.ref) : undefined);
    if (!given && !inContext(scope, m.index)) return null;
    const y = yearFor(scope, m.index, m.index + m[0].length, q, 4, given);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${y ?? 'XXXX'}-Q${q}`, relative: !given };
  }),
  ...eachMatch(HALF, scope.text, (m) => {
    const h = m[4] ? Number(m[4]) : /^(?:first|1st)$/i.test(m[1]) ? 1 : 2;
    const given = m[2] ?? m[5];
    if (m[4] && !given && !inContext(scope, m.index)) return null;
    const y = yearFor(scope, m.index, m.index + m[0].length, h, 2, given, m[3]);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${y ?? 'XXXX'}-H${h}`, relative: !given };
  }),
  ...eachMatch(BARE_HALF, scope.text, (m) => {
    const h = m[1].toLowerCase() === 'first' ? 1 : 2;
    const y = yearFor(scope, m.index, m.index + m[0].length, h, 2);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${y ?? 'XXXX'}-H${h}`, relative: true };
  }),
  ...eachMatch(FISCAL, scope.text, (m) => {
    const given = m[1] ?? m[2] ?? m[3];
    const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const, rank: 1 };
    if (given) return { ...base, value: `FY${fourDigits(given, scope.ref)}`, relative: false };
    const y = scope.ref ? scope.ref.y + SHIFT[(m[4] ?? 'this').toLowerCase()] : null;
    return { ...base, value: y === null ? 'FYXXXX' : `FY${y}`, relative: true };
  }),
];

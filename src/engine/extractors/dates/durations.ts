import { formatDay, pad, relativeValue, type Grain } from './calendar';
import { eachMatch, type Candidate, type Recognizer } from './candidate';
import { COUNT_RE, COUNT_WORD_RE, countValue, UNIT_RE, unitOf, type Unit } from './lexicon';

/** A hedge (`almost two years`) or a determiner (`the next four years`), not both: `over the next` is a preposition. */
const MODIFIER_OR_DETERMINER =
  '(?:(?:about|almost|nearly|around|roughly|approximately|over|under|some|only)\\s+|(the)\\s+(?:(past|last|next|previous|coming|following|first|final|remaining|same|entire|whole)\\s+)?)?';
const FILLER = '(?:(?:more|full|straight|consecutive|long|whole|additional|further|extra|trading|business|calendar|working|successive)\\s+)?';
const DURATION = new RegExp(`\\b${MODIFIER_OR_DETERMINER}(${COUNT_RE})\\s+${FILLER}(${UNIT_RE})\\b(?!-)(?:\\s+(ago\\b|(?:earlier|later)\\b(?!\\s+than\\b)|(?:from now|before|after)(?=\\s*(?:[.,;:!?)\\]"”]|$))))?`, 'gi');
const ADJECTIVAL = new RegExp(`\\b(\\d+|${COUNT_WORD_RE}(?:-${COUNT_WORD_RE})?|multi)-(second|minute|hour|day|week|month|quarter|year|decade|century)(?:s?-long)?\\b(?!-old)`, 'gi');
const PLURAL_LONG = /\b(years|decades|months|weeks|days|hours)-long\b/gi;
const BARE_PLURAL = /\b(?:for|in|over|within|during)\s+(?:(?:just|only|mere)\s+)?((?:the\s+)?(?:(?:past|last|coming|next)\s+)?(years|decades|months|weeks|days|hours|minutes))\b(?!\s+(?:of|ago|before|after|later|earlier))/gi;
/** `in the weeks before the shooting`, `the days after his death`: the stretch is the plural word. */
const THE_PLURAL_BEFORE = /\bthe\s+(days|weeks|months|years)\s+(?=(?:before|after|since|leading\s+up|that\s+followed)\b)/gi;
const VAGUE_AGO = /\b(years|decades|months|weeks|days|long)\s+ago\b/gi;

const HEDGE = /^(?:about|almost|nearly|around|roughly|approximately|some|only)\s+/i;

/** The periods within a year that `a year earlier` keeps: a quarter, a half, a month, a season. */
const SUB_YEAR = ['quarter', 'half', 'month', 'season'] as const;

/** A fraction of a unit said in the next smaller one: half an hour is `PT30M`, half a year `P6M`. */
const SMALLER: Record<string, [Unit['code'], number, boolean]> = { TH: ['M', 60, true], D: ['H', 24, true], W: ['D', 7, false], Y: ['M', 12, false] };

/** The TIMEX3 value of a duration: `P50Y`, `PT30M`, `PXY` when the count is vague. */
export function durationValue(count: number | null, unit: Unit): string {
  if (count === null) return `P${unit.time ? 'T' : ''}X${unit.code}`;
  let n = +(count * unit.factor).toFixed(2);
  let { code, time } = unit;
  const smaller = SMALLER[`${time ? 'T' : ''}${code}`];
  if (n < 1 && smaller && Number.isInteger(n * smaller[1])) [code, n, time] = [smaller[0], n * smaller[1], smaller[2] || time];
  return `P${time ? 'T' : ''}${n}${code}`;
}

/**
 * `two weeks ago`, `a year earlier` (ending its phrase): the date the stretch leads to, days and weeks to
 * the day; `sign` is -1 back, +1 ahead.
 */
function agoValue(ref: Parameters<typeof relativeValue>[0], count: number | null, unit: Unit, sign: number): string {
  if (count === null || !unit.grain) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  const grain: Grain = unit.grain === 'week' || unit.grain === 'weekend' ? 'day' : unit.grain === 'decade' || unit.grain === 'century' ? 'year' : unit.grain;
  const n = unit.grain === 'week' ? 7 * count : unit.grain === 'decade' || unit.grain === 'century' ? count * unit.factor : count;
  return Number.isInteger(n) ? relativeValue(ref, grain, sign * n) : sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
}

const SECONDS: Record<string, number> = { H: 3600, M: 60, S: 1 };

/**
 * `two hours ago`, `30 minutes ago`: the time they lead back to from the publication time, when the
 * publication date came with one; else the past, undated.
 */
function clockAgo(base: { start: number; end: number }, count: number | null, unit: Unit, scope: Parameters<Recognizer>[0]): Candidate {
  const time = scope.refTime ? /^(\d\d):(\d\d)$/.exec(scope.refTime) : null;
  if (!scope.ref || !time || count === null) return { ...base, type: 'DATE', value: 'PAST_REF', relative: true };
  const at = Date.UTC(scope.ref.y, scope.ref.m - 1, scope.ref.d, Number(time[1]), Number(time[2])) - count * unit.factor * SECONDS[unit.code] * 1000;
  const t = new Date(at);
  const day = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  return { ...base, type: 'TIME', value: `${formatDay(day)}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`, relative: true, day };
}

function spelled(m: RegExpExecArray, scope: Parameters<Recognizer>[0]): Candidate | null {
  const [whole, the, , countText, unitWord, ago] = m;
  const unit = unitOf(unitWord);
  const count = countValue(countText);
  const lower = countText.toLowerCase();
  const singleArticle = /^(?:an?|one)$/.test(lower);
  // "a second plant" is an ordinal; "a quarter of its dealers" is a share.
  if (unit.code === 'S' && singleArticle) return null;
  if (unit.grain === 'quarter' && /^(?:an?|one|three)$/.test(lower) && !the && /^\W*(?:of\b|,)/.test(scope.text.slice(m.index + whole.length, m.index + whole.length + 5))) return null;
  // "60 Minutes", "48 Hours": a title, where the unit is capitalized in running text.
  if (/^\d/.test(countText) && /^[A-Z][a-z]/.test(unitWord) && !/[A-Z][\w'’]*\s+$/.test(scope.text.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "a Year of Industrial Cooperation", "the Year of the Dragon": a named year, not a stretch of time.
  if (singleArticle && /^\s+of\s+(?:the\s+)?[A-Z]/.test(scope.text.slice(m.index + whole.length, m.index + whole.length + 24))) return null;
  // "a two-hour stoppage": the article belongs to the noun, not to the count.
  const article = /^an?\s+(?!few|couple|dozen|half|hundred)[a-z]/i.exec(countText) && !the ? countText.indexOf(' ') + 1 : 0;
  const base = { start: m.index + (whole.startsWith(countText) ? article : 0), end: m.index + whole.length };
  // TimeBank leaves a hedge out of the extent (`about [five hours]`, `only [14 days]`) but for `ago`
  // (`[almost four years ago]`): the hedge is TIMEX3's `mod`, not part of the stretch.
  const hedge = !whole.startsWith(countText) && !/^ago$/i.test(ago ?? '') ? HEDGE.exec(whole) : null;
  if (hedge) base.start = m.index + hedge[0].length;
  const sign = ago && /^(?:ago|earlier|before)$/i.test(ago) ? -1 : 1;
  // "half an hour later" counts from the event just told, not from the publication date: a stretch.
  if (ago && unit.time && !/^ago$/i.test(ago)) base.end = m.index + whole.slice(0, whole.length - ago.length).trimEnd().length;
  if (ago && unit.time && /^ago$/i.test(ago)) return clockAgo(base, count, unit, scope);
  if (!ago || (unit.time && !/^ago$/i.test(ago))) return { ...base, type: 'DURATION', value: durationValue(count, unit), relative: false };
  // "In 2009 ... two years later" counts from 2009: years told from a date said before follow it.
  const years = unit.grain === 'year' && count !== null && Number.isInteger(count) ? sign * count : null;
  const anaphor = !/^ago$/i.test(ago) && years !== null ? { years, keepGrain: false } : undefined;
  // "up from a year ago" after "the third quarter" is that quarter a year before; "41 years ago" counts
  // from the publication date; "two years earlier" from a year too.
  const isAgo = /^ago$/i.test(ago);
  const focus = years !== null && sign < 0 && (!isAgo || years === -1) ? { kind: 'shift' as const, years, grains: isAgo ? SUB_YEAR : [...SUB_YEAR, 'year' as const] } : undefined;
  return { ...base, type: 'DATE', value: agoValue(scope.ref, count, unit, sign), relative: true, anaphor, focus };
}

/** Stretches of time: `a month` → P1M, `fifty-year` → P50Y, `three decades`, `two weeks ago`. */
export const durations: Recognizer = (scope) => [
  ...eachMatch(DURATION, scope.text, (m) => spelled(m, scope)),
  ...eachMatch(ADJECTIVAL, scope.text, (m) => {
    const count = m[1].toLowerCase() === 'multi' ? null : countValue(m[1]);
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(count, unitOf(m[2])), relative: false };
  }),
  ...eachMatch(PLURAL_LONG, scope.text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DURATION',
    value: durationValue(null, unitOf(m[1])),
    relative: false,
  })),
  ...eachMatch(BARE_PLURAL, scope.text, (m) => ({
    start: m.index + m[0].length - m[1].length,
    end: m.index + m[0].length,
    type: 'DURATION',
    value: durationValue(null, unitOf(m[2])),
    relative: false,
  })),
  ...eachMatch(THE_PLURAL_BEFORE, scope.text, (m) => ({
    start: m.index + m[0].indexOf(m[1]),
    end: m.index + m[0].indexOf(m[1]) + m[1].length,
    type: 'DURATION',
    value: durationValue(null, unitOf(m[1])),
    relative: false,
  })),
  ...eachMatch(VAGUE_AGO, scope.text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: 'PAST_REF',
    relative: true,
  })),
];

import type { Grain } from './calendar';

/** Word tables shared by the date recognizers. Lowercase keys. */

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** A month name or its abbreviation, with an optional full stop: `Sept.`, `Dec`, `March`. */
export const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Full month names only: a bare abbreviation (`Mar`, `Jan`) is too often something else. */
export const FULL_MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** 1-12 for a month name or abbreviation. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
}

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** ISO weekday 1-7 for a weekday name. */
export const weekdayNumber = (name: string): number => WEEKDAYS.indexOf(name.toLowerCase().replace(/s$/, '')) + 1;

/** TIMEX3 season codes. */
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** TIMEX3 codes of the parts of a day. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)';

/** Time units: their TIMEX3 duration code, whether it follows the `T` of a duration, and their grain. */
export interface Unit {
  code: string;
  time: boolean;
  /** Multiplies the count: a decade is ten years. */
  factor: number;
  grain: Grain | null;
}
export const UNITS: Record<string, Unit> = {
  second: { code: 'S', time: true, factor: 1, grain: null },
  minute: { code: 'M', time: true, factor: 1, grain: null },
  hour: { code: 'H', time: true, factor: 1, grain: null },
  day: { code: 'D', time: false, factor: 1, grain: 'day' },
  night: { code: 'D', time: false, factor: 1, grain: 'day' },
  week: { code: 'W', time: false, factor: 1, grain: 'week' },
  weekend: { code: 'WE', time: false, factor: 1, grain: 'weekend' },
  fortnight: { code: 'W', time: false, factor: 2, grain: null },
  month: { code: 'M', time: false, factor: 1, grain: 'month' },
  quarter: { code: 'Q', time: false, factor: 1, grain: 'quarter' },
  year: { code: 'Y', time: false, factor: 1, grain: 'year' },
  decade: { code: 'Y', time: false, factor: 10, grain: 'decade' },
  century: { code: 'Y', time: false, factor: 100, grain: 'century' },
  millennium: { code: 'Y', time: false, factor: 1000, grain: null },
};
/** A unit word, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))';

/** The unit a (possibly plural) unit word names. */
export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return UNITS.century;
  if (w.startsWith('millenni')) return UNITS.millennium;
  return UNITS[w.replace(/s$/, '')];
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5, couple: 2,
};
/** Words for a count, including the vague ones that give an `X` in a duration. */
export const COUNT_WORD_RE =
  '(?:an?|one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|several|few|many|some|couple(?: of)?)';
/** A count: digits (`2 1/2`, `3 and a half` too), or words such as `twenty-five` or `two and a half`. */
export const COUNT_RE = `(?:\\d+(?:\\.\\d+)?(?:[ -][1-7]\\/[248]| and an? half)?|${COUNT_WORD_RE}(?:[- ]${COUNT_WORD_RE})?(?: and an? half)?)`;

/** The number a count names, or null for a vague count (`several`, `a few`). */
export function countValue(text: string): number | null {
  // "a dozen", "a couple of": the article only counts when it stands alone ("a year").
  const t = text.toLowerCase().replace(/ of$/, '').replace(/^an? (?=[a-z])/, '');
  if (/^\d/.test(t)) {
    // "2 1/2 years" is 2.5 years, "3 and a half years" 3.5.
    const [, whole, num, den] = /^([\d.]+)(?:[ -](\d)\/(\d))?/.exec(t) ?? [];
    return Number(whole) + (num ? Number(num) / Number(den) : t.endsWith('half') ? 0.5 : 0);
  }
  let total = 0;
  for (const word of t.split(/[- ]+/)) {
    if (word === 'and') continue;
    const n = SMALL[word];
    if (n === undefined) return null;
    if (word === 'half' && total > 0) total += 0.5;
    else if (word === 'hundred') total = Math.max(total, 1) * 100;
    else if (word !== 'a' && word !== 'an') total += n;
    else if (total === 0) total = 1;
    // "two and a half": the article before "half" adds nothing.
  }
  return total;
}

/** Ordinal words for quarters and halves. */
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

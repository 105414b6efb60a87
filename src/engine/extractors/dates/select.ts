import { formatDay, periodValue } from './calendar';
import { WEEKDAY_RE } from './lexicon';
import type { Candidate } from './candidate';

/**
 * Modifiers TimeML counts as part of the expression that stands after them: `early 2009`, `mid-2011`,
 * `the end of last year`, `the very beginning of the financial year`. Tested on the text just before a
 * candidate, so each test reads a few dozen characters at most.
 */
const PREFIXES = [
  /\b(?:the\s+)?(?:very\s+)?(?:start|beginning|end|middle|close|rest|remainder|turn|course)\s+of\s+(?:the\s+)?$/i,
  // "the" stays out: TimeML writes the [early 1990s], the [late-November] trip.
  /\b(?:early|late|mid|earlier|later)(?:\s+|-|\s+in\s+)$/i,
  /\bmid-$/i,
  /\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|weekend|days?|half|quarter)\s+of\s+$/i,
];
const LOOK_BACK = 48;

/** The last word of every prefix: most candidates have none of them before, and stop at this test. */
const PREFIX_END = /(?:of|early|late|mid|earlier|later|in)\s*-?\s*$/i;

/** A day or this week, which `early`, `late`, `earlier`, `later` before it stay out of (TimeBank's `Late [Monday]`). */
const DAY_LIKE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|tomorrow|this\s+week)\b/i;
const TIME_OF_DAY_WORD = /\b(?:early|late|mid|earlier|later)(?:\s+|-|\s+in\s+)$/i;

/** Extends a candidate over the modifiers before it. */
function withModifiers(c: Candidate, text: string): Candidate {
  if (!PREFIX_END.test(text.slice(Math.max(0, c.start - 10), c.start))) return c;
  if (DAY_LIKE.test(text.slice(c.start, c.end)) && TIME_OF_DAY_WORD.test(text.slice(Math.max(0, c.start - 10), c.start))) return c;
  let start = c.start;
  for (let round = 0; round < 2; round++) {
    const before = text.slice(Math.max(0, start - LOOK_BACK), start);
    const hit = PREFIXES.map((re) => re.exec(before)).find((m) => m);
    if (!hit) break;
    start -= hit[0].length;
  }
  // An extended candidate loses a tie with one that spans the same words by itself ("the third quarter of 2009").
  return start === c.start ? c : { ...c, start, rank: (c.rank ?? 0) - 10 };
}

/**
 * Keeps the longest of overlapping candidates (then the higher rank, then the earlier), extends each over
 * its modifiers, and lets a clock time take the day named next to it.
 */
export function selectCandidates(all: Candidate[], text: string): Candidate[] {
  const order = all
    .map((c) => withModifiers(c, text))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || (b.rank ?? 0) - (a.rank ?? 0) || a.start - b.start);
  // One flag a character: each candidate checks only its own span, so the pass is linear in the text.
  const taken = new Uint8Array(text.length + 1);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  secondDays(kept, text, taken);
  return resolveAnaphors(anchorTimes(mergeTimeAndDay(mergeWeekdayAndDate(kept, text), text)).map((c) => weekOf(c, text)));
}

/** `April 24 and 25`, `June 5 or 6`: the second day number takes the first date's month and year. */
const SECOND_DAY = /^\s+(?:and|or)\s+(\d{1,2})\b(?![.,]?\d)(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|to|will|was|were|is|are|the|when|with|for|of|this|next|last)\b)/;

function secondDays(kept: Candidate[], text: string, taken: Uint8Array): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i];
    if (!c.day || c.type !== 'DATE' || !/[A-Za-z.]\s*\d{1,2}$/.test(text.slice(c.start, c.end))) continue;
    const m = SECOND_DAY.exec(text.slice(c.end, c.end + 12));
    const d = m ? Number(m[1]) : 0;
    if (!m || d <= c.day.d || d > 31) continue;
    const start = c.end + m[0].length - m[1].length;
    if (taken[start]) continue;
    const day = { ...c.day, d };
    kept.splice(i + 1, 0, { start, end: start + m[1].length, type: 'DATE', value: c.value.includes('X') ? `${c.value.slice(0, 8)}${m[1].padStart(2, '0')}` : formatDay(day), relative: c.relative, day });
  }
}

const WEEK_OF = /\bthe\s+week\s+of\s+$/i;

/** `the week of March 6`: the week holding the day, one expression. */
function weekOf(c: Candidate, text: string): Candidate {
  if (!c.day || c.type !== 'DATE' || !/\d/.test(text.slice(c.start, c.end))) return c;
  const hit = WEEK_OF.exec(text.slice(Math.max(0, c.start - 16), c.start));
  return hit ? { ...c, start: c.start - hit[0].length, value: periodValue(c.day, 'week') } : c;
}

const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY_RE}$`);

/**
 * `Monday, Oct. 26`, `Friday, June 2, 2025`: a weekday written before its date is one expression, the
 * date's: the weekday is not resolved by tense (whether it is the date's weekday is weekday-mismatch's
 * to say).
 */
function mergeWeekdayAndDate(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const next = list[i + 1];
    const name = text.slice(c.start, c.end);
    if (!next?.day || next.type !== 'DATE' || !WEEKDAY_ONLY.test(name) || !/^,?\s+$/.test(text.slice(c.end, next.start))) {
      out.push(c);
      continue;
    }
    out.push({ ...next, start: c.start });
    i++;
  }
  return out;
}

const DATED = /^(?:FY)?(\d{4})(?:-(?:\d\d|Q\d|H\d|W\d\d|SP|SU|FA|WI)(?:-\d\d)?)?$/;

/**
 * `sales rose in February, against the same period last year`: the period is February of the year before.
 * Counted back (`from $5 a year earlier`), a quarter, half, month or season keeps its grain; counted
 * ahead (`opened in May 2009 and closed two years later`), the year alone is meant. A date resolved here
 * no longer looks for the period in focus before its sentence.
 */
function resolveAnaphors(list: Candidate[]): Candidate[] {
  let previous: RegExpExecArray | null = null;
  return list.map((c) => {
    const before = previous;
    const dated = c.type === 'DATE' ? DATED.exec(c.value) : null;
    if (!c.anaphor || !before) {
      if (dated) previous = dated;
      return c;
    }
    const year = String(Number(before[1]) + c.anaphor.years).padStart(4, '0');
    const keep = c.anaphor.keepGrain || (c.anaphor.years < 0 && /^\d{4}-(?:Q\d|H\d|SP|SU|FA|WI|\d\d)$/.test(before[0]));
    const value = keep ? before[0].replace(before[1], year) : year;
    previous = DATED.exec(value);
    return { ...c, value, focus: undefined };
  });
}

/** `12:00 UTC Monday`, `16:00 UTC today`: a time directly followed by its day is one expression. */
function mergeTimeAndDay(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const next = list[i + 1];
    if (c.type === 'TIME' && next?.day && next.type === 'DATE' && /^\s+$/.test(text.slice(c.end, next.start))) {
      out.push({ ...c, end: next.end, value: `${formatDay(next.day)}${c.value.slice(c.value.indexOf('T'))}`, day: next.day });
      i++;
    } else out.push(c);
  }
  return out;
}

/**
 * A clock time takes the day of the nearest day-level date in its sentence ("Tuesday ... at 18:00 UTC").
 * The list is sorted, so the nearest is the last day before the time or the first after it: two sweeps.
 */
function anchorTimes(list: Candidate[]): Candidate[] {
  const isDay = (c: Candidate) => c.day !== undefined && c.type === 'DATE';
  const next: (Candidate | null)[] = new Array(list.length).fill(null);
  for (let i = list.length - 2; i >= 0; i--) next[i] = isDay(list[i + 1]) ? list[i + 1] : next[i + 1];
  let previous: Candidate | null = null;
  return list.map((c, i) => {
    const before = previous;
    if (isDay(c)) previous = c;
    if (c.type !== 'TIME' || c.day || !/^[\dX]{4}-[\dX]{2}-[\dX]{2}T\d/.test(c.value)) return c;
    const after = next[i];
    const nearest = !before ? after : !after ? before : after.start - c.end < c.start - before.end ? after : before;
    return nearest ? { ...c, value: formatDay(nearest.day!) + c.value.slice(10) } : c;
  });
}

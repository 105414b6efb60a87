import { forEachMatch, requireAdvancing } from '../../text/matchLoop';
import type { DateType } from '../../types';
import type { FocusNeed } from '../../resolvers/dateFocus';
import type { Day } from './calendar';
import type { Tense } from './tense';

/** A date expression a recognizer found in a sentence; offsets are into the sentence. */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  value: string;
  /** The value rests on the publication date (or on nothing, when there is none). */
  relative: boolean;
  /** Breaks ties between overlapping candidates of the same length: higher wins. */
  rank?: number;
  /** The day the expression names, for a time of day in the same sentence to attach to. */
  day?: Day;
  /**
   * Counts from the date said before it in the sentence rather than from the publication date: `years`
   * apart, keeping that date's granularity (`the same period last year`) or only its year (`the year
   * before`). The value stands when the sentence names no earlier date.
   */
  anaphor?: { years: number; keepGrain: boolean };
  /** Takes its value from the period the article last spoke of, in this sentence or before (see resolvers/dateFocus). */
  focus?: FocusNeed;
}

/** What a recognizer reads: one sentence of prose and the publication date. */
export interface SentenceScope {
  text: string;
  /** The publication date, or null when unknown. */
  ref: Day | null;
  /** The publication time of day (`HH:MM`), when the publication date came with one. */
  refTime?: string | null;
  dateOrder: 'mdy' | 'dmy';
  /**
   * The day the paragraph last spoke of before this sentence (a weekday, `yesterday`, a calendar date), or
   * the publication date: what `the day` and a bare clock time refer to.
   */
  anchor: Day | null;
  /** Whether the clause around a sentence offset (a date from `index` to `end`) speaks of the future or the past. */
  tenseAt(index: number, end?: number): Tense;
}

/** A family of date expressions (years, weekdays, durations...): finds its candidates in a sentence. */
export type Recognizer = (scope: SentenceScope) => Candidate[];

/** Runs a global regular expression over the sentence, mapping each match to candidates. */
export function eachMatch(re: RegExp, text: string, map: (m: RegExpExecArray) => Candidate | null | undefined): Candidate[] {
  requireAdvancing(re, 'eachMatch');
  const out: Candidate[] = [];
  forEachMatch(re, text, (m) => {
    const c = map(m);
    if (c) out.push(c);
  });
  return out;
}

/** The offset of group `g` of a match made with the `d` flag. */
export function groupStart(m: RegExpExecArray, g: number): number {
  return m.indices?.[g]?.[0] ?? m.index;
}

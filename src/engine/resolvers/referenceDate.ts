import type { ReferenceDateSource } from '../types';
import type { TextModel } from '../text/textModel';
import { findDateline } from './dateline';
import { publicationTimeOf } from './publicationTime';

/** The publication date relative dates are told from, and where it was read. */
export interface ReferenceDate {
  date: string | null;
  source: ReferenceDateSource;
  /** The time of day (`HH:MM`) when the date was given as a date-time: `two hours ago` reads it. */
  time?: string;
  /** A dateline's day without its year (`XXXX-05-28`), when that is all the article gives. */
  partial?: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `YYYY-MM-DD` when the string starts with a real calendar date, else null. */
export function isoDay(value: string | null | undefined): string | null {
  const m = ISO_DAY.exec(value?.trim() ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The publication date, in order of authority: what the user set, the front matter's `date:`, a
 * dateline at the top of the article.
 */
export function resolveReferenceDate(model: TextModel, given: string | null | undefined): ReferenceDate {
  const option = readTime(given);
  if (option) return withTime(option.date, 'option', option.time);
  const fm = readTime(model.frontMatter?.fields['date']);
  if (fm) return withTime(fm.date, 'front-matter', fm.time);
  const dateline = findDateline(model);
  // A dateline without its year is no date to resolve against: the year is the user's to give.
  if (dateline?.startsWith('XXXX')) return { date: null, source: 'none', partial: dateline };
  if (dateline) return { date: dateline, source: 'dateline' };
  return { date: null, source: 'none' };
}

/** A date-time as ISO 8601 writes it, else the calendar day it starts with (`2024-01-02 10:00:00 +0100`). */
function readTime(value: string | null | undefined): { date: string; time: string | null } | null {
  const read = publicationTimeOf(value);
  if (read) return read;
  const day = isoDay(value);
  return day ? { date: day, time: null } : null;
}

function withTime(date: string, source: ReferenceDateSource, time: string | null): ReferenceDate {
  return time ? { date, source, time } : { date, source };
}

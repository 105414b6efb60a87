import type { ReferenceDateSource } from '../types';
import type { TextModel } from '../text/textModel';
import { findDateline } from './dateline';

export interface ReferenceDate {
  date: string | null;
  source: ReferenceDateSource;
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
  const option = isoDay(given);
  if (option) return { date: option, source: 'option' };
  const fm = isoDay(model.frontMatter?.fields['date']);
  if (fm) return { date: fm, source: 'front-matter' };
  const dateline = findDateline(model);
  if (dateline) return { date: dateline, source: 'dateline' };
  return { date: null, source: 'none' };
}

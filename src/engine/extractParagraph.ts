import { EXTRACTORS } from './extractors';
import type { Draft, ExtractContext, ParagraphExtractor } from './extractors/extractor';
import { overlaps, sortRanges } from './text/ranges';
import type { ParagraphDrafts } from './scanCache';
import type { Paragraph } from './text/textModel';

/** A stage that failed, and why: the scan reports it and keeps the rest of its result. */
export interface StageError {
  stage: string;
  message: string;
}

/** The paragraph extractors, in pipeline order: they run paragraph by paragraph, all of them at once. */
export const PARAGRAPH_EXTRACTORS = EXTRACTORS.filter((e): e is ParagraphExtractor => e.scope === 'paragraph');

/**
 * Runs every paragraph extractor on one paragraph. A number that overlaps a date of the same paragraph
 * is dropped: a year or a day of the month is a date, not a count. An extractor that fails loses only
 * this paragraph's claims, and the failure is reported once.
 */
export function extractParagraph(p: Paragraph, ctx: ExtractContext, errors: StageError[]): { drafts: ParagraphDrafts; failed: boolean } {
  const out: ParagraphDrafts = [];
  const dates: Draft[] = [];
  let failed = false;
  for (const extractor of PARAGRAPH_EXTRACTORS) {
    let list: Draft[] = [];
    try {
      list = extractor.extract(p, ctx);
    } catch (e) {
      failed = true;
      const stage = `extractor ${extractor.name}`;
      if (!errors.some((x) => x.stage === stage)) errors.push({ stage, message: String((e as Error)?.message ?? e) });
    }
    if (extractor.kind === 'number' && dates.length > 0) list = withoutDates(list, dates);
    for (const d of list) if (d.kind === 'date') dates.push(d);
    out.push(list);
  }
  return { drafts: out, failed };
}

/** The numbers that overlap no date: a sweep over both lists sorted by start. */
export function withoutDates(numbers: Draft[], before: readonly Draft[]): Draft[] {
  if (before.length === 0) return numbers;
  const dates = sortRanges(before.filter((d) => d.kind === 'date'));
  const out: Draft[] = [];
  let i = 0;
  for (const n of sortRanges([...numbers])) {
    while (i < dates.length && dates[i].end <= n.start) i++;
    // Dates do not overlap each other, so the next date ending after the number's start is the only one
    // that can overlap it.
    if (i < dates.length && overlaps(dates[i], n)) continue;
    out.push(n);
  }
  return out;
}

import type { AttributionClaim } from '../../types';
import type { Draft } from '../extractor';
import type { Quotation } from './quotations';

/**
 * Speech nested inside a quotation belongs to the quoted speaker: "I think", "we said" and "people tell
 * me" inside quotation marks are the speaker's own words, not new sources (PolNeAR gives each word to one
 * attribution at most, and its annotators read them as part of the quotation). Returns the drafts whose
 * cue stands outside every quotation of speech; both lists are in text order, so one sweep.
 */
export function withoutNested(drafts: Draft<AttributionClaim>[], quotes: readonly Quotation[]): Draft<AttributionClaim>[] {
  const speech = quotes.filter((q) => q.speech);
  let k = 0;
  return drafts.filter((d) => {
    const cue = d.cue!;
    while (k < speech.length && speech[k].inner.end <= cue.start) k++;
    const q = speech[k];
    return !(q && q.inner.start <= cue.start && cue.end <= q.inner.end);
  });
}

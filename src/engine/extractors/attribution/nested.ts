import type { AttributionClaim } from '../../types';
import type { Draft } from '../extractor';
import type { Quotation } from './quotations';

/**
 * Speech nested inside a quotation belongs to the quoted speaker: "I think", "we said" and "people tell
 * me" inside quotation marks are the speaker's own words, not new sources (PolNeAR gives each word to one
 * attribution at most, and its annotators read them as part of the quotation). Returns the drafts whose
 * cue stands outside every closed quotation of speech; both lists are in text order, so one sweep.
 */
export function withoutNested(drafts: Draft<AttributionClaim>[], quotes: readonly Quotation[]): Draft<AttributionClaim>[] {
  // A quotation never closed (its paragraph ends first) may have swallowed its own attribution
  // ('"We were never shown the accounts, Penrose told the inquiry.'): it nests nothing.
  const speech = quotes.filter((q) => q.speech && q.closed);
  const reported = inReportedSpeech(drafts);
  let k = 0;
  return drafts.filter((d, i) => {
    const cue = d.cue!;
    while (k < speech.length && speech[k].inner.end <= cue.start) k++;
    const q = speech[k];
    return !(q && q.inner.start <= cue.start && cue.end <= q.inner.end) && !reported.has(i);
  });
}

/**
 * The drafts that open the reported speech after another draft's cue: "Stein said she plans to join
 * them": "she plans" is Stein's speech, not a new attribution. The inner source must open the outer
 * content, so a long content that runs over a later, separate attribution does not swallow it.
 */
function inReportedSpeech(drafts: Draft<AttributionClaim>[]): Set<number> {
  const byStart = new Map<number, Draft<AttributionClaim>>();
  for (const d of drafts) if (d.via === 'reported-speech' && d.content && d.content.start >= d.cue!.end) byStart.set(d.content.start, d);
  const nested = new Set<number>();
  drafts.forEach((d, i) => {
    if (!d.source) return;
    // "said she ...": the outer content starts at the source. Offsets only, so a keystroke inside a
    // content's words (which moves the last result) cannot change what is nested.
    const outer = byStart.get(d.source.start);
    if (outer && outer !== d && outer.content!.end >= d.cue!.end) nested.add(i);
  });
  return nested;
}


import type { AttributionClaim } from '../../types';
import type { TextModel } from '../../text/textModel';
import type { Draft } from '../extractor';
import { withMarks, type Quotation } from './quotations';
import { spokenRange } from './spoken';

/**
 * News quotes a speaker over several quotations but names the speaker once:
 *
 *     "This is a responsible budget," Thune told reporters. "We can't keep spending."
 *
 *     "And for what?"
 *
 * A quotation of speech with no attribution of its own continues the speech of the quotation attributed
 * just before it (`continued`: PolNeAR's content stops at the cue), in the same paragraph or the next, when no other attribution stands between them. One
 * sweep over the attributions and quotations, both in text order.
 */
export function extendToFollowingQuotes(model: TextModel, drafts: Draft<AttributionClaim>[], quotes: readonly Quotation[]): void {
  let d = 0;
  let coveredUntil = -1;
  let last: Draft<AttributionClaim> | null = null;
  for (const q of quotes) {
    for (; d < drafts.length && drafts[d].start < q.start; d++) {
      const a = drafts[d];
      last = a.via === 'quotation' && a.content ? a : null;
      if (a.content) coveredUntil = Math.max(coveredUntil, spokenRange(a)!.end);
    }
    if (!q.speech || q.inner.start < coveredUntil) continue;
    // The attribution after it claims it: '"Q," she said'.
    const next = drafts[d]?.content;
    if (next && next.start <= q.inner.start) continue;
    if (!last?.content || !opensSentence(model.prose, q.start)) continue;
    if (paragraphIndex(model, q.start) - paragraphIndex(model, spokenRange(last)!.end) > 1) continue;
    const end = withMarks(q, model.prose).end;
    const start = last.continued?.start ?? q.start;
    last.continued = { start, end, text: model.text.slice(start, end) };
    coveredUntil = end;
  }
}

/** The index of the last paragraph starting at or before `offset` (binary search). */
function paragraphIndex(model: TextModel, offset: number): number {
  let lo = 0;
  let hi = model.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.paragraphs[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** True when the quotation stands as a sentence of its own, not inside the narrator's ("called it "..."). */
function opensSentence(prose: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i < 12 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i < 0 || /[\n\r.!?"”»]/.test(prose[i]);
}

import type { AttributionClaim } from '../../types';
import { paragraphAt, type TextModel } from '../../text/textModel';
import type { Draft } from '../extractor';
import type { Quotation } from './quotations';

/**
 * News quotes a speaker over several quotations but names the speaker once:
 *
 *     "This is a responsible budget," Thune told reporters. "We can't keep spending."
 *
 *     "And for what?"
 *
 * A quotation of speech with no attribution of its own goes on the content of the quotation attributed
 * just before it, in the same paragraph or the next, when no other attribution stands between them. One
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
      if (a.content) coveredUntil = Math.max(coveredUntil, a.content.end);
    }
    if (!q.speech || q.inner.start < coveredUntil) continue;
    // An attribution inside the quotation's own sentence ('"Q," she said') will claim it.
    if (d < drafts.length && drafts[d].start < q.end + 80 && sameParagraph(model, drafts[d].start, q.end)) continue;
    if (!last?.content || paragraphIndex(model, q.start) - paragraphIndex(model, last.content.end) > 1) continue;
    const end = q.inner.end;
    last.content = { start: last.content.start, end, text: model.text.slice(last.content.start, end) };
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

function sameParagraph(model: TextModel, a: number, b: number): boolean {
  return paragraphAt(model, a) === paragraphAt(model, b);
}

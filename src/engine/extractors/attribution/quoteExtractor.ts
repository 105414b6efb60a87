import type { AttributionClaim, QuoteClaim } from '../../types';
import type { Draft, DocumentExtractor } from '../extractor';
import { findQuotations } from './quotations';
import { spokenRange } from './spoken';

/**
 * Direct quotations of speech (not scare quotes or titles), with the speaker of the attribution whose
 * content holds them. Runs after the attribution extractor, whose claims it reads.
 */
export const quoteExtractor: DocumentExtractor = {
  name: 'quote',
  kind: 'quote',
  scope: 'document',
  extract(ctx, before) {
    const holders = before
      .filter((d): d is Draft<AttributionClaim> => d.kind === 'attribution' && d.content !== null)
      .map((a) => ({ a, range: spokenRange(a)! }))
      .sort((x, y) => x.range.start - y.range.start);
    const out: Draft<QuoteClaim>[] = [];
    let h = 0;
    const open: (typeof holders)[number][] = [];
    for (const q of findQuotations(ctx.model)) {
      if (!q.speech) continue;
      // A sweep: contents starting at or before the quotation join `open`; ended ones leave it.
      while (h < holders.length && holders[h].range.start <= q.inner.start) open.push(holders[h++]);
      let speaker: string | null = null;
      let size = Infinity;
      for (let i = open.length - 1; i >= 0; i--) {
        const c = open[i].range;
        if (c.end < q.inner.start) open.splice(i, 1);
        // A quotation that opens inside a content belongs to it, even where the content's end drops
        // the quotation's last full stop.
        else if (c.end > q.inner.start && c.end - c.start < size) {
          size = c.end - c.start;
          speaker = open[i].a.speaker ?? open[i].a.source?.text ?? null;
        }
      }
      // Spans carry the article's own characters, not the blanked prose the finder read.
      const { text } = ctx.model;
      const content = { start: q.inner.start, end: q.inner.end, text: text.slice(q.inner.start, q.inner.end) };
      out.push({ kind: 'quote', start: q.start, end: q.end, text: text.slice(q.start, q.end), content, speaker });
    }
    return out;
  },
};

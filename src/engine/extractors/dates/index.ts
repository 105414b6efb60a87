import * as chrono from 'chrono-node/en';
import type { DateClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A first date extractor: chrono-node over each sentence, values from the components it knows. */
export const datesExtractor: ParagraphExtractor = {
  name: 'dates',
  kind: 'date',
  scope: 'paragraph',
  extract(paragraph, ctx) {
    const out: Draft<DateClaim>[] = [];
    const ref = ctx.referenceDate ? new Date(`${ctx.referenceDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
    for (const s of paragraph.sentences) {
      const sentence = ctx.model.prose.slice(s.start, s.end);
      for (const r of chrono.casual.parse(sentence, { instant: ref, timezone: 0 })) {
        const c = r.start;
        const relative = !c.isCertain('year');
        let value = String(c.get('year'));
        if (c.isCertain('month') || c.isCertain('day')) value += `-${pad(c.get('month') ?? 1)}`;
        if (c.isCertain('day')) value += `-${pad(c.get('day') ?? 1)}`;
        const resolved = !relative || ctx.referenceDate !== null;
        out.push({
          kind: 'date',
          start: s.start + r.index,
          end: s.start + r.index + r.text.length,
          text: r.text,
          type: c.isCertain('hour') ? 'TIME' : 'DATE',
          value: resolved ? value : value.replace(/^\d{4}/, 'XXXX'),
          relative,
          resolved,
        });
      }
    }
    return out;
  },
};

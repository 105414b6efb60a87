import type { DateClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';
import { parseDay } from './calendar';
import type { SentenceScope } from './candidate';
import { recognizersFor } from './families';
import { selectCandidates } from './select';
import { tenseReader } from './tense';

/** Every date and time expression of a paragraph, with its TimeML value resolved against the reference date. */
export const datesExtractor: ParagraphExtractor = {
  name: 'dates',
  kind: 'date',
  scope: 'paragraph',
  extract(paragraph, ctx) {
    const ref = parseDay(ctx.referenceDate);
    const out: Draft<DateClaim>[] = [];
    let anchor = ref;
    for (const s of paragraph.sentences) {
      const text = ctx.model.prose.slice(s.start, s.end);
      const scope: SentenceScope = { text, ref, anchor, dateOrder: ctx.dateOrder, tenseAt: tenseReader(text) };
      const candidates = recognizersFor(text).flatMap((find) => find(scope));
      if (candidates.length === 0) continue;
      const found = selectCandidates(candidates, text);
      for (const c of found) {
        if (c.day && c.type === 'DATE') anchor = c.day;
        out.push({
          kind: 'date',
          start: s.start + c.start,
          end: s.start + c.end,
          text: ctx.model.text.slice(s.start + c.start, s.start + c.end),
          type: c.type,
          value: c.value,
          relative: c.relative,
          // A value with no X placeholder is complete: resolved from the publication date, from a date
          // said before it in the sentence, or by nature (`PRESENT_REF`).
          resolved: !c.relative || !c.value.includes('X'),
        });
      }
    }
    return out;
  },
};

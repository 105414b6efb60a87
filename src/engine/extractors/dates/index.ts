import { needsFocus } from '../../resolvers/dateFocus';
import { TextMemo } from '../../scanCache';
import type { DateClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';
import { parseDay, type Day } from './calendar';
import type { Candidate, SentenceScope } from './candidate';
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
      const time = ctx.referenceTime ?? null;
      const read = bySentence.get(text, `${ctx.referenceDate}|${time}|${dayKey(anchor)}|${ctx.dateOrder}`, () => readSentence(text, ref, time, anchor, ctx.dateOrder));
      anchor = read.anchor;
      for (const c of read.found) {
        const draft: Draft<DateClaim> = {
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
        };
        if (c.focus) needsFocus(draft, c.focus);
        out.push(draft);
      }
    }
    return out;
  },
};

/**
 * Each sentence's dates by its text, the publication date and the day it starts from: the same three
 * give the same dates, so a keystroke parses one sentence again, not its whole paragraph.
 */
const bySentence = new TextMemo<{ found: Candidate[]; anchor: Day | null }>(20000);

/** The dates of one sentence (offsets in it) and the day the next sentence starts from. */
function readSentence(text: string, ref: Day | null, refTime: string | null, anchor: Day | null, dateOrder: 'mdy' | 'dmy'): { found: Candidate[]; anchor: Day | null } {
  const scope: SentenceScope = { text, ref, refTime, anchor, dateOrder, tenseAt: tenseReader(text) };
  const candidates = recognizersFor(text).flatMap((find) => find(scope));
  if (candidates.length === 0) return { found: [], anchor };
  const found = selectCandidates(candidates, text);
  let next = anchor;
  for (const c of found) if (c.day && c.type === 'DATE') next = c.day;
  return { found, anchor: next };
}

function dayKey(d: Day | null): string {
  return d ? `${d.y}-${d.m}-${d.d}` : '';
}

import { TextMemo } from '../../scanCache';
import type { NumberClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';
import { scanNumbers, type FoundSpan } from './scanNumbers';

export { scanNumbers } from './scanNumbers';

/**
 * A paragraph-level pre-test: a digit, or a letter sequence that begins a number word. Substrings, not
 * words ("ten" also matches "often"): it only has to be cheap and never miss, and paragraphs without
 * any are skipped untokenized.
 */
export const TRIGGER = /[0-9]|zero|one|two|thr|four|fiv|fif|six|sev|eigh|nin|ten|elev|twel|twen|thir|fort|hundred|thousand|illion|dozen|half|halv|quarter|doubl|tripl|trebl|quadrupl|fold|score|first|second|twice|thrice/i;

function toDraft(text: string, base: number, f: FoundSpan): Draft<NumberClaim> {
  const draft: Draft<NumberClaim> = {
    kind: 'number',
    start: base + f.start,
    end: base + f.end,
    text: text.slice(f.start, f.end),
    type: f.type,
    value: f.value,
    unit: f.unit,
  };
  if (f.valueHigh !== undefined) draft.valueHigh = f.valueHigh;
  draft.qualifier = f.qualifier ?? 'exact';
  if (f.numerator !== undefined) draft.numerator = f.numerator;
  if (f.denominator !== undefined) draft.denominator = f.denominator;
  return draft;
}

/**
 * Numeric claims: money, percentages, ratios, ranges, counts, quantities, ranks and multiples, with
 * their values and units. One linear pass over each paragraph's prose (see scanNumbers.ts).
 *
 * Values: money in units of its currency (`$4.5bn` → 4.5e9 USD, `26 cents` → 0.26 USD); a percent as
 * written (`12.5%` → 12.5; percentage points the same, typed apart); a ratio as the share, to three
 * decimals (`37 out of 44` → 0.841, with numerator and denominator); a range as `value` (low) and
 * `valueHigh`, typed money or percent when its ends are, else `range`; a rank as its ordinal; a multiple
 * as its factor (`halved` → 0.5). The span takes in a qualifier before the figure ("more than 4
 * billion"), as MEANTIME's annotators mostly do; `qualifier` says which (`exact` when none).
 */
export const numbersExtractor: ParagraphExtractor = {
  name: 'numbers',
  kind: 'number',
  scope: 'paragraph',
  extract(paragraph, ctx) {
    const { prose } = ctx.model;
    if (!TRIGGER.test(prose.slice(paragraph.start, paragraph.end))) return [];
    const out: Draft<NumberClaim>[] = [];
    for (const s of paragraph.sentences) {
      const text = prose.slice(s.start, s.end);
      for (const f of bySentence.get(text, '', () => (TRIGGER.test(text) ? scanNumbers(text) : []))) out.push(toDraft(text, s.start, f));
    }
    return out;
  },
};

/**
 * Each sentence's figures by its text: no figure reaches over a sentence's end, so a keystroke scans one
 * sentence again, not its whole paragraph (a wire story's paragraph can run to several kilobytes).
 */
const bySentence = new TextMemo<FoundSpan[]>(20000);

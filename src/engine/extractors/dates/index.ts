import type { DateClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';
import { absoluteDates } from './absolute';
import { anchoredDates } from './anchored';
import { parseDay } from './calendar';
import type { Recognizer, SentenceScope } from './candidate';
import { durations } from './durations';
import { holidays } from './holidays';
import { months } from './months';
import { periods } from './periods';
import { references } from './references';
import { relativeDates } from './relative';
import { selectCandidates } from './select';
import { sets } from './sets';
import { tenseReader } from './tense';
import { times } from './times';
import { weekdays } from './weekdays';
import { years } from './years';

/** The recognizers, each one family of expressions; overlaps are settled afterwards by length. */
const RECOGNIZERS: readonly Recognizer[] = [absoluteDates, months, years, periods, relativeDates, anchoredDates, weekdays, holidays, durations, times, sets, references];

/**
 * A cheap test of whether a sentence can hold a date: a digit or a word every date expression carries.
 * Most sentences of news prose fail it and cost nothing more.
 */
const TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|current|present|recent|lately|past|future|soon|term|time|sec|min|hour|day|night|week|month|quarter|year|decade|centur|millenni|spring|summer|autumn|fall|winter|season|annual|yearly|daily|hourly|ago|morning|afternoon|evening|noon|midnight|midday|fiscal|financial|fy|q[1-4]|h[12]|[1-4]q|first|second|third|fourth|final|last|half|christmas|halloween|valentine|boxing)/i;

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
      if (!TRIGGER.test(text)) continue;
      const scope: SentenceScope = { text, ref, anchor, dateOrder: ctx.dateOrder, tenseAt: tenseReader(text) };
      const found = selectCandidates(RECOGNIZERS.flatMap((r) => r(scope)), text);
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
          resolved: !c.relative || ref !== null,
        });
      }
    }
    return out;
  },
};

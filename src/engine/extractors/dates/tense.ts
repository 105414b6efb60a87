/** Whether a clause speaks of what is to come or of what has happened. */
export type Tense = 'future' | 'past';

/**
 * Words that put a clause in the future: modals, `going to`, schedules, plans, and the present tense of
 * verbs of schedule (`talks resume on Monday`, `the offer expires Friday`).
 */
const FUTURE = /\b(?:(?:begin|start|open|reopen|resume|end|close|expire|launch|arrive|meet|convene|take)s|begin|resume|reopen|convene|expire|will|shall|won't|going to|set to|due to|scheduled|slated|expected to|expects? to|plans? to|planned|intends? to|to be held|is to|are to|upcoming|next|would|should|could|might|must|(?:wants?|aims?|hopes?|seeks?|needs?|has|have) to|'ll)\b/gi;
/** Past-tense verbs and the markers of reported events. */
// Not "last": "last until Friday" is a verb, and "last Friday" is read by the weekday itself.
const PAST = /\b(?:was|were|had|did|said|told|ago|[a-z]{3,}ed)\b/gi;

/**
 * Reads the cues once for a sentence and answers for any offset in it: the nearest cue before the offset
 * decides, else the first one after; news tells of the past by default.
 */
export function tenseReader(sentence: string): (index: number) => Tense {
  let cues: { at: number; tense: Tense }[] | null = null;
  const load = () => {
    const found: { at: number; tense: Tense }[] = [];
    const future = new Set<number>();
    for (const m of sentence.matchAll(FUTURE)) {
      found.push({ at: m.index, tense: 'future' });
      future.add(m.index);
    }
    for (const m of sentence.matchAll(PAST)) {
      // "scheduled", "planned" are future cues even though they end in -ed; "be completed" is a passive,
      // whose tense is that of its auxiliary.
      if (future.has(m.index)) continue;
      if (/\b(?:be|being)\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index))) continue;
      found.push({ at: m.index, tense: 'past' });
    }
    return found.sort((a, b) => a.at - b.at);
  };
  return (index) => {
    cues ??= load();
    // Binary search for the first cue at or after the offset: a sentence may hold thousands of them.
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid].at < index) lo = mid + 1;
      else hi = mid;
    }
    return cues[lo - 1]?.tense ?? cues[lo]?.tense ?? 'past';
  };
}

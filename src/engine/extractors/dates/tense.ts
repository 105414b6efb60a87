/**
 * Whether a clause speaks of what is to come, of what has happened, or of what was to come when it was
 * told (`was set to land on Monday`: today's Monday, if it is one).
 */
export type Tense = 'future' | 'past' | 'future-in-past';

/**
 * Words that put a clause in the future: modals, `going to`, schedules, plans, the present tense of verbs
 * of schedule (`talks resume on Monday`, `the offer expires Friday`), and the adjectives of what may come
 * (`a potential rate hike in December`).
 */
const FUTURE = /\b(?:(?:begin|start|open|reopen|resume|end|close|expire|launch|arrive|meet|convene|take)s|begin|resume|reopen|convene|expire|will|shall|won't|going to|set to|due to|scheduled|slated|expected to|expects? to|plans? to|planned|planning|intends? to|to be held|is to|are to|upcoming|forthcoming|next|would|should|could|might|must|potential|possible|proposed|prospective|(?:wants?|aims?|hopes?|seeks?|needs?|has|have) to|'ll)\b/gi;
/** Auxiliaries and markers of reported events. Not "last": "last until Friday" is a verb, and "last Friday" is read by the weekday itself. */
const PAST = /\b(?:was|were|had|did|ago|spent|went|came|took|made|gave|got|began|fell|rose|left|met|held|sent|won|lost|saw|became|brought|bought|thought|found|struck|led|paid|sold|kept|ran|stood|wrote|broke|chose|drove|flew|grew|knew|threw|spoke|stole|shot|fought|caught|taught|sought|built|felt|heard|meant|fled|sat|arose|forgot|swore|sank|drew|hung)\b/gi;
/**
 * Past forms in -ed, lower case only: `United`, `Ted` are names. Not `-eed` (`need`, `exceed`) nor the
 * adjectives in -ed (`hundred`, `sacred`).
 */
const ED = /\b[a-z]{3,}ed\b/g;
const NOT_PAST_ED = /(?:eed|^hundred|^sacred|^naked|^wicked|^kindred|^rugged)$/;
/**
 * Verbs of saying that close a sentence date the telling, not what is told: in `the group would leave as
 * soon as Tuesday, Castro said` the date is the group's. Before the date they govern it (`Castro said
 * Tuesday`, `Clark said in an interview Monday`).
 */
const REPORTING = /\b(?:said|says|told|tells|added|adds|announced|announces|reported|stated|noted|confirmed|predicted|warned|insisted)\b/gi;
const REPORTING_WORD = new RegExp(`^${REPORTING.source}$`, 'i');

interface Cue {
  at: number;
  end: number;
  tense: Tense;
  /** A verb of saying, which governs only the date right after it. */
  reporting?: boolean;
}

function readCues(sentence: string): Cue[] {
  const found: Cue[] = [];
  const future = new Set<number>();
  const add = (m: RegExpMatchArray, tense: Tense, reporting?: boolean) => found.push({ at: m.index!, end: m.index! + m[0].length, tense, reporting });
  for (const m of sentence.matchAll(FUTURE)) {
    add(m, /\b(?:was|were)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index)) ? 'future-in-past' : 'future');
    future.add(m.index);
  }
  for (const m of sentence.matchAll(PAST)) add(m, 'past');
  for (const m of sentence.matchAll(REPORTING)) add(m, 'past', true);
  for (const m of sentence.matchAll(ED)) {
    // "scheduled", "planned" are future cues even though they end in -ed; "is completed", "the troubled
    // bank" are a passive and an adjective, whose tense is that of their verb.
    if (future.has(m.index) || NOT_PAST_ED.test(m[0]) || REPORTING_WORD.test(m[0])) continue;
    if (/\b(?:be|being|is|are|am|the|a|an|its|their|his|her)\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index))) continue;
    add(m, 'past');
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Reads the cues once for a sentence and answers for any offset in it: a verb right after the date
 * decides (`a court Thursday refused`), else the nearest cue before the offset, else the first one after
 * but a verb of saying; news tells of the past by default.
 */
export function tenseReader(sentence: string): (index: number, end?: number) => Tense {
  let cues: Cue[] | null = null;
  return (index, end) => {
    cues ??= readCues(sentence);
    // Binary search for the first cue at or after the offset: a sentence may hold thousands of them.
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid].at < index) lo = mid + 1;
      else hi = mid;
    }
    const after = end === undefined ? -1 : lo + cues.slice(lo, lo + 8).findIndex((c) => c.at >= end);
    if (after >= lo && cues[after].at - end! <= 2 && /^\s+$/.test(sentence.slice(end, cues[after].at))) return cues[after].tense;
    if (lo > 0) return cues[lo - 1].tense;
    for (let i = lo; i < cues.length && i < lo + 40; i++) if (!cues[i].reporting) return cues[i].tense;
    return 'past';
  };
}

import type { DateClaim } from '../../src/engine';
import { scan } from '../../src/engine';
import type { GoldArticle } from './corpus';
import { matchSpans, prf, type PRF } from './score';
import { scoredEnd } from './scoredPart';

export interface DateScores {
  gold: number;
  system: number;
  strict: PRF;
  relaxed: PRF;
  value: PRF;
  /** Strict, relaxed and value F1 over whole articles, everything past the annotated part spurious. */
  whole: { system: number; strict: PRF; relaxed: PRF; value: PRF };
  /** Relaxed matches whose value differs, for reading: `[gold text, gold value, system value, context]`. */
  wrongValues: [string, string, string, string][];
  missed: string[];
  spurious: string[];
}

interface Tally {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
}

/** The span with a little of the text around it, for reading the lists. */
function inContext(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 30), span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end, span.end + 30).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(span.start, span.end)}]${after}…`;
}

function tally(t: Tally, text: string, gold: GoldArticle['timex'], claims: DateClaim[], notes?: Omit<DateScores, 'gold' | 'system' | 'strict' | 'relaxed' | 'value' | 'whole'>): void {
  t.gold += gold.length;
  t.system += claims.length;
  const pairs = matchSpans(gold, claims);
  t.relaxed += pairs.length;
  for (const [g, s] of pairs) {
    if (g.start === s.start && g.end === s.end) t.strict++;
    if (String(g.value) === s.value) t.value++;
    else notes?.wrongValues.push([`${g.text}`, String(g.value), s.value, inContext(text, s)]);
  }
  if (!notes) return;
  const matchedGold = new Set(pairs.map((p) => p[0]));
  const matchedSystem = new Set(pairs.map((p) => p[1]));
  for (const g of gold) if (!matchedGold.has(g)) notes.missed.push(`${inContext(text, g)} [${g.value}]`);
  for (const s of claims) if (!matchedSystem.has(s)) notes.spurious.push(`${inContext(text, s)} [${s.value}]`);
}

const scores = (t: Tally) => ({ strict: prf(t.strict, t.system, t.gold), relaxed: prf(t.relaxed, t.system, t.gold), value: prf(t.value, t.system, t.gold) });

/** Scores date claims the TempEval-3 way (task A): strict and relaxed spans, and value. */
export function scoreDates(articles: GoldArticle[], options: { whole?: boolean } = {}): DateScores {
  const part: Tally = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0 };
  const whole: Tally = { ...part };
  const notes = { wrongValues: [] as [string, string, string, string][], missed: [] as string[], spurious: [] as string[] };
  for (const a of articles) {
    const claims = scan(a.text, { referenceDate: a.dct }).claims.filter((c): c is DateClaim => c.kind === 'date');
    // A corpus annotated throughout is scored over the whole article.
    const end = options.whole ? a.text.length : scoredEnd(a);
    tally(part, a.text, a.timex, claims.filter((c) => c.start < end), notes);
    tally(whole, a.text, a.timex, claims);
  }
  return { gold: part.gold, system: part.system, ...scores(part), whole: { system: whole.system, ...scores(whole) }, ...notes };
}

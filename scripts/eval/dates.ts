import type { DateClaim } from '../../src/engine';
import { scan } from '../../src/engine';
import type { GoldArticle } from './corpus';
import { matchSpans, prf, type PRF } from './score';

export interface DateScores {
  gold: number;
  system: number;
  strict: PRF;
  relaxed: PRF;
  value: PRF;
  /** Relaxed matches whose value differs, for reading: `[gold text, gold value, system value]`. */
  wrongValues: [string, string, string][];
  missed: string[];
  spurious: string[];
}

/** Scores date claims the TempEval-3 way (task A): strict and relaxed spans, and value. */
export function scoreDates(articles: GoldArticle[]): DateScores {
  let gold = 0;
  let system = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  const wrongValues: [string, string, string][] = [];
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const a of articles) {
    const claims = scan(a.text, { referenceDate: a.dct }).claims.filter((c): c is DateClaim => c.kind === 'date');
    gold += a.timex.length;
    system += claims.length;
    const pairs = matchSpans(a.timex, claims);
    relaxed += pairs.length;
    for (const [g, s] of pairs) {
      if (g.start === s.start && g.end === s.end) strict++;
      if (String(g.value) === s.value) value++;
      else wrongValues.push([`${g.text}`, String(g.value), s.value]);
    }
    const matchedGold = new Set(pairs.map((p) => p[0]));
    const matchedSystem = new Set(pairs.map((p) => p[1]));
    for (const g of a.timex) if (!matchedGold.has(g)) missed.push(`${g.text} [${g.value}]`);
    for (const s of claims) if (!matchedSystem.has(s)) spurious.push(`${s.text} [${s.value}]`);
  }
  return {
    gold,
    system,
    strict: prf(strict, system, gold),
    relaxed: prf(relaxed, system, gold),
    value: prf(value, system, gold),
    wrongValues,
    missed,
    spurious,
  };
}

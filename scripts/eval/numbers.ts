import type { NumberClaim } from '../../src/engine';
import { scan } from '../../src/engine';
import type { GoldArticle } from './corpus';
import { matchSpans, prf, type PRF } from './score';

export interface NumberScores {
  gold: number;
  system: number;
  overlap: PRF;
  /** Share of matches with the right type: MONEY → money, PERCENT → percent, QUANTITY → any other. */
  typeAccuracy: number;
  /** Share of matches with the right value, over the gold spans that carry one; null when none do. */
  valueAccuracy: number | null;
  wrongTypes: string[];
  missed: string[];
  spurious: string[];
}

function typeMatches(goldType: string, claim: NumberClaim): boolean {
  if (goldType === 'MONEY') return claim.type === 'money';
  if (goldType === 'PERCENT') return claim.type === 'percent' || claim.type === 'percentage-points';
  return claim.type !== 'money' && claim.type !== 'percent';
}

/** Scores number claims against a corpus's MONEY, PERCENT and QUANTITY spans (one-to-one overlap). */
export function scoreNumbers(articles: GoldArticle[]): NumberScores {
  let gold = 0;
  let system = 0;
  let matched = 0;
  let typed = 0;
  let withValue = 0;
  let rightValue = 0;
  const wrongTypes: string[] = [];
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const a of articles) {
    const claims = scan(a.text, { referenceDate: a.dct }).claims.filter((c): c is NumberClaim => c.kind === 'number');
    gold += a.values.length;
    system += claims.length;
    const pairs = matchSpans(a.values, claims);
    matched += pairs.length;
    for (const [g, s] of pairs) {
      if (typeMatches(g.type, s)) typed++;
      else wrongTypes.push(`${g.text} [${g.type}] → ${s.text} [${s.type}]`);
      if (g.value !== undefined) {
        withValue++;
        if (Math.abs(Number(g.value) - s.value) <= 1e-6 * Math.max(1, Math.abs(s.value))) rightValue++;
      }
    }
    const matchedGold = new Set(pairs.map((p) => p[0]));
    const matchedSystem = new Set(pairs.map((p) => p[1]));
    for (const g of a.values) if (!matchedGold.has(g)) missed.push(`${g.text} [${g.type}]`);
    for (const s of claims) if (!matchedSystem.has(s)) spurious.push(`${s.text} [${s.type}]`);
  }
  return {
    gold,
    system,
    overlap: prf(matched, system, gold),
    typeAccuracy: matched === 0 ? 0 : (100 * typed) / matched,
    valueAccuracy: withValue === 0 ? null : (100 * rightValue) / withValue,
    wrongTypes,
    missed,
    spurious,
  };
}

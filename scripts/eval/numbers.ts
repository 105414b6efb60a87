import type { NumberClaim } from '../../src/engine';
import { scan } from '../../src/engine';
import type { GoldArticle } from './corpus';
import { scoredEnd } from './scoredPart';
import { matchSpans, prf, type PRF } from './score';

export interface NumberScores {
  gold: number;
  system: number;
  overlap: PRF;
  /** Share of matches with the right type: MONEY → money, PERCENT → percent, QUANTITY → any other. */
  typeAccuracy: number;
  /** Share of matches with the right value, over the gold spans that carry one; null when none do. */
  valueAccuracy: number | null;
  /** Overlap P/R/F1 over whole articles: claims past MEANTIME's annotated part (see scoredPart.ts) count as spurious. */
  whole: { system: number; overlap: PRF };
  wrongTypes: string[];
  /** Matches whose value differs, for reading: `gold text → system text = system value`. */
  wrongValues: string[];
  missed: string[];
  spurious: string[];
}

function typeMatches(goldType: string, claim: NumberClaim): boolean {
  if (goldType === 'MONEY') return claim.type === 'money';
  if (goldType === 'PERCENT') return claim.type === 'percent' || claim.type === 'percentage-points';
  return claim.type !== 'money' && claim.type !== 'percent';
}

/**
 * Scores number claims against a corpus's MONEY, PERCENT and QUANTITY spans (one-to-one overlap), over
 * the annotated part of each article (the same part the date scores use); `whole` keeps the figures
 * over whole articles.
 */
export function scoreNumbers(articles: GoldArticle[]): NumberScores {
  let gold = 0;
  let system = 0;
  let matched = 0;
  let typed = 0;
  let withValue = 0;
  let rightValue = 0;
  let wholeSystem = 0;
  let wholeMatched = 0;
  const wrongTypes: string[] = [];
  const wrongValues: string[] = [];
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const a of articles) {
    const all = scan(a.text, { referenceDate: a.dct }).claims.filter((c): c is NumberClaim => c.kind === 'number');
    wholeSystem += all.length;
    wholeMatched += matchSpans(a.values, all).length;
    const end = scoredEnd(a);
    const claims = all.filter((c) => c.start < end);
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
        else wrongValues.push(`${g.text} [${g.value}] → ${s.text} = ${s.value}`);
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
    whole: { system: wholeSystem, overlap: prf(wholeMatched, wholeSystem, gold) },
    wrongTypes,
    wrongValues,
    missed,
    spurious,
  };
}

/**
 * A lowercased, tokenized copy of a text, the way archive newswire is distributed ("$ 75 million",
 * "12 %"), with the map from each original offset to its place in the copy.
 */
export function lowercaseTokenized(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const inNumber = /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    const apart = '$%()"£€'.includes(c) || ((c === ',' || c === '.') && !inNumber && !/[a-z]/i.test(text[i + 1] ?? ''));
    if (apart && out !== '' && !/\s$/.test(out)) out += ' ';
    at[i] = out.length;
    out += c.toLowerCase();
    if (apart && i + 1 < text.length && !/\s/.test(text[i + 1])) out += ' ';
  }
  at[text.length] = out.length;
  return { text: out, at };
}

/**
 * Scores the same gold on lowercased, tokenized copies of the articles: overlap recall, and the share of
 * those matches whose value equals the value read from the original text.
 */
export function scoreNumbersTokenized(articles: GoldArticle[]): { recall: number; sameValue: number } {
  let gold = 0;
  let matched = 0;
  let compared = 0;
  let same = 0;
  for (const a of articles) {
    const copy = lowercaseTokenized(a.text);
    const moved = a.values.map((v) => ({ ...v, start: copy.at[v.start], end: copy.at[v.end - 1] + 1 }));
    const numbers = (t: string) => scan(t, { referenceDate: a.dct }).claims.filter((c): c is NumberClaim => c.kind === 'number');
    const original = new Map(matchSpans(a.values, numbers(a.text)).map(([g, s]) => [g.start, s.value]));
    const pairs = matchSpans(moved, numbers(copy.text));
    gold += moved.length;
    matched += pairs.length;
    for (const [g, s] of pairs) {
      const value = original.get(a.values[moved.indexOf(g)].start);
      if (value === undefined) continue;
      compared++;
      if (Math.abs(value - s.value) <= 1e-6 * Math.max(1, Math.abs(value))) same++;
    }
  }
  return { recall: gold === 0 ? 0 : (100 * matched) / gold, sameValue: compared === 0 ? 0 : (100 * same) / compared };
}

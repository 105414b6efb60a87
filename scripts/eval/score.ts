/** Precision, recall and F1 as percentages. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(matched: number, system: number, gold: number): PRF {
  const precision = system === 0 ? 0 : (100 * matched) / system;
  const recall = gold === 0 ? 0 : (100 * matched) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

interface Spanned {
  start: number;
  end: number;
}

/**
 * Pairs system spans with gold spans, each used at most once (TempEval-3's relaxed matching): exact
 * matches first, then the remaining overlaps in text order.
 */
export function matchSpans<G extends Spanned, S extends Spanned>(gold: G[], system: S[]): [G, S][] {
  const pairs: [G, S][] = [];
  const usedGold = new Set<G>();
  const usedSystem = new Set<S>();
  const bySystemStart = new Map<string, S>();
  for (const s of system) bySystemStart.set(`${s.start}:${s.end}`, s);
  for (const g of gold) {
    const s = bySystemStart.get(`${g.start}:${g.end}`);
    if (s && !usedSystem.has(s)) {
      pairs.push([g, s]);
      usedGold.add(g);
      usedSystem.add(s);
    }
  }
  for (const g of gold) {
    if (usedGold.has(g)) continue;
    const s = system.find((c) => !usedSystem.has(c) && c.start < g.end && g.start < c.end);
    if (s) {
      pairs.push([g, s]);
      usedGold.add(g);
      usedSystem.add(s);
    }
  }
  return pairs;
}

export const pct = (n: number) => n.toFixed(1).padStart(5);

import { RULES } from '../engine';
import { EVIDENCE_RULES } from '../engine/evidence';
import { LEDGER_RULES } from '../ledger/findings';

/** Every name a finding can carry, so every one `ruleSeverity` can set: the engine's rules, the ledger's, the sources'. */
const RULE_NAMES = [...RULES.map((r) => r.name), ...Object.values(LEDGER_RULES).map((r) => r.name), ...Object.values(EVIDENCE_RULES).map((r) => r.name)];

/** Edit distance between two short names (rule names are under 30 characters). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

/** The real rule name closest to a typed one (`unsourced-statistics` gives `unsourced-statistic`). */
export function closestRuleName(typed: string): string {
  const key = typed.slice(0, 200).toLowerCase();
  let best = RULE_NAMES[0];
  let bestDistance = Infinity;
  for (const name of RULE_NAMES) {
    const d = distance(key, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** One warning per name of `ruleSeverity` that is no rule, naming the closest real one. */
export function unknownRuleWarnings(names: Iterable<string>, origin: string): string[] {
  const known = new Set(RULE_NAMES);
  const out: string[] = [];
  for (const name of names) {
    if (!known.has(name)) out.push(`Setting ${origin} names no rule "${name.slice(0, 80)}"; did you mean "${closestRuleName(name)}"?`);
  }
  return out;
}

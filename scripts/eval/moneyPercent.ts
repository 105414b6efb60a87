/**
 * The money-and-percent table (test/fixtures/numbers/money-percent.json), scored like MEANTIME: a claim
 * that overlaps an expected span (one to one) counts; then the share with the right type and the share
 * whose value and unit (the ISO code for money) are both right. The table is our own, written from
 * style-guide and wire-copy forms; the same file drives test/unit/numbersMoneyPercent.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NumberClaim } from '../../src/engine';
import { scan } from '../../src/engine';
import { matchSpans, pct, prf } from './score';

/** One expected claim: its text (first occurrence in the case), type, normalized value and unit. */
export interface TableClaim {
  span: string;
  type: string;
  value: number;
  unit: string | null;
  qualifier?: string;
}
export interface TableCase {
  text: string;
  claims: TableClaim[];
}

export const TABLE_PATH = join(__dirname, '../../test/fixtures/numbers/money-percent.json');

const group = (type: string) => (type === 'percentage-points' ? 'percent' : type === 'money' || type === 'percent' ? type : 'other');
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/** Scores the table; `only` keeps money and percent claims on both sides. */
function score(cases: TableCase[], only: boolean) {
  let gold = 0, system = 0, matched = 0, typed = 0, valued = 0;
  const misses: string[] = [];
  const keep = (type: string) => !only || group(type) !== 'other';
  for (const c of cases) {
    const want = c.claims.filter((g) => keep(g.type)).map((g) => ({ ...g, start: c.text.indexOf(g.span), end: c.text.indexOf(g.span) + g.span.length }));
    const got = scan(c.text).claims.filter((x): x is NumberClaim => x.kind === 'number' && keep(x.type));
    gold += want.length;
    system += got.length;
    const pairs = matchSpans(want, got);
    matched += pairs.length;
    for (const [g, s] of pairs) {
      if (group(g.type) === group(s.type)) typed++;
      if (sameValue(g.value, s.value) && g.unit === s.unit) valued++;
      else misses.push(`value: ${g.span} = ${g.value} ${g.unit} → ${s.text} = ${s.value} ${s.unit}`);
    }
    for (const g of want) if (!pairs.some((p) => p[0] === g)) misses.push(`missed: ${g.span} [${g.type}] in ${JSON.stringify(c.text)}`);
    for (const s of got) if (!pairs.some((p) => p[1] === s)) misses.push(`spurious: ${s.text} [${s.type}] in ${JSON.stringify(c.text)}`);
  }
  const at = (n: number) => (matched === 0 ? 0 : (100 * n) / matched);
  return { gold, system, overlap: prf(matched, system, gold), type: at(typed), value: at(valued), misses };
}

/** Prints the table's scores: every claim, then money and percent alone. */
export function printMoneyPercent(verbose: boolean): void {
  const cases = (JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as { cases: TableCase[] }).cases;
  console.log(`\nMoney and percent table (test/fixtures/numbers/money-percent.json): ${cases.length} sentences`);
  console.log('                    gold  found    P      R      F1   type  value');
  for (const [name, only] of [['all claims', false], ['money, percent', true]] as const) {
    const s = score(cases, only);
    console.log(`  ${name.padEnd(16)} ${String(s.gold).padStart(5)} ${String(s.system).padStart(5)}  ${pct(s.overlap.precision)}  ${pct(s.overlap.recall)}  ${pct(s.overlap.f1)}  ${pct(s.type)}  ${pct(s.value)}`);
    if (verbose && !only) console.log(`    ${s.misses.join('\n    ')}`);
  }
}

import * as assert from 'node:assert/strict';
import { RULES } from '../../../src/engine/rules';
import { scan } from '../../../src/engine/scan';
import { buildTextModel } from '../../../src/engine/text/textModel';

/** Worst inputs: each trigger of the consistency rules repeated to about 200 KB, in one paragraph. */
const WORST: [string, string][] = [
  ['weekday before a date', 'Thursday, 12 October 2021 '],
  ['relative day and date', 'yesterday, 3 May, tomorrow (Monday) last Tuesday, '],
  ['shares and percentages', '12 of the 16 councillors (80%), 37 out of 44, or 90%, '],
  ['a list of percentages', '55%, 30% and '],
  ['changes', 'climbed from 2.4 million to 2.1 million, doubled from 10 in 2020 to '],
  ['ages and birth years', 'the 61-year-old, born in 1955, aged 40, Smith, 45, born '],
  ['names and titles', 'Finance Minister Ana Silva, the deputy finance minister Silvo Lukashenko Lukashenka '],
  ['a run of capitals with no end', 'Alpha Beta Gamma Delta '],
  ['quotation marks', '" “ ” 15" '],
  ['figures of one subject', 'a $4.5bn deal, the deal, worth $4.6 billion, '],
  ['source words', 'survey data figures report study of '],
];

/** Letters for a number: 0 → "aa", 1 → "ab", ..., so generated names are all distinct. */
function letters(n: number): string {
  return String.fromCharCode(97 + Math.floor(n / 26) % 26, 97 + (n % 26), 97 + Math.floor(n / 676) % 26);
}

suite('consistency rules are fast on worst inputs', () => {
  const manyNames = Array.from({ length: 7700 }, (_, i) => `Anna Smit${letters(i)} met Smit${letters(i + 1)}.`).join(' ');
  for (const [name, unit] of [...WORST, ['many names one letter apart', manyNames] as [string, string]]) {
    test(name, function () {
      this.timeout(120000);
      const text = unit.length > 1000 ? unit : unit.repeat(Math.ceil(200_000 / unit.length));
      // The claims are the extractors' work; only the rules are timed here.
      const { claims, referenceDate } = scan(text, { referenceDate: '2022-05-12' });
      const model = buildTextModel(text, 'plaintext');
      for (const rule of RULES.filter((r) => Number(r.id.slice(3)) >= 10)) {
        const t0 = performance.now();
        rule.run({ model, referenceDate, dateOrder: 'mdy', claims });
        const ms = performance.now() - t0;
        assert.ok(ms < 2000, `${rule.name} took ${ms.toFixed(0)} ms on ${text.length} characters of ${name}`);
      }
    });
  }
});

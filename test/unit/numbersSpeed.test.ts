import * as assert from 'node:assert/strict';
import { scanNumbers } from '../../src/engine/extractors/numbers';

// Worst inputs for a scanner: endless figures, separators, triggers and symbols. Each must stay linear;
// the bounds are generous (a linear pass takes a small fraction of them even on a loaded two-core
// machine), so only a super-linear blow-up fails: a quadratic pass over 200 KB takes minutes.
const WORST: [string, string, number][] = [
  ['2 MB of "1,1,1,..."', '1,'.repeat(1_000_000), 12000],
  ['200 KB of figures with units, scales and ranges', '12 people, 34.5 km, 6,789 votes, $4m and 10-15%; '.repeat(4_000), 4000],
  ['200 KB of figures in one row', '12 34.5 6,789 '.repeat(15_000), 4000],
  ['2 MB of plain prose', 'The minister said the plan would help the region grow. '.repeat(37_000), 12000],
  ['200 KB of "one "', 'one '.repeat(50_000), 4000],
  ['200 KB of "a "', 'a '.repeat(100_000), 4000],
  ['200 KB of "$"', '$'.repeat(200_000), 4000],
  ['200 KB of "-"', '-'.repeat(200_000), 4000],
  ['200 KB of "1-"', '1-'.repeat(100_000), 4000],
  ['200 KB of "1."', '1.'.repeat(100_000), 4000],
  ['200 KB of "twenty-"', 'twenty-'.repeat(30_000), 4000],
  ['200 KB of "between 1 and "', 'between 1 and '.repeat(15_000), 4000],
  ['200 KB of "U.S."', 'U.S.'.repeat(50_000), 4000],
  ['200 KB of "more than "', 'more than '.repeat(20_000), 4000],
  ['200 KB of one long digit run', '9'.repeat(200_000), 4000],
];

suite('numbers: worst-case inputs stay linear', () => {
  for (const [name, text, bound] of WORST) {
    test(`${name} in < ${bound} ms`, () => {
      const t0 = performance.now();
      scanNumbers(text);
      const ms = performance.now() - t0;
      assert.ok(ms < bound, `${name}: ${ms.toFixed(0)} ms`);
    });
  }

  test('claims in a long line of figures are all found', () => {
    const n = 10_000;
    const claims = scanNumbers('sales rose 5% to $3m; '.repeat(n));
    assert.equal(claims.length, 2 * n);
  });
});

import * as assert from 'node:assert/strict';
import { scanNumbers, TRIGGER } from '../../src/engine/extractors/numbers';
import { CARDINALS, FRACTIONS, GROUP_WORDS, MULTIPLIER_WORDS, ORDINALS, SCALES, VAGUE_SCALES } from '../../src/engine/extractors/numbers/numberWords';
import { seededRandom as random } from '../../scripts/seededRandom';

// Random runs of the scanner's trigger words, symbols and figures: whatever the mix, it must not throw,
// and every span must lie inside the text, in order, without overlapping the one before.
const PIECES = (
  '1 12 1,234 3.79 0.5 2008 555 - – / : . , ( ) % $ € £ # + ° US$ HK $ U.S. u.s. GB BYN USD usd dm Rs ' +
  'a an one two twenty - five hundred thousand million bn m k half third quarter thirds of out in every ' +
  'between and to from more than about up at least percent pct per cent percentage points times fold doubled ' +
  'largest km tonnes pounds marks won cents dollars yuan finnish markka Boeing iPhone page No the'
).split(' ');


suite('numbers: random input never breaks the scanner', () => {
  test('2,000 random sentences', () => {
    const next = random(42);
    for (let n = 0; n < 2000; n++) {
      const words: string[] = [];
      for (let w = 0; w < 3 + Math.floor(next() * 25); w++) {
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        words.push(next() < 0.3 ? piece : ` ${piece}`);
      }
      const text = words.join('');
      let last = 0;
      for (const c of scanNumbers(text)) {
        assert.ok(c.start >= last && c.start < c.end && c.end <= text.length, `bad span ${JSON.stringify(c)} in ${JSON.stringify(text)}`);
        assert.ok(Number.isFinite(c.value), `value ${c.value} in ${JSON.stringify(text)}`);
        last = c.end;
      }
    }
  });
});

suite('numbers: the paragraph pre-test never skips a number word', () => {
  // Scale abbreviations and South Asian scales (bn, mln, lakh, crore) only follow digits, which the
  // pre-test matches; every word that can stand without a digit must match on its own.
  const tables = { CARDINALS, FRACTIONS, GROUP_WORDS, MULTIPLIER_WORDS, ORDINALS, VAGUE_SCALES };
  const spelledScales = [...SCALES.keys()].filter((w) => /^(hundred|thousand|million|billion|trillion)$/.test(w));
  for (const [name, words] of [...Object.entries(tables).map(([n, t]) => [n, [...t.keys()]] as const), ['spelled SCALES', spelledScales] as const]) {
    test(name, () => assert.deepEqual(words.filter((w) => !TRIGGER.test(w)), [], `${name} words the pre-test misses`));
  }
});

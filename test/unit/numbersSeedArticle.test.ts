import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED_ARTICLE } from './fixtureArticles';
import { scan, type NumberClaim } from '../../src/engine';

const SEED = SEED_ARTICLE;

suite('numbers: the seed article, through the whole scan', () => {
  const text = readFileSync(SEED, 'utf8');
  const claims = scan(text).claims.filter((c): c is NumberClaim => c.kind === 'number');
  const byText = (t: string) => claims.find((c) => c.text === t);

  for (const [amount, value] of [['3.79 BYN', 3.79], ['2.99 BYN', 2.99], ['3.40 BYN', 3.4]] as const) {
    test(`${amount} is money in BYN`, () => {
      const c = byText(amount);
      assert.ok(c, `no claim ${amount} in ${JSON.stringify(claims.map((x) => x.text))}`);
      assert.equal(c.type, 'money');
      assert.equal(c.value, value);
      assert.equal(c.unit, 'BYN');
      assert.equal(c.qualifier, 'exact');
    });
  }

  test('37 out of 44 is a ratio of 0.841', () => {
    const c = byText('37 out of 44');
    assert.ok(c);
    assert.equal(c.type, 'ratio');
    assert.equal(c.value, 0.841);
    assert.equal(c.numerator, 37);
    assert.equal(c.denominator, 44);
  });

  test('no claim for "One of the key topics", the years or the pronoun "one"', () => {
    for (const c of claims) {
      assert.ok(!/^one$/i.test(c.text), `claim ${c.text}`);
      assert.ok(!/^20\d\d$/.test(c.text), `year ${c.text}`);
    }
    assert.equal(claims.length, 4, JSON.stringify(claims.map((c) => c.text)));
  });

  test('a number inside a date is left to the date', () => {
    const found = scan('The fund lost $2 billion on March 5, 2009.', { referenceDate: '2009-03-06' }).claims;
    assert.deepEqual(found.filter((c) => c.kind === 'number').map((c) => c.text), ['$2 billion']);
  });
});

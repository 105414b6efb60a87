import * as assert from 'node:assert/strict';
import { lowercaseTokenized } from '../../scripts/eval/numbers';
import { assertClaims, type Expected } from './numbersHelpers';

// Lowercased, tokenized newswire: spaces around every symbol, wire abbreviations (mln, dlrs, pct, cts,
// stg) and currency names in lowercase with their nationality.
const NEWSWIRE: [string, Expected[]][] = [
  ['the company said it would pay $ 75 million for the unit .', [{ text: '$ 75 million', type: 'money', value: 75e6, unit: 'USD' }]],
  ['nokia had a profit of 420 million finnish markka .', [{ text: '420 million finnish markka', type: 'money', value: 420e6, unit: 'FIM' }]],
  ['net profit rose 12 pct to 1.5 billion dlrs .', [
    { text: '12 pct', type: 'percent', value: 12 },
    { text: '1.5 billion dlrs', type: 'money', value: 1.5e9, unit: 'USD' },
  ]],
  ['the bank lost 5.5 mln dlrs , or 12 cts a share .', [
    { text: '5.5 mln dlrs', type: 'money', value: 5.5e6, unit: 'USD' },
    { text: '12 cts', type: 'money', value: 0.12, unit: 'USD' },
  ]],
  ['the deal is worth 200 mln stg , or about 320 mln u.s. dlrs .', [
    { text: '200 mln stg', type: 'money', value: 200e6, unit: 'GBP' },
    { text: 'about 320 mln u.s. dlrs', type: 'money', value: 320e6, unit: 'USD', qualifier: 'approx' },
  ]],
  ['exports rose to 2.5 billion yen from 1.9 billion yen .', [
    { text: '2.5 billion yen', type: 'money', value: 2.5e9, unit: 'JPY' },
    { text: '1.9 billion yen', type: 'money', value: 1.9e9, unit: 'JPY' },
  ]],
  ['assets of 1.2 billion swiss francs and 2.3 billion french francs', [
    { text: '1.2 billion swiss francs', type: 'money', value: 1.2e9, unit: 'CHF' },
    { text: '2.3 billion french francs', type: 'money', value: 2.3e9, unit: 'FRF' },
  ]],
  ['a loan of 50 mln marks and 3,500 swedish crowns', [
    { text: '50 mln marks', type: 'money', value: 50e6, unit: 'DEM' },
    { text: '3,500 swedish crowns', type: 'money', value: 3500, unit: 'SEK' },
  ]],
  ['the dollar closed at 1.8050 marks .', [{ text: '1.8050 marks', type: 'money', value: 1.805, unit: 'DEM' }]],
  ['revenue of u.s. $ 1.2 billion and c$ 15.50 a share', [
    { text: 'u.s. $ 1.2 billion', type: 'money', value: 1.2e9, unit: 'USD' },
    { text: 'c$ 15.50', type: 'money', value: 15.5, unit: 'CAD' },
  ]],
  ['it paid 45 u.s. dollars and 300 rupees and 12 million rand .', [
    { text: '45 u.s. dollars', type: 'money', value: 45, unit: 'USD' },
    { text: '300 rupees', type: 'money', value: 300, unit: 'INR' },
    { text: '12 million rand', type: 'money', value: 12e6, unit: 'ZAR' },
  ]],
  ['the stake rose to 25.5 pct from 20 pct .', [
    { text: '25.5 pct', type: 'percent', value: 25.5 },
    { text: '20 pct', type: 'percent', value: 20 },
  ]],
  ['inflation fell to 7.1 percent , or 0.3 percentage points .', [
    { text: '7.1 percent', type: 'percent', value: 7.1 },
    { text: '0.3 percentage points', type: 'percentage-points', value: 0.3 },
  ]],
  ['it fell 12 % to 3.4 billion usd .', [
    { text: '12 %', type: 'percent', value: 12 },
    { text: '3.4 billion usd', type: 'money', value: 3.4e9, unit: 'USD' },
  ]],
  ['sales of # 13 billion were reported .', [{ text: '# 13 billion', type: 'money', value: 13e9, unit: 'GBP' }]],
  ['the fee was # 500,000 , and it ranked # 1 .', [{ text: '# 500,000', type: 'money', value: 500000, unit: 'GBP' }]],
  ['between 20 and 25 pct of the 1,200 staff', [
    { text: 'between 20 and 25 pct', type: 'percent', value: 20, valueHigh: 25 },
    { text: '1,200', type: 'count', value: 1200 },
  ]],
  ['the prime rate rose to 7-1/2 pct , and bonds yield 8 3/4 pct .', [
    { text: '7-1/2 pct', type: 'percent', value: 7.5 },
    { text: '8 3/4 pct', type: 'percent', value: 8.75 },
  ]],
  ['rates rose a quarter of a percentage point , or half a percentage point in all .', [
    { text: 'a quarter of a percentage point', type: 'percentage-points', value: 0.25 },
    { text: 'half a percentage point', type: 'percentage-points', value: 0.5 },
  ]],
  ['open 24/7 since 3/4', []],
  ["it lent 5 mln ecus , 20 mln aust dlrs , 2 mln n.z. dlrs , 7 mln s'pore dlrs and 9 mln d-marks .", [
    { text: '5 mln ecus', type: 'money', value: 5e6, unit: 'XEU' },
    { text: '20 mln aust dlrs', type: 'money', value: 20e6, unit: 'AUD' },
    { text: '2 mln n.z. dlrs', type: 'money', value: 2e6, unit: 'NZD' },
    { text: "7 mln s'pore dlrs", type: 'money', value: 7e6, unit: 'SGD' },
    { text: '9 mln d-marks', type: 'money', value: 9e6, unit: 'DEM' },
  ]],
];

suite('numbers: lowercased, tokenized newswire', () => {
  for (const [input, expected] of NEWSWIRE) test(input, () => assertClaims(input, expected));
});

suite('numbers: the eval makes lowercased, tokenized copies with a true offset map', () => {
  test('symbols spaced, text lowercased, offsets mapped', () => {
    const original = 'GM lost $6 billion (about 5%), it said.';
    const copy = lowercaseTokenized(original);
    assert.equal(copy.text, 'gm lost $ 6 billion ( about 5 % ) , it said .');
    const at = original.indexOf('$6 billion');
    const end = at + '$6 billion'.length;
    assert.equal(copy.text.slice(copy.at[at], copy.at[end - 1] + 1), '$ 6 billion');
  });
});

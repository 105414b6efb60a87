import * as assert from 'node:assert/strict';
import { describeInWords, describeValue, formatNumber, partialInWords, scan } from '../../src/engine';

/** The first claim whose text is `needle`, described in words. */
function words(text: string, needle: string, referenceDate: string | null = null): string {
  const result = scan(text, { referenceDate });
  const claim = result.claims.find((c) => c.text === needle);
  assert.ok(claim, `no claim "${needle}" in ${result.claims.map((c) => c.text).join(', ')}`);
  return describeInWords(claim, result.referenceDate);
}

suite('values in words', () => {
  const cases: [string, string, string | null, string][] = [
    ['Bread costs 3.79 BYN.', '3.79 BYN', null, '3.79 Belarusian rubles (BYN)'],
    ['The deal is worth $4.5bn.', '$4.5bn', null, '4,500,000,000 US dollars (USD)'],
    ['China leads in 37 out of 44 fields.', '37 out of 44', null, 'ratio 37/44 = 84.1%'],
    ['Next year will be busy.', 'Next year', '2025-06-03', '2026, relative to the publication date 2025-06-03'],
    ['It began in December 2023.', 'December 2023', null, '2023-12 (December 2023)'],
    ['We meet tomorrow.', 'tomorrow', null, 'a relative date: the publication date is unknown, so it cannot be resolved'],
  ];
  for (const [text, needle, ref, expected] of cases) {
    test(`${needle}${ref ? ` (published ${ref})` : ''} → ${expected}`, () => assert.equal(words(text, needle, ref), expected));
  }

  const numbers: [number, string][] = [
    [0.1 + 0.2, '0.3'],
    [4500000000, '4,500,000,000'],
    [0.84090909, '0.8409'],
    [-12.5, '-12.5'],
  ];
  for (const [value, expected] of numbers) {
    test(`formatNumber(${value}) = ${expected}`, () => assert.equal(formatNumber(value), expected));
  }

  test('an unknown currency code falls back to the plain form', () => {
    const claim = { kind: 'number', type: 'money', value: 5, unit: 'XYZW', id: 'n', start: 0, end: 1, text: '5', attribution: null, sentence: { start: 0, end: 1 } } as const;
    assert.equal(describeInWords(claim, null), describeValue(claim));
  });
});

suite('describe: a partial publication date', () => {
  test('a relative date under a dateline without a year says what is missing', () => {
    const claim = scan('MINSK, May 28 (BelTA) – The talks went on yesterday.', {}).claims.find((c) => c.kind === 'date')!;
    const cases: [string | undefined, RegExp][] = [
      ['XXXX-05-28', /the dateline gives 28 May but not the year, so it cannot be resolved until the year is given/],
      [undefined, /the publication date is unknown/],
    ];
    for (const [partial, expected] of cases) assert.match(describeInWords(claim, null, partial), expected);
    assert.equal(partialInWords('XXXX-01-03'), 'the dateline gives 3 January but not the year');
  });
});

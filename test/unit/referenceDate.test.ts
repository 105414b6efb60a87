import * as assert from 'node:assert/strict';
import { findDateline } from '../../src/engine/resolvers/dateline';
import { isoDay, resolveReferenceDate } from '../../src/engine/resolvers/referenceDate';
import { buildTextModel } from '../../src/engine/text/textModel';

const model = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => buildTextModel(text, format);

suite('reference date', () => {
  test('datelines', () => {
    const cases: [string, string | null][] = [
      ['Airbus wins order\n\nMarch 01, 2008\n\nAirbus said today it won.', '2008-03-01'],
      ['MINSK, May 28, 2025 (BelTA) – The talks began yesterday.', '2025-05-28'],
      ['MINSK, May 28 (BelTA) – The talks that began on 20 May 2025 went on yesterday.', '2025-05-28'],
      ['LONDON, 3 January (Reuters) - Talks held on 30 December 2024 ended.', '2025-01-03'],
      ['Published 4 March 2024\n\nIt rained.', '2024-03-04'],
      ['Updated: 2024-03-04\n\nIt rained.', '2024-03-04'],
      // No year anywhere: a yearless dateline gives no date to rely on.
      ['MINSK, May 28 (BelTA) – The talks began yesterday.', null],
      // A date inside a sentence of the body is not a dateline.
      ['In a speech on March 3, 2020, he said so.', null],
      ['The plant, which opened on March 3, 2020, closed.', null],
    ];
    for (const [text, expected] of cases) assert.equal(findDateline(model(text)), expected, text);
  });

  test('the order of authority: option, front matter, dateline', () => {
    const text = '---\ndate: 2024-01-02\n---\n\nMarch 01, 2008\n\nHe left today.';
    assert.deepEqual(resolveReferenceDate(model(text, 'markdown'), '2025-06-03'), { date: '2025-06-03', source: 'option' });
    assert.deepEqual(resolveReferenceDate(model(text, 'markdown'), null), { date: '2024-01-02', source: 'front-matter' });
    assert.deepEqual(resolveReferenceDate(model('March 01, 2008\n\nHe left today.'), null), { date: '2008-03-01', source: 'dateline' });
    assert.deepEqual(resolveReferenceDate(model('He left today.'), null), { date: null, source: 'none' });
    // A malformed option is ignored rather than trusted.
    assert.deepEqual(resolveReferenceDate(model('He left today.'), '2025-02-30'), { date: null, source: 'none' });
  });

  test('isoDay accepts only calendar days', () => {
    const cases: [string | null, string | null][] = [
      ['2025-06-03', '2025-06-03'],
      ['2025-06-03T10:00:00Z', '2025-06-03'],
      ['2024-02-29', '2024-02-29'],
      ['2025-02-29', null],
      ['03-02-2009', null],
      [null, null],
    ];
    for (const [input, expected] of cases) assert.equal(isoDay(input), expected, String(input));
  });
});

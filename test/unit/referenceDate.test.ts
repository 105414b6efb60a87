import * as assert from 'node:assert/strict';
import { findDateline } from '../../src/engine/resolvers/dateline';
import { isoDay, resolveReferenceDate } from '../../src/engine/resolvers/referenceDate';
import { parsePublicationTime, type PublicationTime } from '../../src/engine/resolvers/publicationTime';
import { buildTextModel } from '../../src/engine/text/textModel';

const model = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => buildTextModel(text, format);

suite('reference date', () => {
  test('datelines', () => {
    const cases: [string, string | null][] = [
      ['Airbus wins order\n\nMarch 01, 2008\n\nAirbus said today it won.', '2008-03-01'],
      ['MINSK, May 28, 2025 (BelTA) – The talks began yesterday.', '2025-05-28'],
      // A yearless dateline takes its year from nowhere: a story may tell of last year or the next.
      ['MINSK, May 28 (BelTA) – The talks that began on 20 May 2025 went on yesterday.', 'XXXX-05-28'],
      ['LONDON, 3 January (Reuters) - Talks held on 30 December 2024 ended.', 'XXXX-01-03'],
      ['Published 4 March 2024\n\nIt rained.', '2024-03-04'],
      ['Updated: 2024-03-04\n\nIt rained.', '2024-03-04'],
      ['MINSK, May 28 (BelTA) – The talks began yesterday.', 'XXXX-05-28'],
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
    // A malformed option is ignored rather than trusted (the CLI and the editor refuse it first).
    assert.deepEqual(resolveReferenceDate(model('He left today.'), '2025-02-30'), { date: null, source: 'none' });
    // A date-time keeps its time of day; a yearless dateline is a partial date, not a publication date.
    assert.deepEqual(resolveReferenceDate(model('He left today.'), '2024-03-05T10:00:00Z'), { date: '2024-03-05', source: 'option', time: '10:00' });
    assert.deepEqual(resolveReferenceDate(model('MINSK, May 28 (BelTA) – It rained.'), null), { date: null, source: 'none', partial: 'XXXX-05-28' });
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

suite('publication time', () => {
  test('ISO 8601 dates and date-times, and what the calendar or the clock does not have', () => {
    const cases: [string, PublicationTime | RegExp][] = [
      ['2024-03-05', { date: '2024-03-05', time: null }],
      ['2024-03-05T10:00:00Z', { date: '2024-03-05', time: '10:00' }],
      ['1998-02-13T14:26', { date: '1998-02-13', time: '14:26' }],
      ['1998-02-13T14:26:00-05:00', { date: '1998-02-13', time: '14:26' }],
      ['19980213', { date: '1998-02-13', time: null }],
      [' 2024-02-29 ', { date: '2024-02-29', time: null }],
      ['2024-02-30', /February 2024 has 29 days/],
      ['2023-02-29', /February 2023 has 28 days/],
      ['2024-13-45', /no such month: 13/],
      ['2024-00-10', /no such month: 00/],
      ['2024-03-05T24:30', /no such time of day: 24:30/],
      ['2024-03-05T10:61', /no such time of day/],
      ['03/06/2025', /not a date as YYYY-MM-DD/],
      ['2024-03-05 and more', /not a date/],
      ['', /not a date/],
    ];
    for (const [value, expected] of cases) {
      const read = parsePublicationTime(value);
      if (expected instanceof RegExp) assert.match('error' in read ? read.error : 'accepted', expected, value);
      else assert.deepEqual(read, expected, value);
    }
  });
});

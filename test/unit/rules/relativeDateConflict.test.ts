import * as assert from 'node:assert/strict';
import { readDayMonth } from '../../../src/engine/rules/support/dayMonth';
import { checkCases, flagged, type Case } from './helpers';

suite('relative-date-conflict (VER011)', () => {
  test('reads the day and month written after a relative word', () => {
    const cases: [string, [number, number, number | null] | null][] = [
      ['3 May, officials', [5, 3, null]],
      ['the 3rd of May', [5, 3, null]],
      ['May 3, 2022 and', [5, 3, 2022]],
      ['June 2 in Minsk', [6, 2, null]],
      ['Theresa May said', null],
      ['32 May', null],
      ['officials met', null],
    ];
    for (const [text, expected] of cases) {
      const d = readDayMonth(text);
      assert.deepEqual(d && [d.month, d.day, d.year], expected, text);
    }
  });

  test('cases', () => {
    // 12 May 2022 was a Thursday.
    const cases: Case[] = [
      ['Last Tuesday, 3 May, the ministers met.', '2022-05-12', ['Last Tuesday, 3 May']],
      ['Last Tuesday, 10 May, the ministers met.', '2022-05-12', []],
      // A count of days or weeks ago.
      ['Two days ago, on 8 May, the council voted.', '2022-05-12', ['Two days ago, on 8 May']],
      ['Two days ago, on 10 May, the council voted.', '2022-05-12', []],
      ['A week ago, on May 5, the board met.', '2022-05-12', []],
      ['Three weeks ago, on May 3, the board met.', '2022-05-12', ['Three weeks ago, on May 3']],
      ['The ceremony is tomorrow, June 2, in Minsk.', '2023-06-02', ['tomorrow, June 2']],
      ['The ceremony is tomorrow, June 3, in Minsk.', '2023-06-02', []],
      ['Yesterday (Monday) the talks ended.', '2022-05-12', ['Yesterday (Monday']],
      ['Yesterday (Wednesday) the talks ended.', '2022-05-12', []],
      ['Today, May 12, 2022, the port reopened.', '2022-05-12', []],
      ['Today, May 12, 2021, the port reopened.', '2022-05-12', ['Today, May 12, 2021']],
      ['Ministers met this morning, May 11, in Minsk.', '2022-05-12', ['this morning, May 11']],
      ['Ministers met this morning, May 12, in Minsk.', '2022-05-12', []],
      // "Next Tuesday" may be the coming Tuesday or the one after it.
      ['They meet next Tuesday, 17 May.', '2022-05-12', []],
      ['They meet next Tuesday, 24 May.', '2022-05-12', []],
      ['They meet next Tuesday, 19 May.', '2022-05-12', ['next Tuesday, 19 May']],
      // A quotation counts from the day it was said.
      ['“Tomorrow, June 2, we vote,” the mayor said on Thursday.', '2023-06-02', []],
      // No such day.
      ['The ceremony is tomorrow, June 31, in Minsk.', '2023-06-02', []],
      // Without a publication date nothing can be counted.
      ['Last Tuesday, 3 May, the ministers met.', null, []],
      // A possessive is not a restated date.
      ["Today's meeting, May 3, was short.", '2022-05-12', []],
    ];
    checkCases('relative-date-conflict', cases);
  });

  test('the message states both days', () => {
    const [f] = flagged('Last Tuesday, 3 May, the ministers met.', 'relative-date-conflict', { referenceDate: '2022-05-12' });
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '"Last Tuesday" is 10 May 2022 for an article dated 12 May 2022, but the text gives 3 May 2022.');
  });
});

import * as assert from 'node:assert/strict';
import { datesOf } from './datesHelpers';

type Case = [string, [string, string][]];

// Reference date: Tuesday 22 February 2000.
function check(cases: Case[], ref = '2000-02-22'): void {
  for (const [text, expected] of cases) assert.deepEqual(datesOf(text, ref), expected, text);
}

suite('dates: extents as TimeBank draws them', () => {
  test('one expression each', () => {
    check([
      ['He was shot to death last Oct. 23 at home.', [['Oct. 23', '1999-10-23']]],
      ['He appeared in court the next morning.', [['the next morning', '2000-02-23TMO']]],
      ['The hearing is set for the week of March 6.', [['the week of March 6', '2000-W10']]],
      ['He was seen in the weeks before the shooting.', [['weeks', 'PXW']]],
      ['The issue aroused in the late 1980s remains.', [['late 1980s', '198X']]],
      ['The editorial ran on Monday, Feb. 21.', [['Monday, Feb. 21', '2000-02-21']]],
      ['Cars of the 70s are gone.', [['70s', '197X']]],
      ['The summit on April 24 and 25 will be held in Washington.', [['April 24', '2000-04-24'], ['25', '2000-04-25']]],
    ]);
  });

  test('what stays out of an expression', () => {
    check([
      // A month named with last or next but no day.
      ['It was sold last October.', [['last October', '1999-10']]],
      // A weekday with a comma and a figure that is no date.
      ['On Monday, 25 people left.', [['Monday', '2000-02-21']]],
      // A count after a date is no second day.
      ['It rose 5% on April 24 and 25 people left.', [['April 24', '2000-04-24']]],
      ['It closed on April 24 and 25% of staff left.', [['April 24', '2000-04-24']]],
      // The days of a period are not a stretch before an event.
      ['Those were the days of old.', []],
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { datesOf } from './datesHelpers';

// Reference date: Thursday 26 October 1989, in the fourth quarter.
const REF = '1989-10-26';
type Case = [string, [string, string][]];

function check(cases: Case[], ref = REF): void {
  for (const [text, expected] of cases) assert.deepEqual(datesOf(text, ref), expected, text);
}

suite('dates: the tense of the governing verb', () => {
  test('weekdays back in the past, ahead in the future', () => {
    check([
      ['The board met on Tuesday.', [['Tuesday', '1989-10-24']]],
      ['The board will meet on Tuesday.', [['Tuesday', '1989-10-31']]],
      // Said in the past of what was to come: today, when today is the day.
      ['The plane was set to land on Thursday.', [['Thursday', '1989-10-26']]],
      ['The plane will land on Thursday.', [['Thursday', '1989-11-02']]],
      // A verb of saying closing the sentence dates the telling, not what is told.
      ['The group would leave as soon as Tuesday, Castro said.', [['Tuesday', '1989-10-31']]],
      // Before the date it governs it, next to it or not.
      ['Castro said in an interview Tuesday.', [['Tuesday', '1989-10-24']]],
      // A deadline lies ahead of the telling, whatever the tense of its verb; today counts.
      ['The agency extended its deadline until 9 a.m. Tuesday.', [['9 a.m. Tuesday', '1989-10-31T09:00']]],
      ['Officials postponed the vote until Thursday.', [['Thursday', '1989-10-26']]],
      ['He worked there from Tuesday.', [['Tuesday', '1989-10-24']]],
      // The verb right after the date governs it.
      ['He will stay, even after a court Tuesday refused to hear him.', [['Tuesday', '1989-10-24']]],
    ]);
  });

  test('months and quarters by tense and mood', () => {
    check([
      ['Rates rose in December.', [['December', '1988-12']]],
      ['Economists see a potential rate hike in December.', [['December', '1989-12']]],
      ['Talks are planned for February.', [['February', '1990-02']]],
      ['Talks were held in February.', [['February', '1989-02']]],
      ['Profit rose in the third quarter, the company said.', [['the third quarter', '1989-Q3']]],
      // The quarter just ended: its results are still to come.
      ['The company will report results for the third quarter.', [['the third quarter', '1989-Q3']]],
      ['Sales will pick up in the first quarter.', [['the first quarter', '1990-Q1']]],
    ]);
  });

  test('what is not a past tense', () => {
    check([
      // A name in -ed, an adjective in -ed, a verb in -eed.
      ['They will fly with United on Tuesday.', [['Tuesday', '1989-10-31']]],
      ['The bank opens its troubled branch on Tuesday.', [['Tuesday', '1989-10-31']]],
      ['Output will rise as the talks proceed on Tuesday.', [['Tuesday', '1989-10-31']]],
    ]);
  });
});

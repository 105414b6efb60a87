import * as assert from 'node:assert/strict';
import { datesOf } from './datesHelpers';

// Reference date for every table: Friday 22 March 2013 (ISO week 12).
type Case = [string, [string, string][]];

function check(cases: Case[], ref = '2013-03-22'): void {
  for (const [text, expected] of cases) assert.deepEqual(datesOf(text, ref), expected, text);
}

suite('dates: calendar dates', () => {
  test('full, partial and numeric dates', () => {
    check([
      ['It was signed on March 22, 2013 in Paris.', [['March 22, 2013', '2013-03-22']]],
      ['The deal closed on 22 March 2013.', [['22 March 2013', '2013-03-22']]],
      ['He arrived on 11 December.', [['11 December', '2012-12-11']]],
      ['It opens on June 1st.', [['June 1st', '2013-06-01']]],
      ['Prices rose in December 2023.', [['December 2023', '2023-12']]],
      ['The file is dated 2013-03-04.', [['2013-03-04', '2013-03-04']]],
      ['It was written as 7/8/07 in America.', [['7/8/07', '2007-07-08']]],
      ['It rained on Sept. 5, 2012.', [['Sept. 5, 2012', '2012-09-05']]],
      ['It ends on the 5th of May.', [['the 5th of May', '2013-05-05']]],
    ]);
  });

  test('numeric dates follow the day/month order setting', () => {
    assert.deepEqual(datesOf('The vote is on 03/04/2025.', null, 'mdy'), [['03/04/2025', '2025-03-04']]);
    assert.deepEqual(datesOf('The vote is on 03/04/2025.', null, 'dmy'), [['03/04/2025', '2025-04-03']]);
  });

  test('bare months take the year the tense points to', () => {
    check([
      ['Sales fell in February.', [['February', '2013-02']]],
      ['Sales fell in October.', [['October', '2012-10']]],
      ['The plant will open in October.', [['October', '2013-10']]],
      ['It will be renewed after October of next year.', [['October of next year', '2014-10']]],
      ['They met in early June.', [['early June', '2012-06']]],
      ['It rose between September and October of 2007.', [['September', '2007-09'], ['October of 2007', '2007-10']]],
    ]);
  });

  test('what is not a month', () => {
    check([
      ['Theresa May said no.', []],
      ['They may march on the capital.', []],
      ['Protesters March to the square.', []],
      ['April Ryan asked a question.', []],
      ['He got 12.53% of the vote.', []],
      ['Call 555-1234 for details.', []],
      ['Version 3.4.1 fixes it.', []],
      ['The team won 3-2.', []],
    ]);
  });
});

suite('dates: years, decades and centuries', () => {
  test('bare years where they are dates', () => {
    check([
      ['It launched in 2025.', [['2025', '2025']]],
      ['2026 will be a year of cooperation.', [['2026', '2026'], ['a year', 'P1Y']]],
      ['The 1991 agreement still stands.', [['1991', '1991']]],
      ['Sales peaked in the 1990s.', [['1990s', '199X']]],
      ['The boxy cars of the 70s are gone.', [['70s', '197X']]],
      ['It is the lowest level since \'82.', [["'82", '1982']]],
      ['It was built in the 19th century.', [['the 19th century', '18']]],
      ['He wants it done by mid-2011.', [['mid-2011', '2011']]],
      ['By the mid-1990s most mines had closed.', [['mid-1990s', '199X']]],
      ['Steve Jobs, 1955-2011, founded Apple.', [['1955', '1955'], ['2011', '2011']]],
    ]);
  });

  test('four digits that are not years', () => {
    check([
      ['The company hired 2000 workers.', []],
      ['It cost $2013 in all.', []],
      ['Flight 2013 landed safely.', []],
      ['The index fell to 1987 points.', []],
      ['Prices rose 2013%.', []],
      ['The Russell 2000 Index dropped.', []],
    ]);
  });
});

suite('dates: seasons, quarters, halves and fiscal years', () => {
  test('periods of a year', () => {
    check([
      ['Sales rose in the third quarter of 2009.', [['the third quarter of 2009', '2009-Q3']]],
      ['Sales fell in the fourth quarter.', [['the fourth quarter', '2012-Q4']]],
      ['Profits doubled in the last quarter.', [['the last quarter', '2012-Q4']]],
      ['The company reported third-quarter income of $5 million.', [['third-quarter', '2012-Q3']]],
      ['It will close plants in the fourth quarter.', [['the fourth quarter', '2013-Q4']]],
      ['Results for Q3 2024 are due.', [['Q3 2024', '2024-Q3']]],
      ['Sales fell in Q4.', [['Q4', '2012-Q4']]],
      ['Sales will peak in the fourth quarter of the year.', [['the fourth quarter of the year', '2013-Q4']]],
      ['Growth slowed in the first half of 2012.', [['the first half of 2012', '2012-H1']]],
      ['Revenue hit a record in fiscal 2012.', [['fiscal 2012', 'FY2012']]],
      ['The FY2014 budget is set.', [['FY2014', 'FY2014']]],
      ['Revenue was $4.5bn for the 2012 financial year.', [['the 2012 financial year', 'FY2012']]],
      ['It shows signs of hope this spring.', [['this spring', '2013-SP']]],
      ['It launches in the summer of 2014.', [['the summer of 2014', '2014-SU']]],
    ]);
  });

  test('not periods', () => {
    check([
      ['Shares could fall sharply.', []],
      ['It cut about a quarter of its dealers.', []],
      ['He won the first half of the match.', []],
      ['They led in the first quarter of the match.', []],
      ['The Audi Q3 sold well.', []],
      ['H2 production is costly.', []],
    ]);
  });
});

suite('dates: times and parts of days', () => {
  test('clock times', () => {
    check([
      ['It took off at 18:00 UTC.', [['18:00 UTC', '2013-03-22T18:00Z']]],
      ['The talks start at 4 p.m.', [['4 p.m.', '2013-03-22T16:00']]],
      ['Trading halted at 0800 GMT.', [['0800 GMT', '2013-03-22T08:00Z']]],
      ['It landed at 6:40 p.m. (GMT +8) after a long flight.', [['6:40 p.m. (GMT +8)', '2013-03-22T18:40']]],
      ['It starts at 4.30pm.', [['4.30pm', '2013-03-22T16:30']]],
      ['He filed at 12:00 UTC Monday.', [['12:00 UTC Monday', '2013-03-18T12:00Z']]],
      ['It flew on Tuesday at 09:30.', [['Tuesday', '2013-03-19'], ['09:30', '2013-03-19T09:30']]],
    ]);
  });

  test('parts of days', () => {
    check([
      ['Apple announced this morning that it won.', [['this morning', '2013-03-22TMO']]],
      ['It spoke on Friday morning.', [['Friday morning', '2013-03-22TMO']]],
      ['Stocks rose in morning trading.', [['morning', '2013-03-22TMO']]],
      ['The vote is tonight.', [['tonight', '2013-03-22TNI']]],
    ]);
  });

  test('not times', () => {
    check([
      ['The home side won 21:17 in the end.', []],
      ['The ratio was 3:1.', []],
      ['Version 10.12.2019 shipped.', []],
      ['The final score was 2:45 after extra time.', []],
      ['See https://news.example.com/2024/03/04/12:30/story for more.', []],
    ]);
  });
});

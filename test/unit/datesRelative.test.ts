import * as assert from 'node:assert/strict';
import { dateClaims, datesOf } from './datesHelpers';

// Reference date: Friday 22 March 2013, ISO week 2013-W12.
type Case = [string, [string, string][]];

function check(cases: Case[], ref: string | null = '2013-03-22'): void {
  for (const [text, expected] of cases) assert.deepEqual(datesOf(text, ref), expected, text);
}

suite('dates: relative expressions', () => {
  test('days, weeks, months and years told from the publication date', () => {
    check([
      ['The company said today that it would.', [['today', '2013-03-22']]],
      ['He arrived yesterday.', [['yesterday', '2013-03-21']]],
      ['They meet tomorrow.', [['tomorrow', '2013-03-23']]],
      // TimeBank leaves "earlier" and "later" out before a day or this week, not before this year.
      ['It fell 2% earlier today.', [['today', '2013-03-22']]],
      ['Earlier Friday, lawyers filed a motion.', [['Friday', '2013-03-22']]],
      ['He agreed to a meeting earlier this week.', [['this week', '2013-W12']]],
      ['He spoke during a speech last week.', [['last week', '2013-W11']]],
      ['Sales rose this month.', [['this month', '2013-03']]],
      ['It will be dedicated to industry next year.', [['next year', '2014']]],
      ['Prices fell earlier this year.', [['earlier this year', '2013']]],
      ['It was his best result the last year.', [['the last year', '2012']]],
      ['The index fell two weeks ago.', [['two weeks ago', '2013-03-08']]],
      ['It broke down three years ago.', [['three years ago', '2010']]],
      ['Sales rose 5% from a year earlier.', [['a year earlier', '2012']]],
      ['It opened in 2009 and closed two years later.', [['2009', '2009'], ['two years later', '2011']]],
      ['Profit beat year-ago levels.', [['year-ago', '2012']]],
      ['Debt will fall by year-end.', [['year-end', '2013']]],
      ['Stocks fell this past week.', [['this past week', '2013-W11']]],
      ['It was sold last September.', [['last September', '2012-09']]],
      ['Losses grew by the end of last year.', [['the end of last year', '2012']]],
      ['Sales rose 4% on the same period last year.', [['the same period last year', '2012']]],
      ['Costs were higher the previous year.', [['the previous year', '2012']]],
      ['It happened last night.', [['last night', '2013-03-21TNI']]],
      ['Trading was suspended for a second consecutive day.', [['a second consecutive day', '2013-03-22']]],
      ['Stocks had their best week since 2009.', [['week', '2013-W12'], ['2009', '2009']]],
      ['Sales rose 43% in February compared to the same period last year.', [['February', '2013-02'], ['the same period last year', '2012-02']]],
      ['Costs were $118bn in 2010, $19bn less than the year before.', [['2010', '2010'], ['the year before', '2009']]],
      ['Sales were weak over Christmas.', [['Christmas', '2012-12-25']]],
      ['The shop will open on Christmas Eve 2014.', [['Christmas Eve 2014', '2014-12-24']]],
    ]);
  });

  test('the extent holds the determiner and the modifier, not the preposition', () => {
    check([
      ['Jobs will go over the next four years.', [['the next four years', 'P4Y']]],
      ['It grew in the past decade.', [['the past decade', 'P10Y']]],
      ['He left in late 2006.', [['late 2006', '2006']]],
      ['It ended at the very beginning of the financial year.', [['the very beginning of the financial year', 'FY2013']]],
    ]);
  });

  test('weekdays by tense', () => {
    check([
      ['The company announced on Tuesday that it won.', [['Tuesday', '2013-03-19']]],
      ['The company announced on Friday that it won.', [['Friday', '2013-03-22']]],
      ['The trial is set to begin on Wednesday.', [['Wednesday', '2013-03-27']]],
      ['Markets will reopen on Friday.', [['Friday', '2013-03-29']]],
      ['Talks resume on Tuesday in Geneva.', [['Tuesday', '2013-03-26']]],
      ['Talks resumed on Tuesday in Geneva.', [['Tuesday', '2013-03-19']]],
      ['He quit last Monday.', [['last Monday', '2013-03-18']]],
      ['Shops close on Sundays.', [['Sundays', 'XXXX-WXX-7']]],
      ['Stocks fell on the anniversary of Black Monday.', [['Black Monday', 'XXXX-XX-XX']]],
      ['The strike will last until 6 a.m. Saturday.', [['6 a.m. Saturday', '2013-03-23T06:00']]],
    ]);
  });

  test('with no publication date, relative values keep X placeholders', () => {
    check(
      [
        ['They meet tomorrow.', [['tomorrow', 'XXXX-XX-XX']]],
        ['He spoke last week.', [['last week', 'XXXX-WXX']]],
        ['It will be dedicated to industry next year.', [['next year', 'XXXX']]],
        ['The vote is on Friday.', [['Friday', 'XXXX-WXX-5']]],
        ['It opened on 11 December.', [['11 December', 'XXXX-12-11']]],
        ['It opened in December 2023.', [['December 2023', '2023-12']]],
      ],
      null,
    );
  });

  test('claims say whether they are relative and resolved', () => {
    const cases: [string, string | null, boolean, boolean][] = [
      ['They meet tomorrow.', '2013-03-22', true, true],
      ['They meet tomorrow.', null, true, false],
      ['It opened in December 2023.', null, false, true],
      ['It lasted a month.', null, false, true],
      ['It is currently closed.', null, true, true],
      // Told from the year said before it, it needs no publication date.
      ['It opened in 2009 and closed two years later.', null, true, true],
    ];
    for (const [text, ref, relative, resolved] of cases) {
      const claim = dateClaims(text, ref).at(-1)!;
      assert.deepEqual([claim.relative, claim.resolved], [relative, resolved], `${text} (${ref})`);
    }
  });

  test('not relative dates', () => {
    check([
      ['The day after the vote, he left.', []],
      ['The Sunday Times reported it first.', []],
      ['It was the best day of my life.', []],
      ['It flew three years after it was due.', [['three years', 'P3Y']]],
      ['He had a second chance.', []],
      ['Soon-to-open stores are listed.', []],
      ['He will come back as soon as he can.', []],
    ]);
  });
});

suite('dates: durations, sets and references', () => {
  test('durations', () => {
    check([
      ['The contract runs for a month.', [['a month', 'P1M']]],
      ["Over the aircraft's fifty-year service life.", [['fifty-year', 'P50Y']]],
      ['It took three decades.', [['three decades', 'P30Y']]],
      // A hedge is TIMEX3's mod, outside the extent, but for "ago".
      ['It is almost two and a half years late.', [['two and a half years', 'P2.5Y']]],
      ['He spent only five hours there.', [['five hours', 'PT5H']]],
      ['It closed almost four years ago.', [['almost four years ago', '2009']]],
      ['The system failed after thirty minutes.', [['thirty minutes', 'PT30M']]],
      ['It was a 12-hour flight.', [['12-hour', 'PT12H']]],
      ['It has been pushed back several years.', [['several years', 'PXY']]],
      ['The Dow fell for six straight days.', [['six straight days', 'P6D']]],
      ['Prices have not been this high in years.', [['years', 'PXY']]],
      ['It ended half an hour later.', [['half an hour', 'PT30M']]],
      ['Workers held a two hour stoppage.', [['two hour', 'PT2H']]],
      ['It lost $8.6 billion in 2005, a loss for the entire year.', [['2005', '2005'], ['the entire year', '2005']]],
      ['The repairs took half a year.', [['half a year', 'P6M']]],
    ]);
  });

  test('sets', () => {
    check([
      ['The show is held annually.', [['annually', 'P1Y']]],
      ['Prices change each season.', [['each season', 'P1Y']]],
      ['It delivers 15 tankers at a rate of 15 a year.', [['a year', 'P1Y']]],
      ['Claims for weekly benefits rose.', [['weekly', 'P1W']]],
      ['The board meets every two years.', [['every two years', 'P2Y']]],
      ['The board meets twice a year.', [['twice a year', 'P1Y']]],
      ['It is serviced three times a week.', [['three times a week', 'P1W']]],
    ]);
  });

  test('references to the present, past and future', () => {
    check([
      ['The iPod is now smaller.', [['now', 'PRESENT_REF']]],
      ['The store currently sells music.', [['currently', 'PRESENT_REF']]],
      ['It has recently begun to sell films.', [['recently', 'PAST_REF']]],
      ['It fell more than at any time in recent years.', [['recent years', 'PAST_REF']]],
      ['Those are the mistakes of the past.', [['the past', 'PAST_REF']]],
      ['It may return in the future.', [['the future', 'FUTURE_REF']]],
    ]);
  });

  test('not durations, sets or references', () => {
    check([
      ['The China Daily newspaper reported it.', []],
      ['The now-cancelled deal is gone.', []],
      ['Christmas trees were sold out.', []],
      ['The boat was caught in a strong current.', []],
      ['2026 Will Be a Year of Industrial Cooperation', [['2026', '2026']]],
      ['A 56-year-old man was hurt.', []],
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { ParagraphCache, scan } from '../../src/engine';
import { datesOf } from './datesHelpers';

// Reference date: Thursday 26 October 1989.
const REF = '1989-10-26';
type Case = [string, [string, string][]];

function check(cases: Case[], ref: string | null = REF): void {
  for (const [text, expected] of cases) assert.deepEqual(datesOf(text, ref), expected, text);
}

suite('dates: the period in focus', () => {
  test('a year earlier, a year ago: the period in focus a year before', () => {
    check([
      ['Profit rose in the third quarter from $5 million a year earlier.', [['the third quarter', '1989-Q3'], ['a year earlier', '1988-Q3']]],
      // Across sentences and paragraphs: the last period the article named.
      ['Profit rose 5% in the third quarter.\n\nSales were up from a year ago.', [['the third quarter', '1989-Q3'], ['a year ago', '1988-Q3']]],
      ['Sales rose in September.\n\nThey were flat two years earlier.', [['September', '1989-09'], ['two years earlier', '1987-09']]],
      ['Profit rose in the third quarter.\n\nIt was up from the same period a year earlier.', [['the third quarter', '1989-Q3'], ['the same period a year earlier', '1988-Q3']]],
      ['Profit in fiscal 1989 rose.\n\nA year earlier it fell.', [['fiscal 1989', 'FY1989'], ['A year earlier', 'FY1988']]],
    ]);
  });

  test('the quarter, the latest quarter, the year-earlier period, the 1988 period', () => {
    check([
      ['Profit rose in the third quarter.\n\nIn the quarter, sales rose 5%.', [['the third quarter', '1989-Q3'], ['the quarter', '1989-Q3']]],
      ['Profit rose in the second quarter.\n\nThe latest quarter was weak.', [['the second quarter', '1989-Q2'], ['The latest quarter', '1989-Q2']]],
      ['Profit rose in the third quarter.\n\nIt earned $5 a share in the year-earlier period.', [['the third quarter', '1989-Q3'], ['the year-earlier period', '1988-Q3']]],
      ['Profit rose in the third quarter, up from $4 in the year-ago quarter.', [['the third quarter', '1989-Q3'], ['the year-ago quarter', '1988-Q3']]],
      ['Profit rose in the third quarter, against $4 in the 1988 period.', [['the third quarter', '1989-Q3'], ['the 1988 period', '1988-Q3']]],
      ['He was shot on Oct. 23.\n\nLater that day, police came.', [['Oct. 23', '1989-10-23'], ['Later that day', '1989-10-23']]],
      ['He moved to Cuba in June 1998 and returned later that year.', [['June 1998', '1998-06'], ['later that year', '1998']]],
    ]);
  });

  test('with no period in focus, the publication date decides', () => {
    check([
      ['Sales were up from a year ago.', [['a year ago', '1988']]],
      ['The latest quarter was weak.', [['The latest quarter', '1989-Q3']]],
      ['Sales rose in the quarter.', [['the quarter', '1989-Q4']]],
      ['It fell from the year-earlier period.', [['the year-earlier period', '1988']]],
      // "ago" with more than one year counts from the publication date even after a quarter.
      ['Profit rose in the third quarter.\n\nThe plant opened 41 years ago.', [['the third quarter', '1989-Q3'], ['41 years ago', '1948']]],
    ]);
  });

  test('one expression: the determiner, the modifier, the noun, "ago"', () => {
    check([
      ['It opened several years ago.', [['several years ago', 'PAST_REF']]],
      ['It opened two months ago when demand rose.', [['two months ago', '1989-08']]],
      ['It was down from year-ago levels.', [['year-ago', '1988']]],
    ]);
  });

  test('what is not a period in focus', () => {
    check([
      ['The period of reconstruction was long.', []],
      ['A quarter of the staff left.', []],
      ['He said that year-end bonuses fell.', [['year-end', '1989']]],
      ['The quarter of the city burned.', []],
    ]);
  });

  test('an edit that changes the period in focus changes the dates told from it, as a full scan does', () => {
    const cache = new ParagraphCache();
    const text = 'Profit rose in the third quarter.\n\nSales were up from a year ago.';
    scan(text, { referenceDate: REF }, cache);
    for (const edited of [text.replace('third', 'second'), text.replace('third', 'thirds'), text.replace('year ago', 'yar ago')]) {
      assert.deepEqual(structuredClone(scan(edited, { referenceDate: REF }, cache)), scan(edited, { referenceDate: REF }), edited);
    }
  });
});

suite('dates: halves and year-ago figures', () => {
  test('a half without its year, and year-ago levels after a quarter', () => {
    const cases: Case[] = [
      ['Profit rose in the first half.', [['the first half', '1989-H1']]],
      ['Second-half profit fell.', [['Second-half', '1989-H2']]],
      ['Profit rose in the third quarter, above year-ago levels.', [['the third quarter', '1989-Q3'], ['year-ago', '1988-Q3']]],
      // Not a half of the year.
      ['He scored early in the second half of the game.', []],
    ];
    for (const [text, expected] of cases) assert.deepEqual(datesOf(text, REF), expected, text);
  });
});

suite('dates: a partial publication date on a keystroke', () => {
  test('an edit of a yearless dateline re-reads what it says of every relative date, as a full scan does', () => {
    const cache = new ParagraphCache();
    const text = 'MINSK, May 28 (BelTA) – Talks began.\n\nThey went on yesterday.';
    scan(text, {}, cache);
    for (const edited of [text.replace('May 28', 'May 29'), text.replace('May 28', 'May 2'), text.replace('yesterday', 'yesterdays')]) {
      assert.deepEqual(structuredClone(scan(edited, {}, cache)), scan(edited, {}), edited);
    }
    assert.match(scan(text, {}).findings[0].message, /publication date has no year \(the dateline gives 28 May but not the year\), and 2 relative dates/);
  });
});

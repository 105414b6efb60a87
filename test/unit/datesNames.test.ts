import * as assert from 'node:assert/strict';
import { datesOf } from './datesHelpers';

type Case = [string, [string, string][]];

suite('dates: names and adjectives that hold a date word', () => {
  test('titles, newspapers and adjectives are not dates; the same words as dates are', () => {
    const cases: Case[] = [
      ["He said so on CBS's ''60 Minutes.''", []],
      ['It lasted 60 minutes.', [['60 minutes', 'PT60M']]],
      ['He starred in the film High Noon.', []],
      ['At Noon, they met.', [['Noon', '1999-03-12T12:00']]],
      ['The Communist Party daily Granma said so.', []],
      ['Prices rise daily.', [['daily', 'P1D']]],
      ['They marched in the Spring of Life demonstrations.', []],
      ['In Spring 2009 it rose.', [['Spring 2009', '2009-SP']]],
      ['We want to build on the long-term partnership.', []],
      ['In the long term, it will grow.', [['the long term', 'FUTURE_REF']]],
    ];
    for (const [text, expected] of cases) assert.deepEqual(datesOf(text, '1999-03-12'), expected, text);
  });
});

suite('dates: holidays on a weekday of their month', () => {
  test('Thanksgiving, Election Day, Labor Day, Memorial Day', () => {
    const cases: Case[] = [
      ['The boy was found on Thanksgiving Day.', [['Thanksgiving Day', '1999-11-25']]],
      ['He was rescued last Thanksgiving.', [['last Thanksgiving', '1999-11-25']]],
      ['Polls close on Election Day 1998.', [['Election Day 1998', '1998-11-03']]],
      ['It was hot on Memorial Day 2024.', [['Memorial Day 2024', '2024-05-27']]],
      ['The pool opens on Labor Day.', [['Labor Day', '2000-09-04']]],
      // Not a holiday: a ministry and a name.
      ['The Labor Department said so.', []],
    ];
    for (const [text, expected] of cases) assert.deepEqual(datesOf(text, '2000-01-07'), expected, text);
  });
});

import * as assert from 'node:assert/strict';
import { datesOf } from './datesHelpers';

type Case = [string, [string, string][]];

function check(cases: Case[], ref: string | null = '1989-10-26'): void {
  for (const [text, expected] of cases) assert.deepEqual(datesOf(text, ref), expected, text);
}

suite('dates: fiscal years and years said in words', () => {
  test('fiscal years take the value TimeML gives them', () => {
    check([
      ['Profit in fiscal 1989 rose.', [['fiscal 1989', 'FY1989']]],
      ['Sales fell in fiscal year 1988.', [['fiscal year 1988', 'FY1988']]],
      ['It expects a loss this fiscal year.', [['this fiscal year', 'FY1989']]],
      ['It lost money in the last fiscal year.', [['the last fiscal year', 'FY1988']]],
      ['It earned $3 in FY2024.', [['FY2024', 'FY2024']]],
    ]);
  });

  test('years said in words', () => {
    check([
      ['He was born in nineteen ninety-six.', [['nineteen ninety-six', '1996']]],
      ['It was built in nineteen oh five.', [['nineteen oh five', '1905']]],
      ['By eighteen hundred the town had grown.', [['eighteen hundred', '1800']]],
      ['It opened in twenty twenty-four.', [['twenty twenty-four', '2024']]],
      ['Computers were to fail in the year two thousand.', [['the year two thousand', '2000']]],
      ['It was the year two thousand and one.', [['the year two thousand and one', '2001']]],
    ]);
  });

  test('numbers in words that are not years', () => {
    check([
      ['Twenty five people came.', []],
      ['Nineteen people died.', []],
      ['He paid nineteen ninety-nine dollars.', []],
      ['Nineteen twenty-five-year-olds signed.', []],
      ['Two thousand people marched in the year of the strike.', []],
    ]);
  });
});

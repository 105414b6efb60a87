import * as assert from 'node:assert/strict';
import { readFigure } from '../../../src/engine/rules/support/readFigure';
import { checkCases, flagged, type Case } from './helpers';

suite('change-mismatch (VER014)', () => {
  test('reads a figure no claim carries', () => {
    const cases: [string, string | null, number | null][] = [
      ['3.9 million tonnes', null, 3.9e6],
      ['12,500 people', null, 12500],
      ['£2.1bn in', '£', 2.1e9],
      ['$2.1bn in', '£', null],
      ['tonnes', null, null],
    ];
    for (const [text, symbol, value] of cases) assert.equal(readFigure(text, symbol)?.value ?? null, value, text);
  });

  test('cases', () => {
    const cases: Case[] = [
      ['Visitor numbers climbed from 2.4 million to 2.1 million last year.', null, ['climbed from 2.4 million to 2.1 million']],
      // A unit noun between the figure and "to".
      ['Ridership fell 10% from 300 passengers to 320 passengers.', null, ['fell 10% from 300 passengers to 320']],
      ['Output climbed from 4.2 million barrels a day to 3.9 million barrels a day.', null, ['climbed from 4.2 million barrels a day to 3.9 million barrels']],
      ['Ridership rose 6.7% from 300 passengers to 320 passengers.', null, []],
      // A change named as a cause is another subject's: the figures belong to the main change.
      ['Profit rose 38% on a 63% rise in sales, to £1.2m from £0.87m.', null, []],
      ['Profit rose 12% on a 63% rise in sales, to £1.2m from £0.87m.', null, ['rose 12%']],
      ['Visitor numbers fell from 2.4 million to 2.1 million last year.', null, []],
      ['Revenue rose 8% to $2.1bn from $2.4bn.', null, ['rose 8% to $2.1bn from $2.4bn']],
      ['Revenue fell to $2.1bn, down from $2.4bn.', null, []],
      ['Exports doubled from 10 to 25 tonnes.', null, ['doubled from 10 to 25']],
      ['Exports doubled from 10 to 20 tonnes.', null, []],
      ['Exports more than doubled from 10 to 25 tonnes.', null, []],
      // "More than halved" is a bound the other way: at most half.
      ['Profits more than halved, from £80m to £50m.', null, ['halved, from £80m to £50m']],
      ['Profits more than halved, from £80m to £30m.', null, []],
      ['Profits halved from £80m to £40m.', null, []],
      ['Sales rose 8% from 100 to 120 units.', null, ['8% from 100 to 120']],
      ['Sales rose 20% from 100 to 120 units.', null, []],
      // Points or percent: 40% to 48% is 8 points or 20%.
      ['Support rose 8% from 40% to 48%.', null, []],
      ['Cargo climbed from 4.2 million tonnes in 2020 to 3.9 million tonnes in 2021.', null, ['climbed from 4.2 million tonnes in 2020 to 3.9 million']],
      // Two figures dated by their years.
      ['Sales were 2.4 million in 2020 and 2.1 million in 2021, a rise of 8%.', null, ['2.4 million in 2020 and 2.1 million in 2021, a rise of 8%']],
      ['Sales were 2.4 million in 2021 and 2.1 million in 2020, a rise of 14%.', null, []],
      // The change word of another clause.
      ['Exports rose 5% in March, while imports went from 10 million to 8 million.', null, []],
      // Two different currencies are not one change.
      ['The price rose from $10 to £9.', null, []],
      // A range, not a change.
      ['Between 10 and 25 tonnes were moved.', null, []],
    ];
    checkCases('change-mismatch', cases);
  });

  test('the message states the word and what the figures give', () => {
    const [f] = flagged('Visitor numbers climbed from 2.4 million to 2.1 million last year.', 'change-mismatch');
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '"climbed", but 2.4 million to 2.1 million is a fall of 13%.');
  });
});

import * as assert from 'node:assert/strict';
import { checkCases, flagged, type Case } from './helpers';

suite('age-birth-year (VER015)', () => {
  test('cases', () => {
    const cases: Case[] = [
      ['The 61-year-old, born in 1955, leads the party.', '2021-03-04', ['61-year-old, born in 1955']],
      ['The 66-year-old, born in 1955, leads the party.', '2021-03-04', []],
      ['Born in 1955, Smith, 61, leads the party.', '2021-03-04', ['Born in 1955, Smith, 61,']],
      ['Born in 1955, Smith, 65, leads the party.', '2021-03-04', []],
      ['The 65-year-old, born in 1955, leads the party.', '2021-03-04', []],
      ['Helen Drury, 58, who was born in 1961, spoke first.', '2022-05-12', ['58, who was born in 1961']],
      ['Helen Drury, 61, who was born in 1961, spoke first.', '2022-05-12', []],
      ['Smith was born on 12 March 1955 and is aged 61.', '2021-03-04', ['born on 12 March 1955 and is aged 61']],
      // An age at another time the sentence names.
      ['In 1990, the 35-year-old, born in 1955, took office.', '2021-03-04', []],
      // Another person between the age and the birth year.
      ['Smith, 45, whose father was born in 1950, runs the farm.', '2023-03-14', []],
      // Nothing to count from.
      ['The 61-year-old, born in 1955, leads the party.', null, []],
      // Age and birth year in different sentences are not compared.
      ['The 61-year-old leads the party. His father was born in 1955.', '2021-03-04', []],
      // A name opening a quotation, and one after a particle.
      ["The caption read 'Drury, 58,' of the woman born in 1961.", '2022-05-12', ["Drury, 58,' of the woman born in 1961"]],
      ['Bashar al-Assad, 50, who was born in 1965, spoke.', '2022-05-12', ['Assad, 50, who was born in 1965']],
      ['Bashar al-Assad, 56, who was born in 1965, spoke.', '2022-05-12', []],
    ];
    checkCases('age-birth-year', cases);
  });

  test('the message states both sides', () => {
    const [f] = flagged('The 61-year-old, born in 1955, leads the party.', 'age-birth-year', { referenceDate: '2021-03-04' });
    assert.equal(f.severity, 'error');
    assert.equal(f.message, 'Someone born in 1955 was 65 or 66 in 2021, not 61.');
  });
});

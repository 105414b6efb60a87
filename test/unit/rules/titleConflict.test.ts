import * as assert from 'node:assert/strict';
import { readTitle, titlesConflict } from '../../../src/engine/rules/support/titles';
import { checkCases, type Case } from './helpers';

suite('title-conflict (VER017)', () => {
  test('titles that conflict and titles that do not', () => {
    const cases: [string, string, boolean][] = [
      ['Finance Minister', 'deputy finance minister', true],
      ['Finance Minister', 'Foreign Minister', true],
      ['Finance Minister', 'Minister of Finance', false],
      ['Finance Minister', 'minister', false],
      ['President', 'Chairman', false],
      ['President of the Republic of Belarus', 'President', false],
      ['First Deputy Prime Minister', 'Deputy Prime Minister', false],
      ['Prime Minister', 'Finance Minister', true],
      ['President', 'Vice President', true],
    ];
    for (const [a, b, expected] of cases) assert.equal(titlesConflict(readTitle(a)!, readTitle(b)!), expected, `${a} / ${b}`);
    assert.equal(readTitle('former finance minister'), null);
  });

  test('cases', () => {
    const cases: Case[] = [
      ['Finance Minister Ana Silva presented the budget. Silva, the deputy finance minister, defended it.', null, ['Silva, the deputy finance minister']],
      ['Finance Minister Ana Silva presented the budget. Silva, the finance minister, defended it.', null, []],
      ['Finance Minister Ana Silva presented the budget. Foreign Minister Silva was abroad.', null, ['Foreign Minister Silva']],
      // Two people with one surname: the bare surname is not compared.
      ['Finance Minister Ana Silva spoke. Deputy Finance Minister João Silva agreed. Silva, the deputy finance minister, left.', null, []],
      // The minister's deputy is not the minister.
      ['Deputy Finance Minister Ana Silva spoke. Silva, the finance minister\'s deputy, agreed.', null, []],
      // A field the word lists do not know still has the title's head to end it.
      ['Transportation Secretary Peter Hollis spoke. Hollis, the deputy transportation secretary, agreed.', null, ['Hollis, the deputy transportation secretary']],
      // Another time.
      ['Finance Minister Ana Silva spoke. Silva, a former deputy finance minister, knows the job.', null, []],
      ['Belarusian leader Alexander Lukashenko arrived. President Lukashenko met Xi Jinping.', null, []],
    ];
    checkCases('title-conflict', cases);
  });
});

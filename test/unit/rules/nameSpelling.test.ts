import * as assert from 'node:assert/strict';
import { oneEditApart } from '../../../src/engine/rules/support/oneEditApart';
import { checkCases, type Case } from './helpers';

suite('name-spelling (VER016)', () => {
  test('one edit apart', () => {
    const cases: [string, string, boolean][] = [
      ['Lukashenko', 'Lukashenka', true],
      ['Kowalczyk', 'Kowalcyzk', true],
      ['Zelensky', 'Zelenskyy', true],
      ['Janssen', 'Jansen', true],
      ['Mbeki', 'Mbekki', true],
      ['Lukashenko', 'Lukashenko', false],
      ['Lukashenko', 'Lukashanka', false],
      ['Smith', 'Smyth', true],
      ['Smith', 'Smithers', false],
      ['Kowalczyk', 'Kowalyczk', false],
    ];
    for (const [a, b, expected] of cases) {
      assert.equal(oneEditApart(a, b), expected, `${a} / ${b}`);
      assert.equal(oneEditApart(b, a), expected, `${b} / ${a}`);
    }
  });

  test('cases', () => {
    const cases: Case[] = [
      ['Alexander Lukashenko arrived in Beijing. Lukashenka will meet Xi Jinping.', null, ['Lukashenka']],
      ['Alexander Lukashenko arrived in Beijing. Lukashenko will meet Xi Jinping. Lukashenka smiled.', null, ['Lukashenka']],
      ['Port director Tomasz Kowalczyk spoke. Kowalcyzk said trade was down.', null, ['Kowalcyzk']],
      ['Alexander Lukashenko arrived in Beijing. Lukashenko will meet Xi Jinping.', null, []],
      // A named source is a name: "Lukashenka said". On a tie, the spelling with a given name is the
      // careful one; with none, both spellings are reported.
      ['Lukashenka said the talks went well. Lukashenko later left for Minsk.', null, ['Lukashenka', 'Lukashenko']],
      ['Halvorsen said Republicans would seek amendments. Sen. Tom Halvorson opposed the bill.', null, ['Halvorsen']],
      // A common word that opens a sentence is not a second spelling of a name.
      ['Port director John Stark spoke first. Start times were moved.', null, []],
      // A month or weekday is not a second spelling of a name.
      ['Mayor Elena Marsh spoke. Back in March 2024, Marsh approved the plan.', null, []],
      // Two people: different given names.
      ['Anna Jansen spoke first. Later Pieter Janssen replied.', null, []],
      // Another first letter: another name.
      ['Chief executive Tom Bower resigned. Power cuts hit the town.', null, []],
      // Feminine form, plural, demonym.
      ['Ivan Petrov and his wife Olga Petrova voted.', null, []],
      ['Mr Clinton spoke. The Clintons left early.', null, []],
      ['President Korea is not a name, but North Korea and the Korean border are words.', null, []],
      // A word used as a given name is not a second spelling.
      ['Ana Silva spoke. Silvia Costa replied.', null, []],
      // Demonyms, compounds and plurals of a name are not second spellings.
      ['Prime Minister Benjamin Netanyahu of Israel spoke. The Israeli delegation left.', null, []],
      ['John Podesta wrote to Cheryl Mills. The Podesta-Mills emails were released. Podesta declined.', null, []],
      ['Chancellor Angela Merkel of Germany spoke. The Germans agreed.', null, []],
      ['Senator Marco Rubio, a Cuban-American, spoke. Cuban exiles cheered. Rubio left.', null, []],
      // A country named as a source beside its demonym; the last part of a hyphenated source.
      ['Germany pledges more troops. The German brigade is small.', null, []],
      ['His father Jean-Marie endorsed the plan. Marine Le Pen spoke.', null, []],
      ['A reporter for Agence France-Presse said it was chaos. The Associated Press agreed.', null, []],
    ];
    checkCases('name-spelling', cases);
  });
});

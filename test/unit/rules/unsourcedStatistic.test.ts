import * as assert from 'node:assert/strict';
import { namesASource } from '../../../src/engine/rules/support/sourceCues';
import { checkCases, flagged, type Case } from './helpers';

suite('unsourced-statistic (VER020)', () => {
  test('source cues', () => {
    const cases: [string, boolean][] = [
      ['according to the central bank', true],
      ['data from the statistics office', true],
      ['a survey by Gallup', true],
      ['the report found', true],
      ['figures released by the ministry', true],
      ['which Boeing estimates to be worth $18 million', true],
      ['the IMF forecasts growth of 3%', true],
      ['the estimates vary', false],
      ['Experts describe China as a superpower', false],
      ['the data centre opened', false],
    ];
    for (const [text, expected] of cases) assert.equal(namesASource(text), expected, text);
  });

  test('cases', () => {
    const cases: Case[] = [
      ['China is a global leader in 37 out of 44 technological fields.', null, ['37 out of 44']],
      ['China is a global leader in 37 out of 44 technological fields, according to a think tank.', null, []],
      ['China leads in 37 out of 44 fields. The figures were published by a think tank in Canberra.', null, []],
      ['"China leads in 37 out of 44 fields," the minister said.', null, []],
      ['Unemployment rose to 7.5% in March.', null, ['7.5%']],
      // A headline restates the body's figures.
      ['Boeing secures $11bn of aircraft deals\n\nBoeing has won orders worth $11bn, the company said.', null, []],
      // Small figures are plain facts.
      ['The club has 300 members.', null, []],
      ['The budget is $4.5bn this year.', null, ['$4.5bn']],
      // One finding a sentence.
      ['Turnout was 65%, with 52% for and 48% against.', null, ['65%']],
      // An evidential cue names no source, for its sentence or its subject's figures.
      ["About 62% of the plant's output is expected to go abroad.", null, ['About 62%']],
      ["About 62% of the plant's output is expected to go abroad, the minister said.", null, []],
    ];
    checkCases('unsourced-statistic', cases);
    const [f] = flagged('China is a global leader in 37 out of 44 technological fields.', 'unsourced-statistic');
    assert.equal(f.severity, 'info');
  });
});

import { checkCases, type Case } from './helpers';

suite('percentages-sum (VER013)', () => {
  test('cases', () => {
    const cases: Case[] = [
      ['Of voters, 55% backed the plan, 30% opposed it and 25% were undecided.', null, ['55% backed the plan, 30% opposed it and 25%']],
      ['Of voters, 55% backed the plan, 30% opposed it and 15% were undecided.', null, []],
      // Rounding: 33.4 + 33.4 + 33.4 is 100.2, within the rounding of three parts.
      ['The vote split 33.4%, 33.4% and 33.4% between the three.', null, []],
      // Two wholes in one sentence: turnout, then the split of the vote.
      ['Turnout was 65%, with 52% for the plan and 48% against.', null, []],
      // Changes are not parts.
      ['Sales rose 55%, profits rose 60% and costs rose 25%.', null, []],
      // Tax bands are rates, not parts of a whole.
      ['Income tax rates of 20%, 40% and 45% will stay.', null, []],
      // "The rest" makes the list the whole: the sum must be 100, from two parts on.
      ['Some 60% voted yes and the rest, 45%, voted no.', null, ['60% voted yes and the rest, 45%']],
      ['Some 40% backed it, 25% opposed it and the remaining 10% abstained.', null, ['40% backed it, 25% opposed it and the remaining 10%']],
      ['Some 55% voted yes and the rest, 45%, voted no.', null, []],
      // Two parts are not enough to tell a list of one whole.
      ['Some 70% said yes and 60% said no.', null, []],
    ];
    checkCases('percentages-sum', cases);
  });
});

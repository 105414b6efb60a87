import * as assert from 'node:assert/strict';
import { checkCases, flagged, type Case } from './helpers';

suite('share-count-mismatch (VER012)', () => {
  test('cases', () => {
    const cases: Case[] = [
      ['The plan was backed by 12 of the 16 councillors (80%).', null, ['12 of the 16 councillors (80%']],
      ['The plan was backed by 12 of the 16 councillors (75%).', null, []],
      // Other word orders: a noun before "out of", the whole first with a longer noun, the percentage first.
      ['Some 45 delegates out of 120, or 42%, backed the plan.', null, ['45 delegates out of 120, or 42%']],
      ['Of the 300 workers at the new line, 120 (35%) were trained abroad.', null, ['120 (35%']],
      ['The plan won 42% support, with 45 of the 120 delegates in favour.', null, ['42% support, with 45 of the 120']],
      ['The plan won 38% support, with 45 of the 120 delegates in favour.', null, []],
      // A share hedged in words is a bound or a round figure.
      ['More than half of her support (57 percent) comes from women.', null, []],
      ['Nearly four in 10 likely voters, 39 percent, back him.', null, []],
      ['Nearly four in 10 likely voters, 45 percent, back him.', null, ['45 percent']],
      ['China leads in 37 out of 44, or 90%, of the fields.', null, ['37 out of 44, or 90%']],
      // 37 of 44 is 84.09%: a rounded share within half a point is right.
      ['China leads in 37 out of 44, or 84%, of the fields.', null, []],
      ['China leads in 37 out of 44, or 84.1%, of the fields.', null, []],
      ['China leads in 37 out of 44, or 84.5%, of the fields.', null, ['37 out of 44, or 84.5%']],
      ['Some 37 out of 44 members, about 85%, agreed.', null, []],
      ['Some 37 out of 44 members, more than 80%, agreed.', null, []],
      ['Some 37 out of 44 members, more than 90%, agreed.', null, ['37 out of 44 members, more than 90%']],
      // The whole first.
      ['Of the 16 councillors, 12 (80%) backed it.', null, ['16 councillors, 12 (80%']],
      ['Of the 16 councillors, 12 (75%) backed it.', null, []],
      // A superlative makes a rank, not a share.
      ['Acme is one of the 10 largest firms (5% of output).', null, []],
      // A percentage of another whole.
      ['Some 12 of the 16 councillors and 80% of voters backed it.', null, []],
      ['Some 12 of the 16 councillors backed it; turnout was 80%.', null, []],
    ];
    checkCases('share-count-mismatch', cases);
  });

  test('the quick fix writes the share the counts give', () => {
    const text = 'The plan was backed by 12 of the 16 councillors (80%).';
    const [f] = flagged(text, 'share-count-mismatch');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '12 of 16 is 75%, not 80%.');
    const fix = f.fixes?.[0];
    assert.ok(fix && fix.kind === 'replace');
    assert.equal(text.slice(fix.start, fix.end), '80');
    assert.equal(fix.text, '75');
  });
});

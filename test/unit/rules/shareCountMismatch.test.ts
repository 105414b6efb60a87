import * as assert from 'node:assert/strict';
import { checkCases, flagged, type Case } from './helpers';

suite('share-count-mismatch (VER012)', () => {
  test('cases', () => {
    const cases: Case[] = [
      ['The plan was backed by 12 of the 16 councillors (80%).', null, ['12 of the 16 councillors (80%']],
      ['The plan was backed by 12 of the 16 councillors (75%).', null, []],
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

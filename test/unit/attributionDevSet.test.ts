import * as assert from 'node:assert/strict';
import { checkSeed, readDevSet, ROLES, scoreDevSet } from '../../scripts/eval/attribution';

// The floors sit below what the engine scores on the hand-annotated sets (see `npm run eval`), so that a
// change which loses attributions fails here; the acceptance bar on held-out news is F1 50.
const FLOORS = { source: 85, cue: 85, content: 80 } as const;

suite('attribution: dev set of news sentences (PARC-style spans)', () => {
  const scores = scoreDevSet(readDevSet());
  for (const role of ROLES) {
    test(`${role}: overlap F1 ≥ ${FLOORS[role]}`, () => {
      assert.ok(scores.roles[role].overlap.f1 >= FLOORS[role], `${role} ${JSON.stringify(scores.roles[role])}\nmissed:\n${scores.missed.join('\n')}\nspurious:\n${scores.spurious.join('\n')}`);
    });
  }
  test('cue: exact F1 ≥ 80', () => {
    assert.ok(scores.roles.cue.exact.f1 >= 80, JSON.stringify(scores.roles.cue));
  });
});

suite('attribution: the seed article', () => {
  test('speakers, roles, attributed figures and vague sources match the hand-read values', () => {
    const seed = checkSeed();
    assert.equal(seed.failures, 0, seed.lines.join('\n'));
  });
});

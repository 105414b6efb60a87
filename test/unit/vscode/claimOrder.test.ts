import * as assert from 'node:assert/strict';
import type { Claim } from '../../../src/engine';
import { nextUnchecked } from '../../../src/vscode/claimOrder';

const claim = (id: string, start: number) => ({ id, start, end: start + 2 }) as unknown as Claim;
const claims = [claim('a', 0), claim('b', 10), claim('c', 20), claim('d', 30)];
const done = new Set(['b']);
const isDone = (c: Claim) => done.has(c.id);

suite('next and previous unchecked claim', () => {
  const cases: [number, 1 | -1, string][] = [
    [0, 1, 'c'], // b is done: skipped
    [5, 1, 'c'],
    [25, 1, 'd'],
    [30, 1, 'a'], // wraps around
    [25, -1, 'c'],
    [20, -1, 'a'],
    [0, -1, 'd'], // wraps around
  ];
  for (const [offset, direction, expected] of cases) {
    test(`from ${offset}, ${direction === 1 ? 'next' : 'previous'} is ${expected}`, () => {
      assert.equal(nextUnchecked(claims, isDone, offset, direction)?.id, expected);
    });
  }
  test('none left: undefined', () => assert.equal(nextUnchecked(claims, () => true, 0, 1), undefined));
});

import * as assert from 'node:assert/strict';
import { scanNumbers } from '../../src/engine/extractors/numbers';
import type { NumberValue } from '../../src/engine/types';

/** What a test expects of one claim: its text and type, and any of the other fields it names. */
export interface Expected extends Pick<NumberValue, 'type' | 'value'>, Partial<Omit<NumberValue, 'type' | 'value'>> {
  text: string;
}

/** The claims found in `input`, in the shape of Expected, with every field the scanner set. */
export function found(input: string): Expected[] {
  return scanNumbers(input).map((f) => ({ ...f, text: input.slice(f.start, f.end) }));
}

/**
 * Asserts that `input` yields exactly the expected claims, in order. Only the fields an expectation
 * names are compared (so a case about values need not spell out units); values within 1e-9 relative.
 */
export function assertClaims(input: string, expected: Expected[]): void {
  const got = found(input);
  const show = () => `in ${JSON.stringify(input)}\n got: ${JSON.stringify(got)}`;
  assert.equal(got.length, expected.length, `claim count ${show()}`);
  expected.forEach((e, i) => {
    const g = got[i] as unknown as Record<string, unknown>;
    for (const [key, want] of Object.entries(e)) {
      const have = g[key];
      if (typeof want === 'number' && typeof have === 'number') {
        assert.ok(Math.abs(want - have) <= 1e-9 * Math.max(1, Math.abs(want)), `${key}: want ${want}, have ${have} ${show()}`);
      } else {
        assert.equal(have ?? null, want ?? null, `${key} ${show()}`);
      }
    }
  });
}

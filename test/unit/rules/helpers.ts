import * as assert from 'node:assert/strict';
import { scan } from '../../../src/engine/scan';
import type { Finding, ScanOptions } from '../../../src/engine/types';

/** The findings of one rule on a text, as the words they cover. */
export function flagged(text: string, rule: string, options: ScanOptions = {}): Finding[] {
  const result = scan(text, options);
  assert.deepEqual(result.errors, [], 'the scan ran without errors');
  return result.findings.filter((f) => f.rule === rule);
}

/** A case: the text, the publication date, and the words each finding must cover (none for a negative case). */
export type Case = [text: string, referenceDate: string | null, expected: string[]];

/**
 * Runs a table of cases for one rule: each expected phrase is covered by exactly one finding, and there
 * is no other finding. On failure the message shows every finding.
 */
export function checkCases(rule: string, cases: Case[]): void {
  for (const [text, ref, expected] of cases) {
    const found = flagged(text, rule, { referenceDate: ref });
    const covered = found.map((f) => text.slice(f.start, f.end));
    const detail = `${JSON.stringify(text)} → ${JSON.stringify(found.map((f) => [text.slice(f.start, f.end), f.message]))}`;
    assert.equal(found.length, expected.length, detail);
    for (const phrase of expected) assert.ok(covered.some((c) => c.includes(phrase)), `${phrase} not covered: ${detail}`);
  }
}

/** Asserts that the rule runs over `text` in well under the bound. */
export function assertFast(rule: string, text: string, boundMs = 2000): void {
  const t0 = performance.now();
  flagged(text, rule, { referenceDate: '2022-05-12' });
  const ms = performance.now() - t0;
  assert.ok(ms < boundMs, `${rule} took ${ms.toFixed(0)} ms on ${text.length} characters`);
}

import * as assert from 'node:assert/strict';
import type { Claim, ScanResult } from '../../src/engine';

/**
 * The invariants every scan result keeps, whatever the input: offsets inside the text, each claim's
 * text its slice of the article (UTF-16 offsets), sub-spans inside the text, claims sorted, and no two
 * claims of one kind overlapping.
 */
export function assertSaneResult(text: string, result: ScanResult, label: string): void {
  let previous: Claim | null = null;
  const lastOfKind = new Map<string, Claim>();
  for (const c of result.claims) {
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end), `${label}: integer offsets`);
    assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length, `${label}: ${c.kind} [${c.start}, ${c.end}) inside the text`);
    assert.equal(text.slice(c.start, c.end), c.text, `${label}: ${c.kind} text is its slice`);
    for (const key of ['source', 'cue', 'content'] as const) {
      const span = (c as unknown as Record<string, { start: number; end: number; text: string } | null | undefined>)[key];
      if (span) assert.equal(text.slice(span.start, span.end), span.text, `${label}: ${c.kind} ${key} is its slice`);
    }
    if (previous) assert.ok(previous.start < c.start || (previous.start === c.start && previous.end <= c.end), `${label}: sorted at ${c.start}`);
    const last = lastOfKind.get(c.kind);
    if (last) assert.ok(last.end <= c.start, `${label}: ${c.kind} claims ${last.start}-${last.end} and ${c.start}-${c.end} overlap`);
    lastOfKind.set(c.kind, c);
    previous = c;
  }
  for (const f of result.findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${label}: finding ${f.rule} inside the text`);
  }
}

/**
 * Runs `fn` and returns its value and the milliseconds of CPU time it took: CPU time, not wall-clock time,
 * so that other work on a shared machine (eight agents on two cores) does not fail a bound meant to catch a
 * super-linear pass.
 */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(t0);
  return { value, ms: (used.user + used.system) / 1000 };
}

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../scripts/hostile/inputs';
import { scan, type DocumentFormat } from '../../src/engine';
import { assertSaneResult, timed } from './hostileHelpers';

/**
 * Random and mutated articles with a fixed seed: whatever the text, the scan answers without throwing,
 * with every claim at offsets that slice out its text, sorted and not overlapping within its kind, in
 * time proportional to the text. The seed is fixed so that a failure is reproducible; the case count is
 * bounded to keep the suite fast.
 */
const SEED = 20240304;
const CASES = 200;
// Milliseconds per megabyte, generous for a loaded 2-core machine; a quadratic loop breaks it by far.
const MS_PER_MB = 40_000;

const FIXTURES = ['test/fixtures/workspace/article.txt', 'test/fixtures/workspace/transcript.txt', 'test/fixtures/workspace/notes.md', 'test/fixtures/consistency/planted-bridge.txt'];

// Fragments that trigger the extractors and the Markdown parse, and characters that break naive code.
const FRAGMENTS = [
  '"', '“', '”', "'", '’', ',', '.', ' ', '\n', '\n\n', '%', '$', '€', '£', '-', '–', '/', ':', '>', '- ', '* ', '#',
  '`', '```\n', '[', '](', ')', '<b>', '\u0000', '\u0007', '\uFEFF', '\u0301', '\u0308', '👩‍👩‍👧', '🚀', '\uD800', '\r\n',
  '1', '12', '1,234', '3.5', '4.5bn', ' million', ' percent', ' per cent', 'March 3', 'March 3, 2024', 'Tuesday',
  'last year', 'next month', 'tomorrow', '2019', '1990s', ' said ', ' according to ', ' told reporters ', 'Maria Lopez',
  'Mr. ', 'the U.S. ', 'between 5 and 10', 'three-quarters', ' out of ', 'up 3 percentage points', 'aged 42',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** One random edit: insert fragments, delete a range, duplicate a range, or swap two ranges' order. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const len = Math.floor(random() * 200);
  switch (Math.floor(random() * 4)) {
    case 0: {
      let insert = '';
      for (let n = 1 + Math.floor(random() * 8); n > 0; n--) insert += pick(random, FRAGMENTS);
      return text.slice(0, at) + insert + text.slice(at);
    }
    case 1:
      return text.slice(0, at) + text.slice(at + len);
    case 2:
      return text.slice(0, at + len) + text.slice(at, at + len) + text.slice(at + len);
    default:
      return text.slice(at) + text.slice(0, at);
  }
}

/** A text of random fragments, as if pasted from a spreadsheet or a broken PDF. */
function randomText(random: () => number, size: number): string {
  let out = '';
  while (out.length < size) out += pick(random, FRAGMENTS) + (random() < 0.3 ? ' ' : '');
  return out;
}

suite('fuzz: random and mutated articles', () => {
  const random = seededRandom(SEED);
  const bases = FIXTURES.map((path) => readFileSync(join(__dirname, '../..', path), 'utf8'));
  let bytes = 0;
  let ms = 0;

  for (let i = 0; i < CASES; i++) {
    const base = bases[i % bases.length];
    let text = i % 5 === 4 ? randomText(random, 500 + Math.floor(random() * 4000)) : base;
    for (let n = 1 + Math.floor(random() * 12); n > 0 && i % 5 !== 4; n--) text = mutate(text, random);
    const format: DocumentFormat = random() < 0.4 ? 'markdown' : 'plaintext';
    const referenceDate = random() < 0.5 ? '2025-03-14' : undefined;
    test(`case ${i} (${format}, ${text.length} chars)`, () => {
      const run = timed(() => scan(text, { format, referenceDate }));
      bytes += text.length;
      ms += run.ms;
      assert.deepEqual(run.value.errors, [], `case ${i}: no extractor or rule failed`);
      assertSaneResult(text, run.value, `case ${i}`);
    });
  }

  test('time per megabyte stays under the bound', () => {
    const perMb = ms / (bytes / 1e6);
    assert.ok(perMb < MS_PER_MB, `${perMb.toFixed(0)} ms per MB over ${bytes} chars`);
  });
});

import * as assert from 'node:assert/strict';
import { datesExtractor } from '../../src/engine/extractors/dates';
import { buildTextModel } from '../../src/engine/text/textModel';

/**
 * Runs the date extractor alone over a text, returning the claims and the CPU time it took: CPU time, not
 * wall-clock time, so that other work on a busy machine does not make the test flaky.
 */
function timed(text: string): { count: number; ms: number } {
  const model = buildTextModel(text, 'plaintext');
  const ctx = { model, referenceDate: '2025-06-03', dateOrder: 'mdy' as const };
  const t0 = process.cpuUsage();
  let count = 0;
  for (const p of model.paragraphs) count += datesExtractor.extract(p, ctx).length;
  const used = process.cpuUsage(t0);
  return { count, ms: (used.user + used.system) / 1000 };
}

suite('dates: worst inputs run in linear time', () => {
  // 200 KB of one trigger repeated in a single sentence: every pattern sees it at once.
  const worst: [string, string][] = [
    ['month names', 'May '],
    ['month and day', 'March 3 '],
    ['numbers', '2025 '],
    ['digits and colons', '12:30:'],
    ['count words', 'two and a half '],
    ['unit words', 'years '],
    ['the past', 'the past '],
    ['hyphens', 'fifty-year-'],
    ['weekdays', 'last Friday morning '],
    ['weekdays and tense cues', 'said Friday it will '],
    ['bare months and tense cues', 'was in October and will '],
    ['slashes', '1/2/3/4/'],
    ['references', 'now currently recently '],
    ['years with a month', 'May 2025 '],
    ['no spaces', 'a'],
  ];
  for (const [name, unit] of worst) {
    test(name, () => {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const { ms } = timed(text);
      assert.ok(ms < 2000, `${name}: ${ms.toFixed(0)} ms for 200 KB`);
    });
  }

  test('ordinary news prose of 1 MB', () => {
    const paragraph =
      'The company said on Tuesday that sales rose 4% in the third quarter of 2024, after falling for two years. ' +
      'Its chief executive, who joined in March 2019, expects growth next year.\n\n';
    const { count, ms } = timed(paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)));
    assert.ok(count > 0);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms for 1 MB`);
  });
});

import * as assert from 'node:assert/strict';
import { attributionExtractor, quoteExtractor } from '../../src/engine/extractors/attribution';
import type { ExtractContext } from '../../src/engine/extractors/extractor';
import { linkAttributions } from '../../src/engine/resolvers/linkAttributions';
import { buildTextModel } from '../../src/engine/text/textModel';
import type { Claim } from '../../src/engine';

const SIZE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Worst inputs for each trigger: a cue word over and over, in one endless sentence or in many; quotation
// marks; capitalized runs; speaker-label lines; auxiliaries before a cue.
const WORST: [string, string][] = [
  ['said said ...', repeat('said ')],
  ['Smith said ...', repeat('Smith said ')],
  ['according to the ...', repeat('according to the ')],
  ['straight quotes', repeat('" ')],
  ['quoted words', repeat('"a b c," he said ')],
  ['open quotes, no close', repeat('"x ')],
  ['capitalized names', repeat('John Smith ')],
  ['one capitalized word', repeat('A')],
  ['speaker labels', repeat('John Smith, analyst:\nWe said so.\n')],
  ['auxiliaries', repeat('has ') + 'said'],
  ['commas and cues', repeat(', said ')],
  ['vague sources', repeat('Experts say that officials said. ')],
  ['colon times', repeat('4:30:\n')],
];

/** The attribution and quote extractors and the linking of claims to attributions, over `text`. */
function run(text: string): void {
  const model = buildTextModel(text, 'plaintext');
  const ctx: ExtractContext = { model, referenceDate: null, dateOrder: 'mdy' };
  const attributions = attributionExtractor.scope === 'document' ? attributionExtractor.extract(ctx, []) : [];
  if (quoteExtractor.scope === 'document') quoteExtractor.extract(ctx, attributions);
  const claims = attributions.map((d, i) => ({ ...d, id: `a${i}`, attribution: null, sentence: { start: d.start, end: d.end } }) as Claim);
  linkAttributions(claims);
}

suite('attribution: linear time on worst inputs', () => {
  for (const [name, text] of WORST) {
    test(`${name} (${text.length / 1000} KB) under 2 s`, () => {
      run(text.slice(0, SIZE / 20)); // warm the JIT up, so the timing measures the algorithm
      // CPU time of this process, not wall time: other processes on a busy machine do not count.
      const t0 = process.cpuUsage();
      run(text);
      const used = process.cpuUsage(t0);
      const ms = (used.user + used.system) / 1000;
      assert.ok(ms < 2000, `${name}: ${ms} ms of CPU`);
    });
  }
});

import * as assert from 'node:assert/strict';
import { scan } from '../../src/engine';
import { mentionTableOf } from '../../src/engine/resolvers/mentionTable';
import { readFrontMatter } from '../../src/engine/text/frontMatter';
import { splitSentences } from '../../src/engine/text/sentences';
import { buildTextModel } from '../../src/engine/text/textModel';
import { growth, MAX_GROWTH } from './growth';

/**
 * Inputs that once took time growing with the square (or the cube) of their length, each timed at n and
 * at 4n: the ratio must stay that of linear work. The behaviour on each is checked too.
 */
function assertLinear<T>(label: string, make: (n: number) => T, run: (input: T) => void, n: number): void {
  const ratio = growth(make, run, n);
  assert.ok(ratio <= MAX_GROWTH, `${label}: 4 times the input took ${ratio.toFixed(1)} times the time`);
}

/** A new number at each call: the engine remembers paragraphs it has read, so each run needs new text. */
let fresh = 0;
const next = () => ++fresh;

suite('linear time on hostile inputs', () => {
  // A run of marks: each mark used to start a match that ran to the end of the run and failed.
  for (const mark of ['!', '.', '…', '?!']) {
    test(`sentence splitting on a long run of ${mark}`, () => {
      const run = (text: string) => splitSentences(text, { start: 0, end: text.length });
      assertLinear(mark, (n) => `It rose${mark.repeat(n)} Then it fell.`, run, 20_000);
      // The run still ends the sentence before a capital, and nothing inside it does.
      const text = `It rose${mark.repeat(500)} Then it fell.`;
      assert.deepEqual(run(text).map((s) => text.slice(s.start, s.end)), [`It rose${mark.repeat(500)}`, 'Then it fell.']);
    });
  }

  test('a whole scan of 100 KB of exclamation marks', () => {
    assertLinear('!', (n) => `${next()}${'!'.repeat(n)}`, (text) => assert.deepEqual(scan(text).errors, []), 25_000);
  });

  test('Markdown quote markers nested thousands deep without spaces', () => {
    const run = (text: string) => scan(text, { format: 'markdown' });
    assertLinear('>', (n) => `${'>'.repeat(n)} Sales rose ${next()}%.`, run, 4_000);
    // The markers are markup, not prose; the sentence after them is read.
    for (const text of [`${'>'.repeat(3000)} Sales rose 5%.`, '>>> Sales rose 5%.']) {
      assert.deepEqual(run(text).claims.map((c) => c.text), ['5%'], text.slice(-20));
    }
  });

  for (const [name, br] of [['\\r', '\r'], ['U+2028', '\u2028'], ['U+2029', '\u2029']]) {
    test(`front matter with a stray ${name} after spaces`, () => {
      assertLinear(name, (n) => `---\ntitle:${' '.repeat(n)}${br}x\ndate: 2024-03-04\n---\nBody.`, (text) => readFrontMatter(text), 2_000);
      // The broken line gives no field; the others are read.
      assert.deepEqual(readFrontMatter(`---\ntitle:   ${br}x\ndate:  2024-03-04 \n---\nBody.`)?.fields, { date: '2024-03-04' });
    });
  }

  test('front matter values are trimmed and unquoted', () => {
    const cases: [string, Record<string, string>][] = [
      ['---\ndate: "2024-03-04"\n---\n', { date: '2024-03-04' }],
      ['---\r\nDate:\t2024-03-04\t \r\ntitle:\r\n---\n', { date: '2024-03-04', title: '' }],
      ['---\nnot a field\n-x: 1\n---\n', {}],
    ];
    for (const [text, fields] of cases) assert.deepEqual(readFrontMatter(text)?.fields, fields, JSON.stringify(text));
  });

  test('the mention table over lower-cased paragraphs', () => {
    // Lower-cased wire text: no capital in the paragraph, none for a long way after it.
    const make = (n: number) => {
      const run = next();
      return buildTextModel(Array.from({ length: n }, (_, i) => `the company said sales rose by a lot in year ${i} (${run}).`).join('\n\n'), 'plaintext');
    };
    assertLinear('lower case', make, (model) => mentionTableOf(model), 2_000);
    // A name after them all is still found.
    const model = buildTextModel(`${'the company said sales rose.\n\n'.repeat(50)}Jane Smith, the chief executive, spoke.\n\nSmith said it.`, 'plaintext');
    assert.equal(mentionTableOf(model).bySurname.get('Smith'), 'Jane Smith');
  });

  for (const [name, unit] of [['hyphens', 'A-'], ['apostrophes', "A'"], ['curly apostrophes', 'A’'], ['particles', 'al-A']]) {
    test(`the age rule on a long run of capitals and ${name}`, () => {
      const make = (n: number) => `He was born in 1950 and ${unit.repeat(n)}, 61, spoke ${next()} times.`;
      assertLinear(name, make, (text) => assert.deepEqual(scan(text, { referenceDate: '2021-05-01' }).errors, []), 5_000);
    });
  }
});

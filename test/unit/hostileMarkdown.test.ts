import * as assert from 'node:assert/strict';
import { deepMarkdown } from '../../scripts/hostile/inputs';
import { scan } from '../../src/engine';
import { markdownNonProse } from '../../src/engine/text/markdown';
import { markdownNonProseByLines, markdownTooHostile } from '../../src/engine/text/markdownFallback';
import { blankOut } from '../../src/engine/text/ranges';

function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}

suite('hostile Markdown: micromark only parses what it parses in linear time', () => {
  const hostile: [string, string][] = [
    ['block quotes 100,000 deep', deepMarkdown(100_000, 'quote')],
    ['list items 100,000 deep', deepMarkdown(100_000, 'list')],
    ['a wall of *_ (unmatched emphasis)', '*_'.repeat(20_000)],
    ['emphasis runs 5,000 long around a word', `${'*'.repeat(5000)}a${'*'.repeat(5000)}`],
    ['20,000 nested list lines', '- - x 12%\n'.repeat(20_000)],
  ];
  for (const [name, text] of hostile) {
    test(`${name}: falls back to the line scan, ends fast, keeps the claims`, () => {
      assert.equal(markdownTooHostile(text), true);
      const { ms } = timed(() => scan(text, { format: 'markdown' }));
      assert.ok(ms < 4000, `${ms.toFixed(0)} ms`);
    });
  }

  const ordinary: [string, string][] = [
    ['an article with headings, emphasis, a list and a quote', '# Title\n\nIt *cost* **$5 million**.\n\n- one\n  - two\n\n> He said so.\n'],
    ['a thematic break of 70 asterisks', `Above.\n\n${'*'.repeat(70)}\n\nBelow.\n`],
    ['a nested list 10 deep', `${'- '.repeat(10)}x\n`],
  ];
  for (const [name, text] of ordinary) {
    test(`${name}: parsed by micromark`, () => assert.equal(markdownTooHostile(text), false));
  }

  test('deep quotes: the claim after the markers is found at its offsets', () => {
    const text = deepMarkdown(100_000, 'quote');
    const result = scan(text, { format: 'markdown' });
    const money = result.claims.find((c) => c.kind === 'number' && c.text === '$5 million');
    assert.ok(money, 'the $5 million claim');
    assert.equal(text.slice(money.start, money.end), '$5 million');
  });

  test('the line scan masks what the parse masks on a plain document', () => {
    const text = '# Title\n\n> > It *cost* $5 million\n- item `code 12`\n```\nx = 42\n```\n<b>bold 7</b>\n***\n1. first 3%\n';
    const byLines = blankOut(text, markdownNonProseByLines(text));
    assert.equal(byLines, blankOut(text, markdownNonProse(text)));
    assert.doesNotMatch(byLines, /42|12|[#>*`]/);
    assert.match(byLines, /It {2}cost {2}\$5 million/);
    assert.match(byLines, /bold 7/);
    assert.match(byLines, /first 3%/);
  });
});

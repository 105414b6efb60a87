import * as assert from 'node:assert/strict';
import { emojiAndMarks, hostileInputs } from '../../scripts/hostile/inputs';
import { scan } from '../../src/engine';
import { EXTRACTORS } from '../../src/engine/extractors';
import { RULES } from '../../src/engine/rules';
import { assertSaneResult, timed } from './hostileHelpers';

// Smaller than the CLI's 2 MB acceptance inputs to keep the suite fast; the bound is generous (a loaded
// 2-core machine) but far below what a super-linear pattern takes on these inputs.
const SIZE = 200_000;
const BOUND_MS = 12_000;

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

suite('hostile input through scan(): always an answer, in time proportional to the text', () => {
  for (const input of hostileInputs(SIZE, 100_000)) {
    test(`${input.name} (${input.bytes.length} bytes)`, () => {
      const text = decode(input.bytes);
      const format = input.name.endsWith('.md') ? 'markdown' : 'plaintext';
      const { value: result, ms } = timed(() => scan(text, { format, referenceDate: '2024-03-04' }));
      assert.deepEqual(result.errors, [], 'no extractor or rule failed');
      assertSaneResult(text, result, input.name);
      assert.ok(ms < BOUND_MS, `${input.name}: ${ms.toFixed(0)} ms`);
    });
  }

  // The worst inputs of the pattern families: runs that a pattern with overlapping alternatives or a
  // nested quantifier would backtrack over (URLs and e-mails, names, ranges and fractions, numeric dates,
  // money, spelled numbers, titles, possessives, quotes, Markdown-looking punctuation).
  const runs = [
    'a.a.', 'a@a.', 'www.a', 'http://', 'A-A ', 'Mr. ', '1-1', '1/1/', '$$1', '12.12.', '1 1/2 ', '-1',
    'one hundred ', 'twenty-one ', "'s ", '“a ', '(a ', '\u2014', '1990s ', 'per cent ', 'U.S. ', 'Q1 ', '# ',
  ];
  for (const unit of runs) {
    test(`100 KB of ${JSON.stringify(unit)}`, () => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const { value: result, ms } = timed(() => scan(text, { referenceDate: '2024-03-04' }));
      assert.deepEqual(result.errors, []);
      assertSaneResult(text, result, unit);
      assert.ok(ms < BOUND_MS / 2, `${JSON.stringify(unit)}: ${ms.toFixed(0)} ms`);
    });
  }

  test('one NUL at the end of 500 KB of figures: the text and its prose are compared once, not per claim', () => {
    const text = `${'Sales rose 12% to $4.5bn. '.repeat(20_000)}\u0000`;
    const { value: result, ms } = timed(() => scan(text));
    assert.ok(result.claims.length >= 40_000);
    assertSaneResult(text, result, 'late NUL');
    assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  });

  const expected: [string, string, string[]][] = [
    ['a BOM before the text', '\uFEFFIt cost $5 million, the mayor said.', ['$5 million']],
    ['NUL bytes between words', 'Sales rose\u000012% to $4.5bn.', ['12%', '$4.5bn']],
    ['emoji before a figure', '👩‍👩‍👧 Sales rose 12% 🚀 to $4.5bn.', ['12%', '$4.5bn']],
    ['combining marks in words before a figure', 'Cafe\u0301 sales rose 12% at Zoe\u0308 Lopez’s shop.', ['12%']],
    ['an empty text', '', []],
    ['only whitespace', ' \n\n\t \r\n', []],
  ];
  for (const [name, text, numbers] of expected) {
    test(`${name}: the figures are found at their UTF-16 offsets`, () => {
      const result = scan(text);
      assertSaneResult(text, result, name);
      assert.deepEqual(result.claims.filter((c) => c.kind === 'number').map((c) => c.text), numbers);
    });
  }

  test('emoji and combining marks: every claim of a long text slices out its own text', () => {
    const text = emojiAndMarks(20_000);
    const result = scan(text, { referenceDate: '2024-03-04' });
    assertSaneResult(text, result, 'emoji');
    assert.ok(result.claims.some((c) => c.kind === 'date' && c.text.startsWith('March 3, 2024')));
    assert.ok(result.claims.some((c) => c.kind === 'quote'));
  });
});

suite('a failing extractor or rule leaves the rest of the result', () => {
  const ARTICLE = 'Sales rose 12% to $4.5bn on March 3, 2024, the company said. "We won," said Maria Lopez.';

  /** Replaces a method for the length of `fn`, then restores it. */
  function withThrowing<T extends object>(target: T, method: keyof T, fn: () => void): void {
    const original = target[method];
    (target as Record<keyof T, unknown>)[method] = () => {
      throw new Error('boom');
    };
    try {
      fn();
    } finally {
      (target as Record<keyof T, unknown>)[method] = original;
    }
  }

  test('a throwing rule: its error is reported, the claims and the other rules stand', () => {
    const clean = scan(ARTICLE);
    const rule = RULES.find((r) => r.name === 'unsourced-statistic') ?? RULES[0];
    withThrowing(rule, 'run', () => {
      const result = scan(ARTICLE);
      assert.deepEqual(result.errors, [{ stage: `rule ${rule.name}`, message: 'boom' }]);
      assert.deepEqual(result.claims, clean.claims);
      assert.deepEqual(result.findings, clean.findings.filter((f) => f.rule !== rule.name));
    });
  });

  test('a throwing extractor: its error is reported, the other kinds stand', () => {
    const clean = scan(ARTICLE);
    const dates = EXTRACTORS.find((e) => e.kind === 'date')!;
    withThrowing(dates, 'extract', () => {
      const result = scan(ARTICLE);
      assert.equal(result.errors.length, 1);
      assert.match(result.errors[0].stage, /extractor/);
      assert.equal(result.claims.filter((c) => c.kind === 'date').length, 0);
      assert.deepEqual(
        result.claims.filter((c) => c.kind === 'attribution' || c.kind === 'quote').map((c) => c.text),
        clean.claims.filter((c) => c.kind === 'attribution' || c.kind === 'quote').map((c) => c.text),
      );
      assert.ok(result.claims.some((c) => c.kind === 'number' && c.text === '$4.5bn'));
    });
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParagraphCache, scan } from '../../src/engine/scan';
import { diffTexts } from '../../src/engine/text/textEdit';
import { buildTextModel } from '../../src/engine/text/textModel';
import { movePosition, wordEditIn } from '../../src/engine/incremental/wordEdit';
import { sameMoved } from '../../src/engine/incremental/sameMoved';
import type { ScanOptions } from '../../src/engine/types';
import { fixtureNews, SEED_ARTICLE } from './fixtureArticles';
import { assertTypingMatchesFull } from './scanEquivalence';

const ROOT = join(__dirname, '../..');
const fixture = (path: string) => readFileSync(join(ROOT, 'test/fixtures', path), 'utf8');
/** Fixture articles joined by blank lines (the corpus variant of these tests is scripts/scanEquivalence.ts). */
const news = (from: number, count: number) => fixtureNews(count, from);

suite('word edits: a keystroke inside a word moves the last result', () => {
  const cases: [string, () => string, ScanOptions][] = [
    ['news with a publication date', () => news(0, 4), { referenceDate: '2008-03-01' }],
    ['news without one', () => news(10, 4), {}],
    ['the seed article (speaker labels, quotations)', () => readFileSync(SEED_ARTICLE, 'utf8'), {}],
    ['a transcript', () => fixture('workspace/transcript.txt'), { referenceDate: '2025-06-03' }],
    ['planted errors: names, titles, figures', () => fixture('consistency/planted-senate.txt'), { referenceDate: '2024-05-01' }],
    ['planted errors: shares, weekdays, changes', () => fixture('consistency/planted-harbour.txt'), { referenceDate: '2024-05-01' }],
    ['only some kinds', () => news(20, 2), { kinds: ['number', 'date'] }],
  ];
  cases.forEach(([name, text, options], i) => {
    test(`${name}: 120 keystrokes, each equal to a full scan`, function () {
      this.timeout(60_000);
      const stats = assertTypingMatchesFull(text(), options, 120, 100 + i);
      // Most keystrokes are word edits; the test is only worth its time if the fast path ran.
      assert.ok(stats.wordEdits >= 20, `${stats.wordEdits} word edits, ${stats.full} full scans`);
    });
  });

  test('the same text scanned again returns the last result', () => {
    const cache = new ParagraphCache();
    const text = news(0, 2);
    const first = structuredClone(scan(text, {}, cache));
    assert.deepEqual(scan(text, {}, cache), first);
  });

  test('a keystroke that only moves claims after it keeps their ids, and the ledger finds them', () => {
    const cache = new ParagraphCache();
    const text = 'The council approved the plan.\n\nThe budget rose 12% to $4.5bn on March 3, 2024.';
    const before = structuredClone(scan(text, {}, cache));
    const after = scan(text.replace('approved', 'approvedd'), {}, cache);
    assert.equal(cache.stats.wordEdits, 1);
    assert.deepEqual(
      after.claims.map((c) => [c.id, c.start - 1]),
      before.claims.map((c) => [c.id, c.start]),
    );
  });
});

suite('which edits are word edits', () => {
  const base = 'The minister said the budget rose  sharply.\n\nExperts say it "will not last," he added.\n\nLater on: nothing.';
  const cases: [string, string, boolean][] = [
    ['a letter typed into a lower-case word', base.replace('sharply', 'sharplly'), true],
    ['a letter deleted from a lower-case word', base.replace('budget', 'budet'), true],
    ['a new one-letter word between spaces', base.replace('rose  sharply', 'rose x sharply'), true],
    ['a capital typed', base.replace('budget', 'Budget'), true],
    ['a letter typed into a capitalized word', base.replace('The minister', 'Thee minister'), true],
    ['a digit typed', base.replace('budget', 'budget4'), true],
    ['a quotation mark typed', base.replace('budget', 'bud"get'), false],
    ['a space typed (a new word boundary)', base.replace('sharply', 'sharp ly'), false],
    ['a letter typed at the end of a paragraph, which the next one reads', base.replace('sharply.', 'sharply.x'), false],
    ['a word beside a quotation mark', base.replace('"will', '"wwill'), false],
    ['a word beside a colon', base.replace('Later on:', 'Later onn:'), false],
    ['a pronoun, away from any speaker label', base.replace('the budget', 'he budget'), true],
  ];
  for (const [name, after, expected] of cases) {
    test(`${name}: ${expected ? 'yes' : 'no'}`, () => {
      const a = buildTextModel(base, 'plaintext');
      const b = buildTextModel(after, 'plaintext');
      assert.equal(wordEditIn(a, b, diffTexts(base, after)!, { labels: false, spelling: () => false }) !== null, expected);
    });
  }

  test('a capital or a pronoun is not a word edit where a speaker label’s speech runs', () => {
    for (const after of [base.replace('The minister', 'Thee minister'), base.replace('the budget', 'he budget')]) {
      const edit = diffTexts(base, after)!;
      const [a, b] = [buildTextModel(base, 'plaintext'), buildTextModel(after, 'plaintext')];
      assert.notEqual(wordEditIn(a, b, edit, { labels: false, spelling: () => false }), null);
      assert.equal(wordEditIn(a, b, edit, { labels: true, spelling: () => false }), null);
    }
  });

  test('a word name-spelling turns on is not a word edit', () => {
    const a = buildTextModel(base, 'plaintext');
    const after = base.replace('sharply', 'sharplyx');
    const b = buildTextModel(after, 'plaintext');
    assert.equal(wordEditIn(a, b, diffTexts(base, after)!, { labels: false, spelling: (w) => w === 'sharplyx' }), null);
  });
});

suite('sameMoved: what the stages read, before and after an edit, compared where the edit put it', () => {
  // The edited token stood at [10, 14) and grew by one character.
  const move = movePosition({ start: 10, end: 14 }, 1);
  const cases: [string, unknown, unknown, boolean][] = [
    ['a range before the token stays', { start: 2, end: 8 }, { start: 2, end: 8 }, true],
    ['a range after the token moves', { start: 20, end: 25 }, { start: 21, end: 26 }, true],
    ['a range after the token that did not move', { start: 20, end: 25 }, { start: 20, end: 25 }, false],
    ['a range holding the token grows, its words read again', { start: 5, end: 30, text: 'old' }, { start: 5, end: 31, text: 'new' }, true],
    ['a range clear of the token keeps its words', { start: 20, end: 25, text: 'old' }, { start: 21, end: 26, text: 'new' }, false],
    ['an offset inside the token never matches', { start: 12, end: 20 }, { start: 12, end: 21 }, false],
    ['a value that changed', { start: 20, end: 25, value: 4 }, { start: 21, end: 26, value: 5 }, false],
    ['a key that is gone', { start: 20, end: 25, unit: 'USD' }, { start: 21, end: 26 }, false],
    ['lists of different lengths', [{ start: 1, end: 2 }], [], false],
    ['nested spans move too', { source: { start: 20, end: 22 }, cue: null }, { source: { start: 21, end: 23 }, cue: null }, true],
  ];
  for (const [name, before, after, expected] of cases) {
    test(`${name}: ${expected}`, () => assert.equal(sameMoved(before, after, move), expected));
  }

  test('offsets relative to a paragraph are compared from its start', () => {
    // A name 15 characters into a paragraph starting at 0 stands after the token; at 5, before it.
    assert.equal(sameMoved([{ at: 15 }], [{ at: 16 }], move, 0), true);
    assert.equal(sameMoved([{ at: 5 }], [{ at: 5 }], move, 0), true);
    assert.equal(sameMoved([{ at: 5 }], [{ at: 5 }], move, 10), false);
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ParagraphCache, scan, scanSteps } from '../../src/engine/scan';
import { diffTexts } from '../../src/engine/text/textEdit';
import { buildTextModel } from '../../src/engine/text/textModel';
import { updateTextModel } from '../../src/engine/text/updateModel';
import { attributionExtractor } from '../../src/engine/extractors/attribution';
import { fixtureNews, SEED_ARTICLE } from './fixtureArticles';
import { assertIncrementalMatchesFull, edits } from './scanEquivalence';

/** A few fixture articles joined by blank lines: news text with dates, figures, quotes and speakers. */
const news = (count: number) => fixtureNews(count);

suite('incremental re-scan', () => {
  test('the text model built from the last one and an edit equals the model built from scratch', () => {
    let text = news(6);
    let model = buildTextModel(text, 'plaintext');
    for (const edited of edits(text, 800, 11)) {
      const edit = diffTexts(text, edited);
      if (edit) model = updateTextModel(model, edited, edit);
      const full = buildTextModel(edited, 'plaintext');
      assert.equal(model.prose, full.prose);
      assert.deepEqual(model.paragraphs, full.paragraphs);
      text = edited;
    }
  });

  test('diffTexts finds the one changed span, and null for equal texts', () => {
    const cases: [string, string, ReturnType<typeof diffTexts>][] = [
      ['abc', 'abc', null],
      ['abc', 'abXc', { start: 2, oldEnd: 2, newEnd: 3 }],
      ['abc', 'ac', { start: 1, oldEnd: 2, newEnd: 1 }],
      ['aaaa', 'aaaaa', { start: 4, oldEnd: 4, newEnd: 5 }],
      ['', 'x', { start: 0, oldEnd: 0, newEnd: 1 }],
      ['one two', 'one six', { start: 4, oldEnd: 7, newEnd: 7 }],
    ];
    for (const [a, b, expected] of cases) assert.deepEqual(diffTexts(a, b), expected, `${a} → ${b}`);
  });

  test('after each of 30 random edits of news, a re-scan with the cache equals a full scan', () => {
    assertIncrementalMatchesFull(news(3), { referenceDate: '2008-03-01' }, 30, 1);
  });

  test('the same without a publication date, where a dateline edit can change every relative date', () => {
    assertIncrementalMatchesFull(readFileSync(SEED_ARTICLE, 'utf8'), {}, 30, 2);
  });

  test('the same for Markdown, whose model is rebuilt whole, and for CRLF line breaks', () => {
    const md = `---\ndate: 2024-05-01\n---\n# Title\n\n${news(2)}\n\n\`\`\`\ncode 2024\n\`\`\`\n`;
    assertIncrementalMatchesFull(md, { format: 'markdown' }, 15, 3);
    assertIncrementalMatchesFull(news(1).replace(/\n/g, '\r\n'), {}, 20, 4);
  });

  test('worst case: edits in one 200 KB block of lines with no blank line stay linear', () => {
    const text = 'The index rose 4% on Tuesday, he said "and fell".\n'.repeat(4000);
    let model = buildTextModel(text, 'plaintext');
    const started = Date.now();
    let current = text;
    for (const edited of edits(text, 10, 5)) {
      model = updateTextModel(model, edited, diffTexts(current, edited)!);
      current = edited;
    }
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
    assert.deepEqual(model.paragraphs, buildTextModel(current, 'plaintext').paragraphs);
  });

  test('a verity-ignore-file directive typed into the text silences its rule in the re-scan', () => {
    const cache = new ParagraphCache();
    const text = `${news(1)}\n\nExperts say it will rain.\n`;
    const before = scan(text, {}, cache);
    assert.ok(before.findings.some((f) => f.rule === 'vague-source'));
    const after = scan(`// verity-ignore-file vague-source\n${text}`, {}, cache);
    assert.ok(!after.findings.some((f) => f.rule === 'vague-source'));
  });
});

suite('scan in steps', () => {
  test('the steps pause once per paragraph and per document-wide stage, and end with the same result as scan', () => {
    const text = news(3);
    const paragraphs = buildTextModel(text, 'plaintext').paragraphs.length;
    const steps = scanSteps(text, { referenceDate: '2008-03-01' });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses > paragraphs, `${pauses} pauses for ${paragraphs} paragraphs`);
    assert.deepEqual(step.value, scan(text, { referenceDate: '2008-03-01' }));
  });

  test('the attribution extractor pauses within its work on a long document, and its steps give what extract gives', () => {
    const text = Array.from({ length: 700 }, (_, i) => `Paragraph ${i}: the minister said prices rose ${i}%.`).join('\n\n');
    const ctx = { model: buildTextModel(text, 'plaintext'), referenceDate: null, dateOrder: 'mdy' as const };
    const steps = attributionExtractor.steps!(ctx, []);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // Two chunks of paragraphs in the mention table, four in the speech, and the stages between.
    assert.ok(pauses >= 8, `${pauses} pauses`);
    assert.equal(step.value.length, 700);
    assert.deepEqual(step.value, attributionExtractor.extract(ctx, []));
    // A short article pauses only between the stages.
    const short = { ...ctx, model: buildTextModel(news(1), 'plaintext') };
    let few = 0;
    for (const _ of attributionExtractor.steps!(short, [])) few++;
    assert.ok(few <= 3, `${few} pauses`);
  });

  test('a scan abandoned half-way leaves the cache able to serve the next scan exactly', () => {
    const cache = new ParagraphCache();
    const text = news(3);
    scan(text, {}, cache);
    const edited = text.replace('March', 'April');
    const steps = scanSteps(edited, {}, cache);
    for (let i = 0; i < 5; i++) steps.next();
    const again = `${edited}\n\nThe index rose 4% on Tuesday, officials said.\n`;
    assert.deepEqual(scan(again, {}, cache), scan(again, {}));
  });
});

import { strict as assert } from 'node:assert';
import { scan } from '../../src/engine';
import { buildMentionTable, mentionTableOf } from '../../src/engine/resolvers/mentionTable';
import { findQuotations } from '../../src/engine/extractors/attribution/quotations';
import { TextMemo } from '../../src/engine/scanCache';
import { buildTextModel } from '../../src/engine/text/textModel';

/** The content of each attribution the scan finds. */
function contents(text: string): (string | null)[] {
  return scan(text).claims.flatMap((c) => (c.kind === 'attribution' ? [c.content?.text ?? null] : []));
}

suite('TextMemo and the paragraph memos of the document-wide stages', () => {
  test('a value is made once per key, and survives a generation turning over', () => {
    const memo = new TextMemo<number>(2);
    let made = 0;
    const make = () => ++made;
    assert.equal(memo.get('a', '', make), 1);
    assert.equal(memo.get('a', '', make), 1);
    assert.equal(memo.get('b', '', make), 2);
    assert.equal(memo.get('c', '', make), 3); // the first generation is full: it becomes the older one
    assert.equal(memo.get('a', '', make), 1); // found in the older generation, not made again
    assert.equal(made, 3);
  });

  test('one text in different contexts keeps a value for each', () => {
    const memo = new TextMemo<string>(10);
    assert.equal(memo.get('text', 'x', () => 'in x'), 'in x');
    assert.equal(memo.get('text', 'y', () => 'in y'), 'in y');
    assert.equal(memo.get('text', 'x', () => 'again'), 'in x');
    assert.equal(memo.get('text', 'z', () => 'in z'), 'in z');
  });

  // Each text scanned after the one before it: a paragraph kept from the previous text must not keep its
  // attributions when what it reads beside it (the next paragraph, a quotation's marks) changed.
  const sequence: [string, (string | null)[]][] = [
    ['The minister said:\n\n"We will build the plant."', ['"We will build the plant."']],
    ['The minister said:\n\nWe will build the plant.', ['We will build the plant']],
    ['The minister said:\n\nWe will build two plants.', ['We will build two plants']],
    ['The minister said:\n\n"We will build two plants."', ['"We will build two plants."']],
    ['"We lost," she said.\n\nThe vote was close.', ['"We lost,"']],
    ['We lost, she said.\n\nThe vote was close.', ['We lost']],
    ['Prices rose.\n\nThe vote was close.', []],
  ];
  test('a kept paragraph reads its changed context again', () => {
    for (const [text, expected] of [...sequence, ...[...sequence].reverse()]) assert.deepEqual(contents(text), expected, text);
  });

  const tables = [
    'Xi met Chairman Xi Jinping.\n\nLater, Jinping spoke.\n\nMary Ann Smith, the mayor, spoke to Smith.',
    'Mary Ann Smith, the mayor\n\nSmith said so.',
    'Experts say so.\n\n  Smith, a spokesman for the party, declined.',
  ];
  test('the mention table read paragraph by paragraph is the table of the whole prose', () => {
    for (const text of [...tables, ...tables]) {
      const model = buildTextModel(text, 'plaintext');
      assert.deepEqual(mentionTableOf(model), buildMentionTable(model.prose), text);
    }
  });

  test('quotations: 200 KB of short paragraphs without a mark, and with a mark each, run in linear time', () => {
    for (const para of ['a b c d e f g h.', 'He said "a b c d e f g."']) {
      const model = buildTextModel(Array(Math.ceil(200_000 / para.length)).fill(para).join('\n\n'), 'plaintext');
      const t = performance.now();
      const found = findQuotations(model);
      assert.ok(performance.now() - t < 2000);
      assert.equal(found.length, para.includes('"') ? model.paragraphs.length : 0);
    }
  });
});

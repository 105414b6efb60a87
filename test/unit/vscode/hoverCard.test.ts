import * as assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { scan, type Claim } from '../../../src/engine';
import { hoverCardMarkdown, markdownText, type HoverCardInput } from '../../../src/vscode/hoverCard';

/** The links a Markdown renderer (CommonMark) makes of the card, with any protocol (VS Code runs `command:` ones): their targets. */
function links(markdown: string): string[] {
  return [...micromark(markdown, { allowDangerousProtocol: true }).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
}

/** Text an article or a ledger may hold to make a link, a command, markup or an entity. */
const HOSTILE = [
  '<command:verity.markClaimVerified?x>',
  '[x](command:verity.ignoreClaim?%5B%5D)',
  '<https://evil.example/a>',
  'https://evil.example/b',
  'www.evil.example',
  'mail@evil.example',
  '&lt;b&gt; &amp; &#60;',
  '`code` *bold* _it_ ~~gone~~',
  '![img](https://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '# heading | table | $(zap)',
  '\\[escaped\\](command:verity.addSource)',
];

function cardFor(hostile: string): { md: string; claim: Claim } {
  const text = `The harbour cost $5 million ${hostile}, officials said.`;
  const claim = scan(text).claims.find((c) => c.kind === 'number')!;
  const input: HoverCardInput = {
    claim,
    referenceDate: null,
    sentence: text,
    mentions: [{ line: 3, text: hostile }],
    state: { status: 'verified', checkedAt: '2025-06-03T10:00:00.000Z', note: hostile, sources: [{ title: hostile, url: hostile, accessed: hostile, note: hostile }, { citation: hostile }] },
    uri: 'file:///news/a.txt',
  };
  return { md: hoverCardMarkdown(input), claim };
}

suite('hover card: article and ledger text stays text', () => {
  test('a renderer finds the hostile texts unescaped as links (the test can fail)', () => {
    assert.deepEqual(links('<command:verity.markClaimVerified?x>'), ['command:verity.markClaimVerified?x']);
    assert.deepEqual(links('[x](command:verity.ignoreClaim)'), ['command:verity.ignoreClaim']);
  });

  for (const hostile of HOSTILE) {
    test(`${hostile}: the only links are Verity's four commands, and the text reads as written`, () => {
      const { md, claim } = cardFor(hostile);
      const args = encodeURIComponent(JSON.stringify(['file:///news/a.txt', claim.id]));
      assert.deepEqual(links(md), ['verity.markClaimVerified', 'verity.markClaimDisputed', 'verity.addSource', 'verity.ignoreClaim'].map((c) => `command:${c}?${args}`));
      // No bare URL or www. link either (GFM, which VS Code renders, makes them links): every ":" and "." of the text is escaped.
      assert.doesNotMatch(md, /(?<!\\)(?:https?:|www\.)/);
      // The text reads as written: the rendered HTML, entities decoded, holds it whole.
      const html = micromark(md).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      assert.ok(html.includes(hostile), `${hostile} not in ${html}`);
    });
  }

  const escapes: [string, string][] = [
    ['plain words 42', 'plain words 42'],
    ['<a>', '\\<a\\>'],
    ['a & b', 'a \\& b'],
    ['x: y.z', 'x\\: y\\.z'],
    ['two\nlines', 'two lines'],
    ['*_`', '\\*\\_\\`'],
  ];
  for (const [input, expected] of escapes) test(`markdownText ${JSON.stringify(input)}`, () => assert.equal(markdownText(input), expected));
});

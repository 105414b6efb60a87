import * as assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { hoverCard } from '../../../src/cards/hoverCard';
import { markdownText } from '../../../src/cards/markdown';
import { scan, type Claim } from '../../../src/engine';
import { vscodeCardMarkdown } from '../../../src/vscode/hoverCard';

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

const URI = 'file:///news/a.txt';

function cardFor(hostile: string): { md: string; claim: Claim } {
  const text = `The harbour cost $5 million ${hostile}, officials said.\n\nIt cost $5 million ${hostile} again.`;
  const result = scan(text);
  const claim = result.claims.find((c) => c.kind === 'number')!;
  const state = { status: 'verified' as const, checkedAt: '2025-06-03T10:00:00.000Z', note: hostile, sources: [{ title: hostile, url: hostile, accessed: hostile, note: hostile }, { citation: hostile }] };
  const parts = hoverCard({ text, result, states: new Map([[claim.id, state]]) }, claim, { uri: URI, lineOf: () => 2 });
  return { md: vscodeCardMarkdown(parts), claim };
}

/** Markdown with its code spans taken out: a renderer makes no link inside one (GFM autolinks included). */
const outsideCode = (md: string) => md.replace(/(`+)[\s\S]*?\1/g, '');

suite('hover card: article and ledger text stays text', () => {
  test('a renderer finds the hostile texts unescaped as links (the test can fail)', () => {
    assert.deepEqual(links('<command:verity.markClaimVerified?x>'), ['command:verity.markClaimVerified?x']);
    assert.deepEqual(links('[x](command:verity.ignoreClaim)'), ['command:verity.ignoreClaim']);
  });

  for (const hostile of HOSTILE) {
    test(`${hostile}: the only links are Verity's four commands, and the text reads as written`, () => {
      const { md, claim } = cardFor(hostile);
      const args = encodeURIComponent(JSON.stringify([URI, claim.id]));
      assert.deepEqual(links(md), ['verity.markClaimVerified', 'verity.markClaimDisputed', 'verity.addSource', 'verity.ignoreClaim'].map((c) => `command:${c}?${args}`));
      // No bare URL or www. link either (GFM, which VS Code renders, makes them links) outside a code span.
      assert.doesNotMatch(outsideCode(md.replace(/\]\(command:[^)]*\)/g, '')), /(?<!\\)(?:https?:|www\.)/);
      // The text reads as written: the rendered HTML, tags dropped and entities decoded, holds it whole.
      const html = micromark(md).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      assert.ok(html.includes(hostile), `${hostile} not in ${html}`);
    });
  }

  const escapes: [string, string][] = [
    ['plain words 42.', 'plain words 42.'],
    ['<a>', '\\<a\\>'],
    ['a & b', 'a \\& b'],
    ['see https://x.example', 'see `https://x.example`'],
    ['two\nlines', 'two lines'],
    ['*_`', '\\*\\_\\`'],
  ];
  for (const [input, expected] of escapes) test(`markdownText ${JSON.stringify(input)}`, () => assert.equal(markdownText(input), expected));
});

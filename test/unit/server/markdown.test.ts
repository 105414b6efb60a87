import * as assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { cardMarkdown, markdownText } from '../../../src/cards/markdown';

/** The text a reader sees once the Markdown is rendered, and whether any markup came out of it. */
function rendered(markdown: string): { html: string; markup: boolean } {
  const html = micromark(markdown);
  const inner = html.replace(/^<p>|<\/p>\n?$/g, '');
  return { html, markup: /<(?!\/?code>)[a-z/!]/i.test(inner) };
}

const decode = (html: string) =>
  html
    .replace(/^<p>|<\/p>\n?$/g, '')
    .replace(/<\/?code>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

suite('server: untrusted text in a hover card', () => {
  const hostile: [string, string][] = [
    ['a link', 'see [the report](https://evil.example/x)'],
    ['an image', '![pixel](https://evil.example/p.png)'],
    ['an autolink', 'mail <https://evil.example> now'],
    ['raw HTML', '<img src=x onerror=alert(1)> and <b>bold</b>'],
    ['an entity', 'AT&amp;T &#x3C;script&#x3E;'],
    ['emphasis and code', '*not* _emphasis_ and `code`'],
    ['a heading at the start', '# Heading'],
    ['a list marker at the start', '- item'],
    ['an ordered list at the start', '1. first'],
    ['a command link', '[Mark verified](command:verity.markClaimVerified?%5B%5D)'],
    ['backslashes', 'C:\\path\\*file*'],
  ];
  for (const [name, text] of hostile) {
    test(`${name} is shown as it is written, with no markup`, () => {
      const { html, markup } = rendered(markdownText(text));
      assert.equal(markup, false, html);
      assert.equal(decode(html), text);
    });
  }

  const linkable = ['https://evil.example/a?b=c', 'www.evil.example', 'someone@evil.example', 'javascript:alert(1)'];
  for (const word of linkable) {
    test(`a word a renderer would link by itself (${word}) is a code span`, () => {
      const out = markdownText(`read ${word} today`);
      assert.match(out, /`[^`]+`/);
      assert.equal(decode(micromark(out)), `read ${word} today`);
    });
  }

  const plain = ['37 out of 44 technological fields', 'Nikolai Snopkov, First Deputy Prime Minister', 'December 2023'];
  for (const text of plain) {
    test(`plain prose stays readable as it is: ${text}`, () => assert.equal(markdownText(text), text));
  }

  test('the card keeps its own markup and leaves out command links', () => {
    const md = cardMarkdown([{ markdown: '**Verity · Date**: ' }, { text: 'December *2023*' }, { markdown: '\n\n' }, { links: [{ label: 'Mark verified', command: 'verity.markClaimVerified', args: [] }] }]);
    assert.match(md, /^\*\*Verity · Date\*\*: December \\\*2023\\\*/);
    assert.doesNotMatch(md, /command:|Mark verified\]/);
  });
});

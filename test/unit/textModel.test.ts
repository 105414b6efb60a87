import * as assert from 'node:assert/strict';
import { buildTextModel } from '../../src/engine/text/textModel';
import { readFrontMatter } from '../../src/engine/text/frontMatter';
import { urlRanges } from '../../src/engine/text/urls';

const paragraphsOf = (text: string) => buildTextModel(text, 'plaintext').paragraphs.map((p) => text.slice(p.start, p.end));
const sentencesOf = (text: string) =>
  buildTextModel(text, 'plaintext').paragraphs.flatMap((p) => p.sentences.map((s) => text.slice(s.start, s.end)));

suite('text model', () => {
  const paragraphCases: [string, string, string[]][] = [
    ['blank lines separate', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['a line ending a sentence ends a paragraph', 'First line.\nSecond line.', ['First line.', 'Second line.']],
    ['a speaker label stands alone', 'Jane Doe, mayor:\nWe will build it.', ['Jane Doe, mayor:', 'We will build it.']],
    ['a short headline line stands alone', '3.79 BYN\nThe price of bread rose sharply in the capital this week', ['3.79 BYN', 'The price of bread rose sharply in the capital this week']],
    [
      'a dateline under a long headline stands alone',
      'Council approves the funding for the bridge repairs after a long debate\nMarch 14, 2025\n\nBody.',
      ['Council approves the funding for the bridge repairs after a long debate', 'March 14, 2025', 'Body.'],
    ],
    [
      'hard-wrapped lines stay together (negative)',
      'The council voted on Thursday to spend the money on\nrepairs to the bridge, after inspectors found that\nthe cables had corroded.',
      ['The council voted on Thursday to spend the money on\nrepairs to the bridge, after inspectors found that\nthe cables had corroded.'],
    ],
    ['CRLF line ends', 'One.\r\nTwo.', ['One.', 'Two.']],
    ['list items start paragraphs', 'Points\n- first point here\n- second point here', ['Points', '- first point here', '- second point here']],
  ];
  for (const [name, text, expected] of paragraphCases) {
    test(`paragraphs: ${name}`, () => assert.deepEqual(paragraphsOf(text), expected));
  }

  const sentenceCases: [string, string[]][] = [
    ['It rose. It fell.', ['It rose.', 'It fell.']],
    ['Mr. Smith arrived. He spoke.', ['Mr. Smith arrived.', 'He spoke.']],
    ['John F. Kennedy spoke in Berlin.', ['John F. Kennedy spoke in Berlin.']],
    ['Prices rose 2.5 percent in Jan. last year.', ['Prices rose 2.5 percent in Jan. last year.']],
    ['"We won," she said. Then she left.', ['"We won," she said.', 'Then she left.']],
    ['It was made in the U.S. The plant closed.', ['It was made in the U.S.', 'The plant closed.']],
    ['The U.S. President spoke.', ['The U.S. President spoke.']],
    ['Really? Yes! Done.', ['Really?', 'Yes!', 'Done.']],
    ['at 4 p.m. on Friday he left.', ['at 4 p.m. on Friday he left.']],
    ['It ended. "Next," he said.', ['It ended.', '"Next," he said.']],
    ['the value was 3. and then', ['the value was 3. and then']],
  ];
  for (const [text, expected] of sentenceCases) {
    test(`sentences: ${text}`, () => assert.deepEqual(sentencesOf(text), expected));
  }

  test('Markdown: code, HTML, link targets and front matter are blanked, offsets kept', () => {
    const text = [
      '---',
      'date: 2024-05-10',
      '---',
      '# Title 2024',
      '',
      'Text with `code 42` and <span title="7">html</span> and [a link](https://x.org/99 "title 5").',
      '',
      '```',
      'fenced 300',
      '```',
      '',
      '    indented 400',
      '',
      'Plain 12%.',
    ].join('\n');
    const model = buildTextModel(text, 'markdown');
    assert.equal(model.prose.length, text.length);
    for (const hidden of ['2024-05-10', 'code 42', 'title="7"', 'https://x.org/99', 'title 5', 'fenced 300', 'indented 400', '---']) {
      assert.ok(!model.prose.includes(hidden), `${hidden} is not prose`);
    }
    for (const kept of ['Title 2024', 'Text with', 'html', 'a link', 'Plain 12%.']) {
      assert.ok(model.prose.includes(kept), `${kept} is prose`);
    }
    assert.equal(model.frontMatter?.fields.date, '2024-05-10');
  });

  test('plain text: Markdown syntax is left alone (negative)', () => {
    const text = 'Use `code 42` here.';
    assert.equal(buildTextModel(text, 'plaintext').prose, text);
  });

  const urlCases: [string, string[]][] = [
    ['See https://example.com/2023/05/a-45.html.', ['https://example.com/2023/05/a-45.html']],
    ['Mail jane.doe@example.org today', ['jane.doe@example.org']],
    ['Visit www.example.com/page?id=7, then', ['www.example.com/page?id=7']],
    ['No link in 3.5 or a.b here', []],
  ];
  for (const [text, expected] of urlCases) {
    test(`urls: ${text}`, () => assert.deepEqual(urlRanges(text).map((r) => text.slice(r.start, r.end)), expected));
  }

  const frontMatterCases: [string, Record<string, string> | null][] = [
    ['---\ndate: "2025-06-03"\ntitle: A\n---\nBody', { date: '2025-06-03', title: 'A' }],
    ['---\ndate: 2025-06-03\n', null],
    ['Body\n---\ndate: 2025-06-03\n---', null],
  ];
  for (const [text, fields] of frontMatterCases) {
    test(`front matter: ${JSON.stringify(text)}`, () => assert.deepEqual(readFrontMatter(text)?.fields ?? null, fields));
  }

  test('linear time: 400 KB of one paragraph of abbreviations and URLs', () => {
    const text = 'Mr. U.S. a.a.a.a www.x.org/1 '.repeat(14000);
    const t0 = Date.now();
    const model = buildTextModel(text, 'plaintext');
    assert.ok(model.paragraphs.length >= 1);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
  });
});

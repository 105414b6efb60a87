import * as assert from 'node:assert/strict';
import { formatOf, readPassages, SourceReadError } from '../../../src/sources/read';
import { tinyDocx } from './tinyDocx';
import { tinyPdf } from './tinyPdf';

const utf8 = (s: string) => new TextEncoder().encode(s);

suite('source readers', () => {
  test('plain text and Markdown: a passage a paragraph, at its first line', async () => {
    const passages = await readPassages('a.txt', utf8('Title\n\nFirst line.\nSecond line.\n\n\nLast.'));
    assert.deepEqual(passages, [
      { text: 'Title', locator: { line: 1 } },
      { text: 'First line.\nSecond line.', locator: { line: 3 } },
      { text: 'Last.', locator: { line: 7 } },
    ]);
    assert.deepEqual((await readPassages('a.md', utf8('# Head\r\n\r\nBody 5%.'))).map((p) => p.locator), [{ line: 1 }, { line: 3 }]);
  });

  test('HTML: the main text without its navigation, a passage a block', async () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report says the deal was worth $4.47 billion, and this sentence is long enough to be the article's text.</p>`).join('');
    const html = `<!doctype html><html><head><title>R</title><script>var x = "$9 billion";</script></head><body><nav><a href="/">Home</a> <a href="/x">Markets fell 12%</a></nav><article><h1>Report</h1>${body}</article><footer>Copyright 2024</footer></body></html>`;
    const passages = await readPassages('page.html', utf8(html));
    const all = passages.map((p) => p.text).join('\n');
    assert.ok(all.includes('Paragraph 4 of the report'), all);
    for (const absent of ['Markets fell 12%', '$9 billion', 'Copyright 2024']) assert.ok(!all.includes(absent), `${absent} is not main text`);
    assert.deepEqual(passages.map((p) => p.locator.paragraph), passages.map((_, i) => i + 1));
  });

  test('HTML too short for Readability is read whole, less navigation', async () => {
    const passages = await readPassages('p.htm', utf8('<html><body><nav>Menu 5%</nav><p>Exports rose 7%.</p><table><tr><th>Year</th><th>Exports</th></tr><tr><td>2023</td><td>$4.1bn</td></tr></table></body></html>'));
    assert.deepEqual(passages.map((p) => p.text), ['Exports rose 7%.', 'Year; Exports', '2023; $4.1bn']);
  });

  test('CSV: a row a passage with its column headers, rows counted from the header', async () => {
    const csv = 'Region,Schools,Closed\r\nNorth,44,37\r\n"South, coast",12,"3"\r\n';
    assert.deepEqual(await readPassages('t.csv', utf8(csv)), [
      { text: 'Region: North; Schools: 44; Closed: 37', locator: { row: 2 } },
      { text: 'Region: South, coast; Schools: 12; Closed: 3', locator: { row: 3 } },
    ]);
    assert.deepEqual((await readPassages('t.csv', utf8('a;b\n1;2\n'))).map((p) => p.text), ['a: 1; b: 2']);
  });

  test('CSV: a bare number under a header that gives its unit is written with it', async () => {
    const csv = 'Year,Exports (USD bn),Unemployment (%),Area (km),Note (EUR m)\n2023,4.47,5.4,12,n/a\n';
    assert.deepEqual((await readPassages('t.csv', utf8(csv))).map((p) => p.text), [
      'Year: 2023; Exports (USD bn): USD 4.47 billion; Unemployment (%): 5.4%; Area (km): 12; Note (EUR m): n/a',
    ]);
  });

  test('PDF: a passage a page, its lines as on the page', async () => {
    const pdf = tinyPdf([['Annual report', 'Revenue was $4.47 billion.'], ['Page two (notes)', 'Staff: 1,200.']]);
    assert.deepEqual(await readPassages('r.pdf', pdf), [
      { text: 'Annual report\nRevenue was $4.47 billion.', locator: { page: 1, line: 1 } },
      { text: 'Page two (notes)\nStaff: 1,200.', locator: { page: 2, line: 1 } },
    ]);
  });

  test('DOCX: a passage a paragraph', async () => {
    assert.deepEqual(await readPassages('m.docx', tinyDocx(['Memo', 'The plant employs 1,200 workers.'])), [
      { text: 'Memo', locator: { paragraph: 1 } },
      { text: 'The plant employs 1,200 workers.', locator: { paragraph: 2 } },
    ]);
  });

  test('what cannot be read is a SourceReadError with its reason', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['broken.pdf', utf8('%PDF-1.4 nothing else'), /cannot be read as PDF/],
      ['archive.zip', new Uint8Array([0x50, 0x4b, 3, 4]), /not a format Verity reads/],
      ['x.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), /cannot be read as DOCX/],
    ];
    for (const [name, bytes, message] of cases) {
      await assert.rejects(readPassages(name, bytes), (e: unknown) => e instanceof SourceReadError && message.test(e.message), name);
    }
  });

  test('the format is read from the first bytes before the name', () => {
    const cases: [string, string, string | undefined, string | null][] = [
      ['report', '%PDF-1.7', undefined, 'pdf'],
      ['report.txt', '%PDF-1.7', undefined, 'pdf'],
      ['page', '<!DOCTYPE html><p>x', undefined, 'html'],
      ['data', 'a,b', 'text/csv', 'csv'],
      ['notes', 'plain words', undefined, 'text'],
      ['blob', '\u0000\u0001', 'application/octet-stream', null],
    ];
    for (const [name, head, mime, format] of cases) assert.equal(formatOf(name, utf8(head), mime), format, name);
  });
});

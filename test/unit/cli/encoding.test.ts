import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeArticle } from '../../../src/cli/readInputs';
import { runCli } from './runCli';

const TEXT = 'Prices rose 12% to £4.50 — “a record”, Zoë said. 🎉\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

/** Windows-1252 bytes of text made of Latin-1 letters and the few 1252 punctuation marks used here. */
function cp1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '—': 0x97, '’': 0x92 };
  return Buffer.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

suite('decoding an article', () => {
  // [name, bytes, the text expected, the notice expected (null: none)]
  const cases: [string, Buffer, string, RegExp | null][] = [
    ['UTF-8', Buffer.from(TEXT), TEXT, null],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), TEXT, null],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), TEXT, null],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), TEXT, null],
    ['Windows-1252', cp1252('It cost £5 — “about €6”, said Zoë.\n'), 'It cost £5 — “about €6”, said Zoë.\n', /read as Windows-1252/],
    ['Latin-1 accents', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x32, 0x25]), 'Café 12%', /read as Windows-1252/],
    // Mostly UTF-8 with one stray byte: UTF-8, the byte replaced and counted (Windows-1252 would make é into Ã©).
    ['UTF-8 with one bad byte', Buffer.concat([Buffer.from('Café, Zoë, naïve '), Buffer.from([0xff]), Buffer.from(' 12%')]), 'Café, Zoë, naïve \uFFFD 12%', /^1 byte is not valid UTF-8/],
    ['empty', Buffer.alloc(0), '', null],
  ];
  for (const [name, bytes, text, notice] of cases) {
    test(name, () => {
      const decoded = decodeArticle(bytes);
      assert.ok('text' in decoded, JSON.stringify(decoded));
      assert.equal(decoded.text, text);
      if (notice) assert.match(decoded.notice ?? '', notice);
      else assert.equal(decoded.notice, undefined);
    });
  }

  // Negatives: binary stays refused, whatever its first bytes.
  const binary: [string, Buffer][] = [
    ['NUL bytes', Buffer.alloc(512, 0)],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['a PNG header and control bytes', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 1)])],
    ['a UTF-16 BOM before control bytes', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(600, 0)])],
    ['a UTF-16 BE BOM before control bytes', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 2 ? 3 : 0)))])],
  ];
  for (const [name, bytes] of binary) {
    test(`refused: ${name}`, () => assert.deepEqual(decodeArticle(bytes), { error: 'not a text file (binary content)' }));
  }

  test('Windows-1252: every byte from 0x80 to 0xFF is one character, 0x80 to 0x9F as the code page has them', () => {
    const all = decodeArticle(Buffer.from([0x41, ...Array.from({ length: 128 }, (_, i) => 0x80 + i)]));
    assert.ok('text' in all);
    assert.equal(all.text.length, 129, 'nothing dropped');
    assert.equal(all.text.slice(1, 5), '€\u0081‚ƒ');
    assert.equal(all.text[0x9f - 0x80 + 1], 'Ÿ');
    assert.equal(all.text[0xa3 - 0x80 + 1], '£');
  });

  test('verity check: a UTF-16 file is checked, a Windows-1252 one keeps its £ and says so in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-enc-'));
    const word = join(dir, 'word.txt');
    const windows = join(dir, 'windows.txt');
    writeFileSync(word, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It cost £5 million in 2023.\n', 'utf16le')]));
    writeFileSync(windows, cp1252('It cost £5 million in 2023.\n'));
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', word, windows]);
    assert.equal(code, 0, stderr);
    const files = JSON.parse(stdout).files as { path: string; claims: { text: string }[] }[];
    for (const f of files) assert.ok(f.claims.some((c) => c.text === '£5 million'), `${f.path}: ${JSON.stringify(f.claims.map((c) => c.text))}`);
    const lines = stderr.trimEnd().split('\n');
    assert.deepEqual(lines.length, 1, stderr);
    assert.match(lines[0], /windows\.txt: not valid UTF-8: read as Windows-1252/);
  });
});

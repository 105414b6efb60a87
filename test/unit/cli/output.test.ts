import * as assert from 'node:assert/strict';
import { scan } from '../../../src/engine';
import { claimStatus, type CheckedFile } from '../../../src/cli/checked';
import { ChunkWriter } from '../../../src/cli/output/chunks';
import { formatJson, writeJson } from '../../../src/cli/output/json';
import { formatText, writeText } from '../../../src/cli/output/text';

const ARTICLE = 'RIVERSIDE, March 14, 2025 — The council approved $42 million on Tuesday, up 12%, the mayor said.\n\nWe meet tomorrow.';
const BARE = 'It cost "$5 million" last week, Ana Ruiz said.';

/** A file as `check` makes it, with a ledger whose first claim is verified and an orphan entry. */
function ledgered(): CheckedFile {
  const result = scan(ARTICLE);
  const first = result.claims[0];
  return {
    path: 'a.txt',
    text: ARTICLE,
    result: {
      ...result,
      findings: [...result.findings, { rule: 'claim-changed', severity: 'warning' as const, message: 'changed', start: first.start, end: first.end, claimId: first.id }].sort((a, b) => a.start - b.start || a.end - b.end),
    },
    ledger: { path: 'a.txt.verity.json', exists: true, orphans: [{ id: 'n-gone', kind: 'number', text: '$1', status: 'false' }] },
    states: new Map([[first.id, { status: 'verified' as const }]]),
  };
}

/** Standard input: no ledger, no publication date. */
function bare(): CheckedFile {
  return { path: '<stdin>', text: BARE, result: scan(BARE) };
}

/** Text outside ASCII: two, three and four bytes a character in UTF-8. */
function emoji(): CheckedFile {
  const text = '👩‍👩‍👧 Café sales rose 12% 🚀 to £4.5bn on March 3, 2024, Zoë Lopez said. "We 🎉 won," she said.';
  return { path: 'émoji-📄.txt', text, result: scan(text) };
}

/** Line and column from 1, counted here by hand (UTF-16 units, as the offsets). */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The report as `JSON.stringify` writes it whole, each claim with its status last. */
function wholeJson(files: CheckedFile[]): string {
  return `${JSON.stringify({
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      referenceDate: f.result.referenceDate,
      referenceDateSource: f.result.referenceDateSource,
      claims: f.result.claims.map((c) => ({ ...c, ...place(f.text, c.start), status: claimStatus(f, c) })),
      findings: f.result.findings.map((x) => ({ ...x, ...place(f.text, x.start) })),
      ...(f.ledger ? { ledger: f.ledger } : {}),
    })),
  })}\n`;
}

suite('verity check output: written in pieces, the same as written whole', () => {
  const cases: [string, CheckedFile[]][] = [
    ['no file', []],
    ['one file without a ledger', [bare()]],
    ['a file with a ledger, a marked claim, a ledger finding and an orphan', [ledgered()]],
    ['two files', [ledgered(), bare()]],
    ['emoji, accents and a surrogate pair cut by no piece', [emoji()]],
  ];
  for (const [name, files] of cases) {
    for (const size of [1, 7, 100, 1 << 20]) {
      test(`JSON, ${name}, pieces of ${size}`, () => {
        const chunks: Uint8Array[] = [];
        writeJson(files, (c) => chunks.push(c), size);
        assert.equal(Buffer.concat(chunks).toString('utf8'), wholeJson(files));
        assert.ok(chunks.every((c) => c.length > 0));
        // Large pieces: one write a file (each is written once checked) and one to close.
        if (size === 1 << 20) assert.equal(chunks.length, files.length + 1);
        else if (files.length > 0) assert.ok(chunks.length > 1, `${chunks.length} pieces`);
      });
    }
  }

  test('JSON: the claim marked in the ledger shows its status, the others unchecked', () => {
    const report = JSON.parse(formatJson([ledgered()])) as { files: { claims: { status: string }[] }[] };
    const statuses = report.files[0].claims.map((c) => c.status);
    assert.equal(statuses[0], 'verified');
    assert.ok(statuses.length > 2);
    assert.deepEqual(new Set(statuses.slice(1)), new Set(['unchecked']));
  });

  test('text: claims and findings in order of place, a claim before a finding at the same place', () => {
    const file = ledgered();
    const text = formatText([file]);
    const lines = text.split('\n');
    const first = file.result.claims[0];
    const at = lines.findIndex((l) => l.includes(`#${first.id}`));
    assert.match(lines[at], /\[verified\]/);
    assert.match(lines[at + 1], /\[claim-changed\]$/);
    assert.equal(lines[0], 'a.txt', 'the file named once, above its lines');
    const columns = lines.filter((l) => /^ {2}\d+:\d+ /.test(l)).map((l) => l.match(/^ {2}(\d+):(\d+)/)!.slice(1).map(Number));
    assert.equal(columns.length, file.result.claims.length + file.result.findings.length);
    for (let i = 1; i < columns.length; i++) {
      const [l0, c0] = columns[i - 1];
      const [l1, c1] = columns[i];
      assert.ok(l0 < l1 || (l0 === l1 && c0 <= c1), `${lines[i - 1]} / ${lines[i]}`);
    }
    assert.ok(lines.some((l) => l.includes('"$1" (false, n-gone) is in the ledger but no longer in the article')));
  });

  test('text: a blank line between files, one line break at the end, the same in pieces', () => {
    const files = [ledgered(), bare()];
    const text = formatText(files);
    assert.match(text, /findings?; publication date 2025-03-14 \(dateline\)\n\n<stdin>\n {2}1:/);
    assert.match(text, /<stdin>: \d+ claims?, \d+ findings?; publication date unknown\n$/);
    assert.doesNotMatch(text, /\n\n$/);
    assert.equal(formatText([]), '\n');
    const chunks: Uint8Array[] = [];
    writeText(files, (c) => chunks.push(c));
    assert.ok(chunks.length >= 1);
    assert.equal(Buffer.concat(chunks).toString('utf8'), text);
  });

  test('ChunkWriter: UTF-8 pieces joined into buffers up to the size, a longer piece alone, the rest on flush, nothing empty', () => {
    const out: string[] = [];
    const w = new ChunkWriter((c) => out.push(Buffer.from(c).toString('utf8')), 12);
    w.push('ab');
    w.push('é');
    w.push('cd');
    assert.deepEqual(out, []);
    // 6 bytes used; 'xyz' may take 9: over 12, so what is gathered goes first.
    w.push('xyz');
    assert.deepEqual(out, ['abécd']);
    w.push('🎉');
    w.push('a piece longer than the buffer');
    assert.deepEqual(out, ['abécd', 'xyz🎉', 'a piece longer than the buffer']);
    w.push('e');
    w.push('');
    w.flush();
    w.flush();
    assert.deepEqual(out, ['abécd', 'xyz🎉', 'a piece longer than the buffer', 'e']);
  });
});

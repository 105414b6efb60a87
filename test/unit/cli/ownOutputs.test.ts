import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVerityOutput, isVerityOutputName } from '../../../src/cli/readInputs';
import { REPORT_MARKER } from '../../../src/ledger/report/markdown';
import { runCli } from './runCli';

const ARTICLE = 'Sales rose 12% to $4.5bn in December 2023, the company said.\n';

function checkedPaths(dir: string, operands: string[] = [dir]): string[] {
  const { stdout } = runCli(['check', '--format', 'json', ...operands]);
  return JSON.parse(stdout).files.map((f: { path: string }) => f.path.slice(dir.length + 1)).sort();
}

suite('verity check skips what Verity wrote', () => {
  test('after verity report --out, a folder check does not check the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-own-'));
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    assert.equal(runCli(['report', join(dir, 'a.txt'), '--out', join(dir, 'report.md')]).code, 0);
    const { stderr } = runCli(['check', dir]);
    assert.deepEqual(checkedPaths(dir), ['a.txt']);
    assert.match(stderr, /report\.md: skipped: a report Verity wrote/);
  });

  test('a folder of outputs and articles: only the articles are checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-own-'));
    mkdirSync(join(dir, '.verity'));
    const files: [string, string, boolean][] = [
      ['a.txt', ARTICLE, true],
      ['a.txt.factcheck.md', ARTICLE, false],
      ['a.txt.verity.json', '{}', false],
      ['notes.verity.md', ARTICLE, false],
      [join('.verity', 'x.md'), ARTICLE, false],
      ['marked.md', `\n${REPORT_MARKER}\n# Report\n${ARTICLE}`, false],
      // Negatives: an article that quotes the marker below its first line, or is named verity, is an article.
      ['quotes.md', `${ARTICLE}${REPORT_MARKER}\n`, true],
      ['verity.md', ARTICLE, true],
      ['verity-notes.txt', ARTICLE, true],
    ];
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    assert.deepEqual(checkedPaths(dir), files.filter((f) => f[2]).map((f) => f[0]).sort());
  });

  test('a report named as an input is checked: the user asked for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-own-'));
    writeFileSync(join(dir, 'r.md'), `${REPORT_MARKER}\n${ARTICLE}`);
    assert.deepEqual(checkedPaths(dir, [join(dir, 'r.md')]), ['r.md']);
  });

  const names: [string, boolean][] = [
    ['a.txt.verity.json', true],
    ['a.md.factcheck.html', true],
    ['x.VERITY.md', true],
    ['verity.md', false],
    ['factcheck.txt', false],
    ['a.verity', false],
  ];
  for (const [name, own] of names) test(`name ${name}: ${own ? 'Verity' : 'an article'}`, () => assert.equal(isVerityOutputName(name), own));

  const texts: [string, boolean][] = [
    [`${REPORT_MARKER}\n# Report`, true],
    [`\uFEFF\n  ${REPORT_MARKER}`, true],
    [`# Title\n${REPORT_MARKER}`, false],
    ['<!-- verity-report -->', false],
    ['', false],
  ];
  for (const [text, own] of texts) test(`text ${JSON.stringify(text.slice(0, 20))}: ${own}`, () => assert.equal(isVerityOutput(text), own));
});

import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliAsync } from './runCli';

const FIXTURE = join(__dirname, '../../fixtures/ledger/harbour-expansion.txt');

/** How many claims the fixture has today: the extractors improve, the report must follow them. */
function claimCount(file: string): number {
  return JSON.parse(runCli(['check', '--format', 'json', file]).stdout).files[0].claims.length;
}

async function markedArticle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'verity-report-'));
  const file = join(dir, 'harbour.txt');
  copyFileSync(FIXTURE, file);
  const claims = JSON.parse(runCli(['check', '--format', 'json', file]).stdout).files[0].claims as { id: string; text: string }[];
  const id = (text: string) => claims.find((c) => c.text === text)!.id;
  await runCliAsync(['mark', file, id('2.4 million'), '--status', 'verified', '--source', 'https://port.example/annual-2024', '--title', 'Annual report 2024']);
  await runCliAsync(['mark', file, id('40%'), '--status', 'needs-source', '--note', 'Ask for the traffic model']);
  await runCliAsync(['mark', file, id('2015'), '--status', 'false', '--source', 'Impact study register, entry 2017/44', '--note', 'The last study is from 2017']);
  return file;
}

suite('verity report', () => {
  test('Markdown: totals, groups in status order, each claim with sentence, value, source of the claim, sources and notes', async () => {
    const file = await markedArticle();
    const { code, stdout } = runCli(['report', file]);
    assert.equal(code, 0);
    const headings = [...stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings.map((h) => h.replace(/ \(\d+\)$/, '')), ['Problems found', 'False', 'Needs source', 'Unchecked', 'Verified']);
    assert.match(stdout, /\| False \| 1 \|\n\| Needs source \| 1 \|\n\| Unchecked \| \d+ \|\n\| Verified \| 1 \|\n\| \*\*Total\*\* \| \*\*(\d+)\*\* \|/);
    assert.equal(Number(/\*\*Total\*\* \| \*\*(\d+)/.exec(stdout)![1]), claimCount(file));
    assert.match(stdout, /- \*\*2\.4 million\*\* \(number, line 5\): 2,400,000[^\n]*\n {2}- Sentence: The port handled 2\.4 million containers last year, a record for the third year running\.\n {2}- Source of the claim: Margaret Olsen, Chair of the Kelso Harbour Authority\n {2}- Source: Annual report 2024 <https:\/\/port\.example\/annual-2024> \(accessed \d{4}-\d\d-\d\d\)/);
    assert.match(stdout, /Source: Impact study register, entry 2017\/44 \(accessed [\d-]+\)\n {2}- Note: The last study is from 2017/);
  });

  test('CSV, JSON and HTML carry the same claims; --out writes the file', async () => {
    const file = await markedArticle();
    const n = claimCount(file);
    const json = JSON.parse(runCli(['report', file, '--format', 'json']).stdout);
    assert.equal(json.totals.claims, n);
    assert.deepEqual(json.totals.byStatus, { false: 1, disputed: 0, 'needs-source': 1, unchecked: n - 3, verified: 1, ignored: 0 });
    const csv = runCli(['report', file, '--format', 'csv']).stdout;
    assert.equal(csv.trimEnd().split('\r\n').length, 1 + n);
    const out = join(file, '..', 'report.html');
    const written = runCli(['report', file, '--format', 'html', '--out', out]);
    assert.equal(written.code, 0);
    assert.match(written.stdout, /html report written to .*report\.html/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes('<a href="https://port.example/annual-2024">Annual report 2024</a>'));
    assert.equal((html.match(/<tr id=/g) ?? []).length, n);
  });

  test('an article without a ledger: every claim unchecked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-report-'));
    const file = join(dir, 'harbour.txt');
    copyFileSync(FIXTURE, file);
    const json = JSON.parse(runCli(['report', file, '--format', 'json']).stdout);
    assert.deepEqual(json.groups.map((g: { status: string }) => g.status), ['unchecked']);
  });

  test('--out to a folder that does not exist: exit 2 with a message', async () => {
    const file = await markedArticle();
    const { code, stderr } = runCli(['report', file, '--out', join(file, '..', 'missing', 'r.md')]);
    assert.equal(code, 2);
    assert.match(stderr, /r\.md: no such file or folder/);
  });
});

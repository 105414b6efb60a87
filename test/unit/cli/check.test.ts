import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const ARTICLE = 'Sales rose 12% to $4.5bn in December 2023, the company said.\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'verity-cli-'));
}

suite('verity check', () => {
  test('JSON claims slice out exactly their text, with both a date and a number', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const { code, stdout } = runCli(['check', '--format', 'json', file]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 1);
    const claims = report.files[0].claims as { kind: string; start: number; end: number; text: string }[];
    for (const c of claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
    assert.ok(claims.some((c) => c.kind === 'date'), 'a date claim');
    assert.ok(claims.some((c) => c.kind === 'number'), 'a number claim');
  });

  test('a missing input beside a readable one: exit 2, a message, the readable one still reported', () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', join(dir, 'missing.txt'), good]);
    assert.equal(code, 2);
    assert.match(stderr, /missing\.txt: no such file or folder/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.equal(JSON.parse(stdout).files[0].path, good);
  });

  test('a folder is checked recursively for articles only', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'one.md'), '# Note\n\nIt cost $5 million.\n');
    writeFileSync(join(dir, 'sub', 'two.txt'), 'It cost 3 million euros.\n');
    writeFileSync(join(dir, 'sub', 'data.csv'), '1,2,3\n');
    const report = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path.slice(dir.length + 1)),
      ['one.md', join('sub', 'two.txt')],
    );
  });

  test('standard input, a BOM skipped, invalid UTF-8 replaced rather than fatal', () => {
    const bom = runCli(['check', '--format', 'json', '-'], '\uFEFFIt cost $5 million.');
    assert.equal(bom.code, 0);
    const claim = JSON.parse(bom.stdout).files[0].claims[0];
    assert.equal(claim.text, '$5 million');
    assert.equal(claim.start, 8, 'offsets count from after the BOM');

    const dir = tempDir();
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x32, 0x25, 0x0a]));
    const result = runCli(['check', latin1]);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /12%/);
  });

  test('a binary file is an unreadable input, not an article', () => {
    const dir = tempDir();
    const bin = join(dir, 'image.txt');
    writeFileSync(bin, Buffer.alloc(512, 0));
    const { code, stderr } = runCli(['check', bin]);
    assert.equal(code, 2);
    assert.match(stderr, /image\.txt: not a text file/);
  });

  test('text output names file:line:col, kind, text and value', () => {
    const { stdout } = runCli(['check', '-'], 'Headline\n\nIt cost $5 million.');
    assert.match(stdout, /^<stdin>\n[\s\S]*^ {2}3:9 +number +"\$5 million" +5,000,000 USD/m);
  });

  test('SARIF 2.1.0 carries the rules', () => {
    const sarif = JSON.parse(runCli(['check', '--format', 'sarif', '-'], ARTICLE).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].tool.driver.name, 'Verity');
    assert.ok(Array.isArray(sarif.runs[0].results));
  });

  const usageErrors: [string[], RegExp][] = [
    [['check'], /at least one file/],
    [['check', '--format', 'xml', '-'], /--format must be one of text, json, sarif/],
    [['check', '--reference-date', '03/06/2025', '-'], /--reference-date: "03\/06\/2025" is not a date as YYYY-MM-DD/],
    // A day the calendar does not have is refused, never dropped for the dateline's date.
    [['check', '--reference-date', '2024-02-30', '-'], /--reference-date: "2024-02-30" has no such day: February 2024 has 29 days/],
    [['check', '--reference-date', '2024-13-45', '-'], /--reference-date: "2024-13-45" has no such month: 13/],
    [['check', '--reference-date', '2024-03-05T25:00', '-'], /no such time of day: 25:00/],
    [['check', '--fail-on', 'fatal', '-'], /--fail-on must be one of/],
    [['check', '--kinds', 'numbers', '-'], /"numbers" is not one/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
    [['check', '--format'], /--format needs a value/],
  ];
  for (const [argv, message] of usageErrors) {
    test(`usage error: verity ${argv.join(' ')}`, () => {
      const { code, stderr } = runCli(argv, ARTICLE);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  }

  test('--help and --version', () => {
    assert.match(runCli(['--help']).stdout, /Usage: verity/);
    assert.equal(runCli(['--version']).stdout.trim(), '9.9.9-test');
  });

  test('--reference-date takes a date-time as ISO 8601 and TimeML give it', () => {
    const cases: [string, string, string, string][] = [
      ['2024-03-05T10:00:00Z', 'He left two hours ago.', '2024-03-05', '2024-03-05T08:00'],
      ['1998-02-13T14:26', 'He left 30 minutes ago.', '1998-02-13', '1998-02-13T13:56'],
      ['1998-02-13T14:26:00', 'We meet tonight.', '1998-02-13', '1998-02-13TNI'],
      ['19980213', 'He left this morning.', '1998-02-13', '1998-02-13TMO'],
      // Without a time of day, "two hours ago" is only the past.
      ['2024-03-05', 'He left two hours ago.', '2024-03-05', 'PAST_REF'],
    ];
    for (const [given, text, date, value] of cases) {
      const file = JSON.parse(runCli(['check', '--format', 'json', '--reference-date', given, '-'], text).stdout).files[0];
      assert.deepEqual([file.referenceDate, file.claims[0].value], [date, value], `${given}: ${text}`);
    }
  });

  test('a dateline without a year is a partial publication date, and the report asks for the year', () => {
    const text = 'MINSK, May 28 (BelTA) – The talks that began on 20 May 2025 went on yesterday.';
    const { stdout } = runCli(['check', '-'], text);
    assert.match(stdout, /publication date partial: the dateline gives 05-28 \(month-day\) without a year; give the year with --reference-date YYYY-05-28/);
    const file = JSON.parse(runCli(['check', '--format', 'json', '-'], text).stdout).files[0];
    assert.deepEqual([file.referenceDate, file.partialReferenceDate], [null, 'XXXX-05-28']);
    // With the year given, the date is whole.
    assert.match(runCli(['check', '--reference-date', '2025-05-28', '-'], text).stdout, /publication date 2025-05-28 \(option\)/);
  });

  test('--reference-date resolves relative dates', () => {
    const report = JSON.parse(runCli(['check', '--format', 'json', '--reference-date', '2025-06-03', '-'], 'We meet tomorrow.').stdout);
    assert.equal(report.files[0].referenceDate, '2025-06-03');
    const tomorrow = report.files[0].claims.find((c: { text: string }) => /tomorrow/i.test(c.text));
    assert.equal(tomorrow.value, '2025-06-04');
  });
});

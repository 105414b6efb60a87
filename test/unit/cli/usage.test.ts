import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closest, editDistance } from '../../../src/cli/args';
import { runCli } from './runCli';

function article(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-usage-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Sales rose 12% in December 2023, the company said.\n');
  return file;
}

suite('verity refuses what it does not know', () => {
  const file = article();
  // [argv, the message expected on stderr]
  const refused: [string[], RegExp][] = [
    [['check', '--bogus', file], /unknown option --bogus; verity check takes --format, /],
    [['check', '--formt', 'json', file], /unknown option --formt \(did you mean --format\?\)/],
    [['check', '--formt=json', file], /unknown option --formt \(did you mean --format\?\)/],
    [['check', '--refrence-date', '2024-01-01', file], /did you mean --reference-date\?/],
    [['check', '--fial-on', 'warning', file], /did you mean --fail-on\?/],
    [['check', '-f', 'json', file], /unknown option -f: .*did you mean --format or --fail-on\?/],
    [['check', file, '-x'], /unknown option -x/],
    [['check', '--status', 'verified', file], /unknown option --status/],
    [['report', '--fail-on', 'error', file], /unknown option --fail-on/],
    [['mark', file, '#n-1', '--stauts', 'verified'], /did you mean --status\?/],
    [['fetch', file, '--refesh'], /did you mean --refresh\?/],
    [['check', '--reference-date', '2024-02-30', file], /--reference-date: "2024-02-30" has no such day/],
    [['report', '--reference-date', '2023-13-01', file], /--reference-date: /],
  ];
  for (const [argv, message] of refused) {
    test(`exit 2: verity ${argv.map((a) => (a === file ? 'a.txt' : a)).join(' ')}`, () => {
      const { code, stdout, stderr } = runCli(argv);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.match(stderr, /^verity: /);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
      assert.equal(stdout, '', 'nothing checked');
    });
  }

  // Negatives: what is valid still runs.
  const accepted: string[][] = [
    ['check', '--format', 'json', file],
    ['check', '--format=json', '--debug', file],
    ['check', '--reference-date', '2024-02-29', file],
    ['check', '--reference-date', '2024-03-05T10:00:00Z', file],
    ['check', '--', file],
    ['report', '--format', 'md', '--reference-date', '2024-01-01', file],
  ];
  for (const argv of accepted) {
    test(`runs: verity ${argv.map((a) => (a === file ? 'a.txt' : a)).join(' ')}`, () => {
      const { code, stderr } = runCli(argv);
      assert.equal(code, 0, stderr);
      assert.doesNotMatch(stderr, /unknown option/);
    });
  }

  test('--help and --version still answer before any command', () => {
    assert.equal(runCli(['--version']).code, 0);
    assert.equal(runCli(['-h']).code, 0);
    assert.equal(runCli(['check', '--help']).code, 0);
  });

  test('a file named like an option is reached after --', () => {
    const { code, stderr } = runCli(['check', '--', '-missing.txt']);
    assert.equal(code, 2);
    assert.match(stderr, /-missing\.txt: no such file/);
  });
});

suite('the nearest option', () => {
  const valid = ['format', 'reference-date', 'fail-on', 'kinds', 'date-order', 'ledger-root', 'help', 'version', 'debug'];
  const cases: [string, string | null][] = [
    ['formt', 'format'],
    ['fromat', 'format'],
    ['fomrat', 'format'],
    ['kind', 'kinds'],
    ['ledgerroot', 'ledger-root'],
    ['verison', 'version'],
    ['bogus', null],
    ['x', null],
    ['output', null],
  ];
  for (const [name, expected] of cases) test(`${name} → ${expected}`, () => assert.equal(closest(name, valid), expected));

  const distances: [string, string, number][] = [
    ['', '', 0],
    ['abc', 'abc', 0],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ];
  for (const [a, b, d] of distances) test(`distance ${a}/${b} = ${d}`, () => assert.equal(editDistance(a, b), d));
});

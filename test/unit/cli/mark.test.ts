import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliAsync } from './runCli';

const FIXTURE = join(__dirname, '../../fixtures/ledger/harbour-expansion.txt');

interface JsonClaim {
  id: string;
  text: string;
  status: string;
}
interface JsonFile {
  claims: JsonClaim[];
  findings: { rule: string; message: string; claimId?: string }[];
  ledger?: { path: string; exists: boolean; orphans: { id: string; text: string; status: string }[] };
}

function article(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verity-mark-'));
  const file = join(dir, 'harbour.txt');
  copyFileSync(FIXTURE, file);
  return file;
}

function checkJson(file: string, ...extra: string[]): JsonFile {
  const { stdout } = runCli(['check', '--format', 'json', ...extra, file]);
  return JSON.parse(stdout).files[0];
}

function claimNamed(file: string, text: string): JsonClaim {
  const claim = checkJson(file).claims.find((c) => c.text === text);
  assert.ok(claim, `a claim "${text}"`);
  return claim;
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

suite('verity mark, check and report over the ledger', () => {
  test('acceptance: marks survive edits elsewhere; a changed claim is unchecked with a finding; a broken ledger is left alone', async () => {
    const file = article();
    const ledger = `${file}.verity.json`;
    const ratio = claimNamed(file, '12 out of 15');
    const date = claimNamed(file, 'March 2022');
    const source = 'https://stats.example.org/freight/2024';
    const marked = await runCliAsync(['mark', file, ratio.id, '--status', 'verified', '--source', source, '--title', 'Northern freight statistics 2024']);
    assert.equal(marked.code, 0, marked.stderr);
    assert.match(marked.stdout, /"12 out of 15" marked verified in .*harbour\.txt\.verity\.json/);
    assert.equal((await runCliAsync(['mark', file, date.id, '--status', 'disputed', '--note', 'The minister spoke in April'])).code, 0);

    // A paragraph at the top, a word changed in another paragraph and in the date's own paragraph.
    edit(file, (t) => `Correction appended on Friday: an earlier version misnamed the harbour authority.\n${t}`
      .replace('Several shipping companies sent observers', 'Several shipping firms sent observers')
      .replace('the budget situation this year is difficult', 'the budget situation this year is hard'));
    let report = checkJson(file);
    assert.equal(report.claims.find((c) => c.text === '12 out of 15')?.status, 'verified');
    assert.equal(report.claims.find((c) => c.text === 'March 2022')?.status, 'disputed');
    assert.equal(report.findings.filter((f) => f.rule === 'claim-changed').length, 0);
    assert.deepEqual(report.ledger?.orphans, []);

    // The claim's own figure changes.
    edit(file, (t) => t.replace('12 out of 15', '13 out of 15'));
    report = checkJson(file);
    const changed = report.claims.find((c) => c.text === '13 out of 15')!;
    assert.equal(changed.status, 'unchecked');
    const finding = report.findings.find((f) => f.rule === 'claim-changed');
    assert.equal(finding?.claimId, changed.id);
    assert.match(finding!.message, /"13 out of 15" changed since it was checked: it read "12 out of 15" when it was marked verified/);
    assert.equal(runCli(['check', '--fail-on', 'unchecked', file]).code, 1);

    const md = runCli(['report', file, '--format', 'md']);
    assert.equal(md.code, 0, md.stderr);
    assert.ok(md.stdout.includes(`Northern freight statistics 2024 <${source}>`), 'the source is listed');
    assert.match(md.stdout, /## Disputed \(1\)[\s\S]*\*\*March 2022\*\*[\s\S]*Note: The minister spoke in April/);
    assert.match(md.stdout, /Changed since it was checked: it read "12 out of 15"/);

    // The ledger broken by hand.
    edit(ledger, (t) => t.replace('"status": "disputed",', '"status": "disputed"'));
    const broken = readFileSync(ledger);
    const checked = runCli(['check', '--format', 'json', file]);
    const unreadable = JSON.parse(checked.stdout).files[0].findings.find((f: { rule: string }) => f.rule === 'ledger-unreadable');
    assert.match(unreadable.message, /harbour\.txt\.verity\.json cannot be read \(line \d+, column \d+: not valid JSON/);
    assert.equal(checked.code, 1, 'an unreadable ledger is an error');
    const refused = await runCliAsync(['mark', file, date.id, '--status', 'verified']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /harbour\.txt\.verity\.json cannot be read \(line \d+.*verity mark --reset/);
    assert.equal(runCli(['report', file]).code, 2);
    assert.deepEqual(readFileSync(ledger), broken, 'byte for byte as it was');

    const reset = await runCliAsync(['mark', '--reset', file]);
    assert.equal(reset.code, 0);
    assert.deepEqual(readFileSync(`${ledger}.bak`), broken, 'the backup keeps the broken ledger');
    assert.equal((await runCliAsync(['mark', file, date.id, '--status', 'verified'])).code, 0);
    assert.equal(claimNamed(file, 'March 2022').status, 'verified');
  });

  test('--fail-on unchecked passes once every claim is marked, ignored ones included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-mark-'));
    const file = join(dir, 'short.txt');
    writeFileSync(file, 'The ferry carried 412 passengers in 2019.\n');
    const claims = checkJson(file).claims;
    assert.equal(claims.length, 2);
    assert.match(runCli(['check', file]).stdout, new RegExp(`"412" .* #${claims[0].id}\n`), 'the text output gives the id to mark');
    assert.equal(runCli(['check', '--fail-on', 'unchecked', file]).code, 1);
    await runCliAsync(['mark', file, claims[0].id, '--status', 'verified', '--source', 'Ferry operator annual report 2019, p. 4']);
    assert.equal(runCli(['check', '--fail-on', 'unchecked', file]).code, 1);
    await runCliAsync(['mark', file, `#${claims[1].id}`, '--status', 'ignored']);
    assert.equal(runCli(['check', '--fail-on', 'unchecked', file]).code, 0);
    const text = runCli(['check', file]).stdout;
    assert.match(text, /"412" .*\[verified\]/);
    assert.match(text, /"2019" .*\[ignored\]/);
    const entry = JSON.parse(readFileSync(`${file}.verity.json`, 'utf8')).entries[claims[0].id] as { sources: object[] };
    assert.deepEqual(Object.keys(entry.sources[0]), ['citation', 'accessed'], 'a citation, not a URL');
  });

  test('a claim whose paragraph was deleted is listed as an orphan, and can still be marked by its entry id', async () => {
    const file = article();
    const claim = claimNamed(file, '2015');
    await runCliAsync(['mark', file, claim.id, '--status', 'verified']);
    edit(file, (t) => t.replace(/Critics say[^\n]*\n/, ''));
    const orphans = checkJson(file).ledger?.orphans;
    assert.deepEqual(orphans, [{ id: claim.id, kind: 'date', text: '2015', status: 'verified' }]);
    assert.match(runCli(['check', file]).stdout, new RegExp(`date "2015" \\(verified, ${claim.id}\\) is in the ledger but no longer in the article`));
    assert.equal((await runCliAsync(['mark', file, claim.id, '--status', 'ignored'])).code, 0);
    assert.equal(checkJson(file).ledger?.orphans[0].status, 'ignored');
  });

  test('--ledger-root keeps ledgers in <root>/.verity/', async () => {
    const file = article();
    const root = join(file, '..');
    const claim = claimNamed(file, '40%');
    assert.equal((await runCliAsync(['mark', '--ledger-root', root, file, claim.id, '--status', 'false'])).code, 0);
    assert.ok(existsSync(join(root, '.verity', 'harbour.txt.verity.json')));
    assert.ok(!existsSync(`${file}.verity.json`));
    assert.equal(checkJson(file, '--ledger-root', root).claims.find((c) => c.id === claim.id)?.status, 'false');
  });

  const usage: [string[], RegExp][] = [
    [['mark', 'FILE'], /mark needs a file and a claim id/],
    [['mark', 'FILE', 'ID'], /mark needs --status/],
    [['mark', 'FILE', 'ID', '--status', 'done'], /--status must be one of unchecked, verified, disputed, false, needs-source, ignored/],
    [['mark', 'FILE', 'ID', '--status', 'verified', '--title', 'T'], /--title names a source/],
    [['mark', '-', 'ID', '--status', 'verified'], /mark needs an article file/],
    [['report', 'FILE', '--format', 'pdf'], /--format must be one of md, csv, json, html/],
    [['report'], /report needs one article file/],
  ];
  for (const [argv, message] of usage) {
    test(`usage error: verity ${argv.join(' ')}`, async () => {
      const file = article();
      const { code, stderr } = await runCliAsync(argv.map((a) => (a === 'FILE' ? file : a)));
      assert.equal(code, 2);
      assert.match(stderr, message);
    });
  }

  test('an unknown claim id or a missing article: exit 2 with a message, no ledger written', async () => {
    const file = article();
    const unknown = await runCliAsync(['mark', file, 'n-nothere', '--status', 'verified']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no claim with id "n-nothere"/);
    assert.ok(!existsSync(`${file}.verity.json`));
    const missing = await runCliAsync(['mark', join(file, '..', 'gone.txt'), 'n-1', '--status', 'verified']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /gone\.txt: no such file or folder/);
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, scan } from '../../src/engine';
import { LEDGER_RULES, applyMark, buildReport, emptyLedger, fingerprintOf, formatReport, layLedger, type Ledger, type LedgerSource } from '../../src/ledger';
import { csvField } from '../../src/ledger/report/csv';
import { escapeHtml } from '../../src/ledger/report/html';
import { escapeMarkdown } from '../../src/ledger/report/markdown';

const TEXT = 'Officials said 3 <b>ships</b> sank in 2019. The port moved 40% more grain.\n';
const AT = new Date('2025-05-01T09:00:00Z');

/** A report of TEXT with the first claim verified from a hostile source and the rest left as they are. */
function report(sources: (string | LedgerSource)[], note: string, ledger: Ledger = emptyLedger('a.txt')) {
  const claims = scan(TEXT).claims;
  const first = claims.find((c) => c.kind === 'number')!;
  let entry = applyMark(null, fingerprintOf(first, TEXT), 'verified', { note, at: AT });
  for (const source of sources) entry = applyMark(entry, fingerprintOf(first, TEXT), 'verified', { source, note, at: AT });
  ledger.entries[first.id] = entry;
  const view = layLedger('a.txt.verity.json', ledger, { exists: true, unreadable: null }, claims, TEXT);
  return buildReport({ articlePath: 'a.txt', text: TEXT, claims, view, generatedAt: AT });
}

suite('fact-check report', () => {
  test('grouped by status, problems first, with totals that add up', () => {
    const r = report(['https://example.org/a'], 'ok');
    assert.deepEqual(r.groups.map((g) => g.status), ['unchecked', 'verified']);
    assert.equal(r.totals.claims, r.groups.reduce((n, g) => n + g.rows.length, 0));
    assert.equal(r.totals.byStatus.verified, 1);
    const row = r.groups[1].rows[0];
    assert.equal(row.text, '3');
    assert.equal(row.sentence, 'Officials said 3 <b>ships</b> sank in 2019.');
    assert.deepEqual(row.sources, [{ url: 'https://example.org/a', accessed: '2025-05-01' }]);
  });

  test('an orphaned entry is listed under its own heading in every format', () => {
    const ledger = emptyLedger('a.txt');
    ledger.entries.gone = { ...applyMark(null, { kind: 'number', text: '77 trawlers', before: 'the fleet had', after: 'in 1990', position: 0.5 }, 'disputed', { at: AT }) };
    const r = report([], '', ledger);
    assert.deepEqual(r.orphans.map((o) => o.text), ['77 trawlers']);
    assert.match(formatReport(r, 'md'), /## No longer in the article \(1\)\n\n- \*\*77 trawlers\*\* \(number, marked disputed\)/);
    assert.match(formatReport(r, 'csv'), /\r\ndisputed,gone,number,,77 trawlers,.*,no\r\n$/);
    assert.match(formatReport(r, 'html'), /No longer in the article \(1\)/);
    assert.equal(JSON.parse(formatReport(r, 'json')).orphans[0].entryKey, 'gone');
  });

  const hostile: [string, LedgerSource | string, string][] = [
    ['a script in a note', 'https://example.org/a', '<script>alert(1)</script>'],
    ['a javascript: link', { url: 'javascript:alert(1)', title: 'Click "me"' }, 'x'],
    ['quotes in a title', { url: 'https://example.org/?q="a"&b=<c>', title: "O'Brien <report>" }, '&amp;'],
  ];
  for (const [what, source, note] of hostile) {
    test(`HTML escapes everything: ${what}`, () => {
      const html = formatReport(report([source], note), 'html');
      assert.doesNotMatch(html, /<script>|<b>|href="javascript:/i);
      assert.ok(html.includes('&lt;b&gt;ships&lt;/b&gt;'), 'article text escaped');
      assert.ok(html.includes(escapeHtml(note)), 'note escaped');
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      for (const h of hrefs) assert.match(h, /^https?:\/\//);
    });
  }

  const htmlCases: [string, string][] = [
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["it's & that", 'it&#39;s &amp; that'],
    ['plain', 'plain'],
  ];
  for (const [input, expected] of htmlCases) test(`escapeHtml ${input}`, () => assert.equal(escapeHtml(input), expected));

  const csvCases: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    // Only a whole number may begin with "-" as it is: a spreadsheet runs "-1+A1" as a formula.
    ['-12', '-12'],
    ['-5%', "'-5%"],
    ['-1+A1', "'-1+A1"],
    ['-2.5', "'-2.5"],
    ['+1', "'+1"],
    ['-', "'-"],
    ['\tx', "'\tx"],
    ['\r=1', '"\'\r=1"'],
    ['a-1', 'a-1'],
    [42, '42'],
    [-7, '-7'],
    [null, ''],
  ];
  for (const [input, expected] of csvCases) test(`csv field ${JSON.stringify(input)}`, () => assert.equal(csvField(input), expected));

  const mdCases: [string, string][] = [
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[link](x) <tag> | pipe', '\\[link\\](x) \\<tag\\> \\| pipe'],
    ['line\nbreak', 'line break'],
    ['37 out of 44', '37 out of 44'],
  ];
  for (const [input, expected] of mdCases) test(`escapeMarkdown ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));

  test('Markdown links only web URLs and lists citations as text', () => {
    const md = formatReport(report([{ url: 'javascript:alert(1)' }, 'Harbour annual report 2019, p. 7', { url: 'https://example.org/x y' }], 'n'), 'md');
    assert.ok(md.includes('Source: javascript:alert(1) (accessed 2025-05-01)'), md);
    assert.ok(md.includes('Source: Harbour annual report 2019, p. 7 (accessed 2025-05-01)'));
    assert.ok(md.includes('<https://example.org/x%20y>'));
  });

  test('CSV has one row per claim plus the header, all the same width', () => {
    const csv = formatReport(report(['https://example.org/a'], 'n'), 'csv');
    const rows = csv.trimEnd().split('\r\n');
    assert.equal(rows.length, 1 + scan(TEXT).claims.length);
    assert.ok(rows[0].startsWith('status,claim_id,kind,line,claim,value,claim_source,sentence,sources,note,checked_at,changed_from,in_article'));
  });
});

suite('ledger rules and docs', () => {
  for (const rule of Object.values(LEDGER_RULES)) {
    test(`docs/rules/${rule.name}.md has a heading with the id, an example and a section on silencing`, () => {
      const doc = readFileSync(join(__dirname, '../../docs/rules', `${rule.name}.md`), 'utf8');
      assert.match(doc, new RegExp(`^# ${rule.name} \\(${rule.id}\\)`, 'm'));
      assert.match(doc, new RegExp(`^Severity: ${rule.severity}\\.`, 'm'));
      assert.match(doc, /^## Example/m);
      assert.match(doc, /^##.*\b(?:silence|ignore)/im);
    });
    test(`${rule.id} and ${rule.name} are not taken by an engine rule`, () => {
      assert.ok(!RULES.some((r) => r.id === rule.id || r.name === rule.name));
    });
  }
});

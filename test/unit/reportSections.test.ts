import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliAsync } from './cli/runCli';
import { scan } from '../../src/engine';
import { applyMark, buildReport, emptyLedger, fingerprintOf, formatReport, layLedger, type ClaimStatus } from '../../src/ledger';
import { ClaimReviewError, formatClaimReview } from '../../src/ledger/report';
import { publicationText, readableTime } from '../../src/ledger/report/model';

const TEXT = 'RIVERSIDE, March 14, 2025 — The council approved $42 million on Tuesday, Mayor Ana Ruiz said.\n\nAbout 45% of <b>delegates</b> agreed.\n';
const AT = new Date('2025-05-01T09:00:00Z');

/** TEXT's report with claims marked as given: [claim text, status, checkedBy]. */
function reportOf(marks: [string, ClaimStatus, string?][], text = TEXT, options: { referenceDate?: string } = {}) {
  const result = scan(text, options);
  const ledger = emptyLedger('a.txt');
  for (const [claimText, status, by] of marks) {
    const claim = result.claims.find((c) => c.text === claimText)!;
    assert.ok(claim, claimText);
    const entry = applyMark(null, fingerprintOf(claim, text), status, { note: `<i>${status}</i>`, source: 'https://budget.example/2025', at: AT });
    ledger.entries[claim.id] = by ? { ...entry, extra: { checkedBy: by } } : entry;
  }
  const view = layLedger('a.txt.verity.json', ledger, { exists: true, unreadable: null }, result.claims, text);
  return buildReport({ articlePath: 'a.txt', text, claims: result.claims, view, generatedAt: AT, scan: result, findings: result.findings });
}

suite('report: publication date, problems, HTML layout', () => {
  // [text, options, what the Markdown says of the date]
  const dates: [string, { referenceDate?: string }, RegExp][] = [
    [TEXT, {}, /Publication date: 2025-03-14 \(from the dateline\)\./],
    [TEXT, { referenceDate: '2025-03-15' }, /Publication date: 2025-03-15 \(given with --reference-date\)\./],
    ['We meet tomorrow.\n', {}, /Publication date: unknown: relative dates/],
    ['RIVERSIDE, May 28 — We meet tomorrow.\n', {}, /Publication date: partial: the dateline gives 05-28/],
  ];
  for (const [text, options, says] of dates) {
    test(`publication date: ${JSON.stringify(options)} ${JSON.stringify(text.slice(0, 24))}`, () => {
      const r = reportOf([], text, options);
      assert.match(formatReport(r, 'md'), says);
      assert.ok(formatReport(r, 'html').includes('Publication date: '));
    });
  }

  test('a caller that gives no scan fields gets no publication line, never a false "unknown"', () => {
    const result = scan(TEXT);
    const view = layLedger('a.txt.verity.json', emptyLedger('a.txt'), { exists: true, unreadable: null }, result.claims, TEXT);
    const r = buildReport({ articlePath: 'a.txt', text: TEXT, claims: result.claims, view, generatedAt: AT });
    assert.equal(r.publication, null);
    assert.doesNotMatch(formatReport(r, 'md'), /Publication date/);
    assert.doesNotMatch(formatReport(r, 'html'), /Publication date/);
    assert.equal(r.problems, null);
    assert.doesNotMatch(formatReport(r, 'md'), /Problems found/);
  });

  test('a section for the problems found, in every format that has sections', () => {
    const r = reportOf([]);
    assert.ok(r.problems!.some((p) => p.rule === 'unsourced-statistic' && p.line === 3));
    assert.match(formatReport(r, 'md'), /## Problems found \(\d+\)\n\n- Line 3, info: .*\(unsourced-statistic\)/);
    assert.match(formatReport(r, 'html'), /<h2>Problems found \(\d+\)<\/h2>\n<table class="problems">.*unsourced-statistic/);
    const none = reportOf([], 'The meeting is on March 3, 2024, Ana Ruiz said.\n');
    assert.equal(none.problems!.length, 0);
    assert.match(formatReport(none, 'md'), /## Problems found \(0\)\n\nNone\./);
  });

  test('HTML: one claims table with one column layout, a coloured status on every row, readable times, text escaped', () => {
    const html = formatReport(reportOf([['$42 million', 'false'], ['About 45%', 'verified', 'Jo <Lee>']]), 'html');
    assert.equal((html.match(/<table class="claims">/g) ?? []).length, 1);
    assert.equal((html.match(/<colgroup>/g) ?? []).length, 2, 'the claims table and the problems table');
    assert.match(html, /table-layout:fixed/);
    for (const status of ['false', 'unchecked', 'verified']) assert.match(html, new RegExp(`<tbody id="status-${status}">`));
    const rows = html.match(/<tr id="[^"]+">/g) ?? [];
    assert.equal(rows.length, (html.match(/<tr id="[^"]+"><td class="status s-[a-z-]+">/g) ?? []).length);
    assert.match(html, /\.s-false\{background:#[0-9a-f]+/);
    assert.match(html, /Generated <time datetime="2025-05-01T09:00:00.000Z">1 May 2025, 09:00 UTC<\/time>/);
    assert.doesNotMatch(html, /<i>|<b>|<Lee>/);
    assert.ok(html.includes('by Jo &lt;Lee&gt;'));
  });

  test('the source of the claim is filled for an attribution', () => {
    const r = reportOf([]);
    const said = r.groups.flatMap((g) => g.rows).find((row) => row.kind === 'attribution')!;
    assert.match(said.attribution ?? '', /Ana Ruiz/);
  });

  const times: [string, string][] = [
    ['2025-05-01T09:00:00Z', '1 May 2025, 09:00 UTC'],
    ['2024-12-31T23:59:59.999Z', '31 December 2024, 23:59 UTC'],
    ['2025-05-01', '2025-05-01'],
    ['not a date', 'not a date'],
  ];
  for (const [iso, shown] of times) test(`readable time ${iso}`, () => assert.equal(readableTime(iso), shown));

  test('publication text without a date names what is missing', () => {
    assert.match(publicationText({ date: null, time: null, source: 'none', partial: null }), /^unknown/);
    assert.match(publicationText({ date: '2025-01-02', time: '10:00Z', source: 'front-matter', partial: null }), /^2025-01-02 10:00Z \(from the front-matter\)$/);
  });
});

/** What a ClaimReview validator checks: the required properties, with the types schema.org gives them. */
function validClaimReview(r: Record<string, any>): string[] {
  const errors: string[] = [];
  const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (r['@type'] !== 'ClaimReview') errors.push('@type');
  if (!isText(r.claimReviewed)) errors.push('claimReviewed');
  if (!/^\d{4}-\d\d-\d\d$/.test(r.datePublished ?? '')) errors.push('datePublished');
  if (!['Organization', 'Person'].includes(r.author?.['@type']) || !isText(r.author?.name)) errors.push('author');
  const rating = r.reviewRating;
  if (rating?.['@type'] !== 'Rating') errors.push('reviewRating');
  else {
    for (const k of ['ratingValue', 'bestRating', 'worstRating']) if (typeof rating[k] !== 'number') errors.push(k);
    if (!(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating)) errors.push('ratingValue range');
    if (!isText(rating.alternateName)) errors.push('alternateName');
  }
  if (r.itemReviewed?.['@type'] !== 'Claim') errors.push('itemReviewed');
  if (r.itemReviewed?.author && !isText(r.itemReviewed.author.name)) errors.push('itemReviewed.author');
  for (const a of r.itemReviewed?.appearance ?? []) if (a['@type'] !== 'CreativeWork' || !/^https?:\/\//.test(a.url)) errors.push('appearance');
  if (r.url !== undefined && !/^https?:\/\//.test(r.url)) errors.push('url');
  return errors;
}

suite('report --format claimreview', () => {
  // [status, exported, alternateName, ratingValue]
  const statuses: [ClaimStatus, boolean, string?, number?][] = [
    ['false', true, 'False', 1],
    ['disputed', true, 'Disputed', 3],
    ['verified', true, 'True', 5],
    ['unchecked', false],
    ['needs-source', false],
    ['ignored', false],
  ];
  for (const [status, exported, name, value] of statuses) {
    test(`a claim marked ${status}: ${exported ? `a review rated ${name}` : 'no review'}`, () => {
      const doc = JSON.parse(formatClaimReview(reportOf([['$42 million', status]]), { publisher: 'Riverside Checks' }));
      assert.equal(doc['@context'], 'https://schema.org');
      assert.equal(doc['@graph'].length, exported ? 1 : 0);
      if (!exported) return;
      const review = doc['@graph'][0];
      assert.deepEqual(validClaimReview(review), []);
      assert.equal(review.reviewRating.alternateName, name);
      assert.equal(review.reviewRating.ratingValue, value);
      assert.match(review.claimReviewed, /approved \$42 million/);
      assert.match(review.itemReviewed.author.name, /Ana Ruiz/);
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'Riverside Checks' });
      assert.equal(review.datePublished, '2025-05-01');
      assert.deepEqual(review.citation, [{ '@type': 'CreativeWork', url: 'https://budget.example/2025', name: 'https://budget.example/2025' }]);
      assert.equal(review.url, undefined, 'no url without --url');
      assert.equal(review.itemReviewed.appearance, undefined);
    });
  }

  test('--url gives the review its address and the claim its appearance', () => {
    const doc = JSON.parse(formatClaimReview(reportOf([['$42 million', 'false']]), { publisher: 'X', url: 'https://news.example/a' }));
    const review = doc['@graph'][0];
    assert.deepEqual(validClaimReview(review), []);
    assert.match(review.url, /^https:\/\/news\.example\/a#n-/);
    assert.deepEqual(review.itemReviewed.firstAppearance, { '@type': 'CreativeWork', url: 'https://news.example/a' });
  });

  test('the reviewer: --publisher, else the ledger entry\'s checkedBy (a Person), else refused', () => {
    const byChecker = JSON.parse(formatClaimReview(reportOf([['$42 million', 'false', 'Jo Lee']])))['@graph'][0];
    assert.deepEqual(byChecker.author, { '@type': 'Person', name: 'Jo Lee' });
    assert.deepEqual(validClaimReview(byChecker), []);
    assert.throws(() => formatClaimReview(reportOf([['$42 million', 'false']])), ClaimReviewError);
  });

  test('a claim in the article\'s own voice has no author in itemReviewed, and is still valid', () => {
    const review = JSON.parse(formatClaimReview(reportOf([['About 45%', 'disputed']]), { publisher: 'X' }))['@graph'][0];
    assert.equal(review.itemReviewed.author, undefined);
    assert.deepEqual(validClaimReview(review), []);
  });

  test('the validator of this test fails a review missing what is required', () => {
    assert.ok(validClaimReview({ '@type': 'ClaimReview' }).length >= 4);
    assert.deepEqual(validClaimReview({ '@type': 'ClaimReview', claimReviewed: 'x', datePublished: '2025-01-01', author: { '@type': 'Organization', name: 'X' }, reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: 5, worstRating: 1, alternateName: 'False' }, itemReviewed: { '@type': 'Claim' } }), ['ratingValue']);
  });
});

suite('verity report --format claimreview on the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verity-cr-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, TEXT);
  const id = scan(TEXT).claims.find((c) => c.text === '$42 million')!.id;

  test('marked false, with --publisher: JSON-LD with one review, exit 0', async () => {
    assert.equal((await runCliAsync(['mark', file, `#${id}`, '--status', 'false'])).code, 0);
    const { code, stdout } = runCli(['report', file, '--format', 'claimreview', '--publisher', 'Riverside Checks', '--url', 'https://news.example/a']);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout);
    assert.equal(doc['@graph'].length, 1);
    assert.deepEqual(validClaimReview(doc['@graph'][0]), []);
  });

  // [argv after the file, message]
  const refused: [string[], RegExp][] = [
    [['--format', 'claimreview'], /has no reviewer: give --publisher NAME/],
    [['--format', 'md', '--publisher', 'X'], /--publisher and --url go with --format claimreview/],
    [['--format', 'claimreview', '--publisher', 'X', '--url', 'javascript:alert(1)'], /--url takes a web address/],
    [['--format', 'claimreviw'], /--format must be one of md, csv, json, html, claimreview/],
  ];
  for (const [argv, message] of refused) {
    test(`exit 2: ${argv.join(' ')}`, async () => {
      await runCliAsync(['mark', file, `#${id}`, '--status', 'false']);
      const { code, stderr } = runCli(['report', file, ...argv]);
      assert.equal(code, 2);
      assert.match(stderr, message);
    });
  }
});

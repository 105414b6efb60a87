import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evidence } from '../../../src/engine/evidence';
import { loadReferenceFolder } from '../../../src/cli/evidence/referenceIndex';
import { ARTICLE, PLANTED, writeWorkspace } from './evidenceFixture';
import { runCliAsync } from './runCli';

interface JsonClaim {
  id: string;
  text: string;
  kind: string;
  evidence?: Evidence[];
}

async function claimsOf(article: string, extra: string[] = []): Promise<{ claims: JsonClaim[]; findings: { rule: string; message: string; claimId?: string }[]; stderr: string }> {
  const out = await runCliAsync(['check', article, '--format', 'json', ...extra]);
  const file = JSON.parse(out.stdout).files[0];
  return { claims: file.claims, findings: file.findings, stderr: out.stderr };
}

const claimNamed = (claims: JsonClaim[], text: string) => {
  const c = claims.find((x) => x.text === text && x.kind !== 'attribution');
  assert.ok(c, `claim ${text}`);
  return c;
};

suite('evidence in verity check: an article with sources in text, HTML, PDF and CSV', () => {
  let root: string;
  let article: string;
  suiteSetup(async function () {
    this.timeout(120_000);
    root = mkdtempSync(join(tmpdir(), 'verity-evidence-'));
    writeFileSync(join(root, '.verity.json'), '{}');
    article = writeWorkspace(root);
    const { claims } = await claimsOf(article);
    for (const [text, source] of PLANTED) {
      // Each source as a fact-checker types it: relative to the workspace root.
      const id = claimNamed(claims, text).id;
      const marked = await runCliAsync(['mark', article, id, '--status', 'verified', '--source', join(root, source)]);
      assert.equal(marked.code, 0, marked.stderr);
    }
  });
  suiteTeardown(() => rmSync(root, { recursive: true, force: true }));

  test('the ledger names each document relative to the workspace root', () => {
    const ledger = JSON.parse(readFileSync(`${article}.verity.json`, 'utf8'));
    const files = new Set(Object.values(ledger.entries as Record<string, { sources: { file?: string }[] }>).flatMap((e) => e.sources.map((s) => s.file)));
    assert.deepEqual([...files].sort(), [...new Set(PLANTED.map((p) => p[1]))].sort());
  });

  for (const [text, source, match, value, locator] of PLANTED) {
    test(`${text}: ${match} in ${source}${value ? ` (${value})` : ''}`, async () => {
      const { claims } = await claimsOf(article);
      const evidence = claimNamed(claims, text).evidence ?? [];
      assert.ok(evidence.length > 0, 'the claim has evidence');
      assert.equal(evidence[0].source, source);
      assert.equal(evidence[0].match, match, JSON.stringify(evidence));
      assert.equal(evidence[0].value, value);
      assert.deepEqual(evidence[0].locator, locator);
      // No `supports` where the source does not support the claim.
      if (match !== 'supports') assert.ok(!evidence.some((e) => e.match === 'supports'), JSON.stringify(evidence));
    });
  }

  test('each differs is a source-differs warning on its claim; no warning where a source supports', async () => {
    const { claims, findings } = await claimsOf(article);
    const warned = new Set(findings.filter((f) => f.rule === 'source-differs').map((f) => claims.find((c) => c.id === f.claimId)?.text));
    assert.deepEqual([...warned].sort(), PLANTED.filter((p) => p[2] === 'differs').map((p) => p[0]).sort());
    assert.ok(findings.some((f) => f.message === '"12%": the source gives 9.8% (sources/trade-release.txt, line 5).'));
  });

  test('the text report shows the best passage and its locator under the claim', async () => {
    const out = await runCliAsync(['check', article]);
    assert.match(out.stdout, /"about \$4\.5bn".*\n    supports +sources\/trade-release\.txt, line 4: "Exports of the Gomel region reached \$4\.47 billion in 2023\."/);
    assert.match(out.stdout, /"1,200".*\n    differs +sources\/audit\.pdf, page 2, line 4: "The plant employs 1,150 workers on three shifts\."/);
    assert.match(out.stdout, /warning +"37 out of 44"|supports +sources\/schools\.csv, row 3/);
    assert.doesNotMatch(out.stdout, /warning +"37 out of 44"/);
  });

  test('a source that is gone is a message, and the other claims are still checked', async () => {
    rmSync(join(root, 'sources', 'schools.csv'));
    try {
      const { claims, stderr } = await claimsOf(article);
      assert.match(stderr, /source sources\/schools\.csv: no such file/);
      assert.equal(claimNamed(claims, 'about $4.5bn').evidence?.[0].match, 'supports');
      assert.equal(claimNamed(claims, '37 out of 44').evidence, undefined);
    } finally {
      writeWorkspace(root);
    }
  });
});

suite('evidence: a reference folder proposes passages for claims with no source', () => {
  let root: string;
  let article: string;
  suiteSetup(() => {
    root = mkdtempSync(join(tmpdir(), 'verity-reference-'));
    writeFileSync(join(root, '.verity.json'), JSON.stringify({ sources: ['reference/**'] }));
    article = writeWorkspace(root, 'reference');
    // Documents that speak of other regions and other years, with some of the same figures.
    for (let i = 0; i < 30; i++) {
      writeFileSync(
        join(root, 'reference', `other-${i}.txt`),
        `Region ${i} bulletin\n\nExports of the Vitebsk region reached $${(3 + i / 10).toFixed(2)} billion in ${2000 + i}.\nUnemployment in Mogilev was ${(4 + i / 10).toFixed(1)}% and 12% of firms closed.\nThe council met on 14 March ${2000 + i}.\n`,
      );
    }
  });
  suiteTeardown(() => rmSync(root, { recursive: true, force: true }));

  test('for each planted claim the right passage is among the first three proposed', async () => {
    const { claims } = await claimsOf(article);
    for (const [text, source, match, value, locator] of PLANTED) {
      const proposed = claimNamed(claims, text).evidence ?? [];
      assert.ok(proposed.length <= 3);
      assert.ok(proposed.every((e) => e.proposed === true));
      const right = proposed.find((e) => e.source === `reference/${source}` && e.match === match && e.value === value);
      if (match === 'not-found') assert.ok(!proposed.some((e) => e.source === `reference/${source}` && e.match === 'supports'), `${text}: ${JSON.stringify(proposed)}`);
      else {
        assert.ok(right, `${text}: ${JSON.stringify(proposed)}`);
        assert.deepEqual(right.locator, locator);
      }
    }
  });

  test('the index is read once, then only a changed document is read again', async () => {
    const first = await loadReferenceFolder(root, ['reference/**']);
    assert.equal(first.sources.length, 34);
    assert.equal(first.reread, 0, 'the check above built the index');
    const path = join(root, 'reference', 'other-3.txt');
    writeFileSync(path, 'Exports of the Vitebsk region reached $9.99 billion.\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    const second = await loadReferenceFolder(root, ['reference/**']);
    assert.equal(second.reread, 1);
    assert.ok(second.sources.find((s) => s.source === 'reference/other-3.txt')?.passages[0].text.includes('$9.99 billion'));
    const third = await loadReferenceFolder(root, ['reference/**']);
    assert.equal(third.reread, 0);
  });

  test('a pattern that names the article too: the article is not its own evidence, and ledgers are not documents', async () => {
    const wide = mkdtempSync(join(tmpdir(), 'verity-wide-'));
    try {
      writeFileSync(join(wide, '.verity.json'), JSON.stringify({ sources: ['**'] }));
      const own = join(wide, 'a.txt');
      writeFileSync(own, 'Exports of the Gomel region reached $4.5bn in 2023.\n');
      writeFileSync(join(wide, 'a.txt.verity.json'), '{"version":1,"article":"a.txt","entries":{}}');
      writeFileSync(join(wide, 'notes.md'), 'Exports of the Gomel region reached $4.47 billion in 2023.\n');
      const { claims } = await claimsOf(own);
      assert.deepEqual((claimNamed(claims, '$4.5bn').evidence ?? []).map((e) => [e.source, e.match]), [['notes.md', 'supports']]);
      const folder = await loadReferenceFolder(wide, ['**']);
      assert.deepEqual(folder.sources.map((s) => s.source).sort(), ['a.txt', 'notes.md']);
    } finally {
      rmSync(wide, { recursive: true, force: true });
    }
  });

  test('a claim with a source gets no proposals', async () => {
    const { claims } = await claimsOf(article);
    const id = claimNamed(claims, 'about $4.5bn').id;
    await runCliAsync(['mark', article, id, '--status', 'verified', '--source', 'Phone call with the office']);
    const after = await claimsOf(article);
    assert.equal(claimNamed(after.claims, 'about $4.5bn').evidence, undefined);
    assert.ok(ARTICLE.includes('about $4.5bn'));
  });
});

suite('evidence in verity report and verity fetch', () => {
  let root: string;
  let article: string;
  let server: Server;
  let base: string;
  suiteSetup(async () => {
    root = mkdtempSync(join(tmpdir(), 'verity-report-evidence-'));
    writeFileSync(join(root, '.verity.json'), '{}');
    article = writeWorkspace(root);
    server = createServer((req, res) => {
      if (req.url === '/release') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><p>Wages in the region grew 6.1% last year, the statistics office said.</p></body></html>');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  suiteTeardown(() => {
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('the Markdown and HTML reports quote each passage with its locator', async () => {
    const { claims } = await claimsOf(article);
    await runCliAsync(['mark', article, claimNamed(claims, '1,200').id, '--status', 'disputed', '--source', join(root, 'sources/audit.pdf')]);
    const md = await runCliAsync(['report', article]);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /- differs: sources\/audit\.pdf, page 2, line 4: “The plant employs 1,150 workers on three shifts\.”/);
    const html = await runCliAsync(['report', article, '--format', 'html']);
    assert.match(html.stdout, /differs: sources\/audit\.pdf, page 2, line 4<blockquote>The plant employs <mark>1,150<\/mark> workers on three shifts\.<\/blockquote>/);
  });

  test('a web source is read only once fetched: verity fetch archives it, check then reads it', async () => {
    const { claims } = await claimsOf(article);
    const id = claimNamed(claims, '7%').id;
    await runCliAsync(['mark', article, id, '--status', 'verified', '--source', `${base}/release`]);
    assert.equal(claimNamed((await claimsOf(article)).claims, '7%').evidence, undefined, 'not fetched: nothing read');
    const fetched = await runCliAsync(['fetch', article]);
    assert.equal(fetched.code, 0, fetched.stderr);
    assert.match(fetched.stdout, /\/release: \d+ bytes saved in .*\.verity[\\/]sources/);
    // An address given alone is archived in the workspace named by --ledger-root (else the current folder's).
    const elsewhere = mkdtempSync(join(tmpdir(), 'verity-fetch-url-'));
    const alone = await runCliAsync(['fetch', `${base}/release`, '--ledger-root', elsewhere]);
    assert.ok(alone.stdout.includes(join(elsewhere, '.verity', 'sources')), alone.stdout + alone.stderr);
    rmSync(elsewhere, { recursive: true, force: true });
    server.close(); // read from the archive from now on
    server.closeAllConnections();
    const evidence = claimNamed((await claimsOf(article)).claims, '7%').evidence ?? [];
    assert.deepEqual(evidence.map((e) => [e.source, e.match, e.value, e.locator]), [[`${base}/release`, 'differs', '6.1%', { paragraph: 1 }]]);
    const again = await runCliAsync(['fetch', article]);
    assert.match(again.stdout, /already archived/);
  });

  test('mark --fetch with an address that fails says why and records nothing', async () => {
    const { claims } = await claimsOf(article);
    const id = claimNamed(claims, '2,300').id;
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const url = `http://127.0.0.1:${port}/none`;
    const out = await runCliAsync(['mark', article, id, '--status', 'verified', '--source', url, '--fetch']);
    assert.equal(out.code, 2);
    assert.ok(out.stderr.includes(`${url}: cannot be fetched: ECONNREFUSED`), out.stderr);
    assert.ok(!readFileSync(`${article}.verity.json`, 'utf8').includes(url));
  });
});

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JsonRpcClient } from './jsonRpcClient';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const ARTICLE = readFileSync(join(ROOT, 'test/fixtures/articles/belarus-china-industrial-cooperation.txt'), 'utf8');

/** The LSP position of an offset of `text` (UTF-16 code units, as JavaScript strings count). */
function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function rangeOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { start: positionOf(text, start), end: positionOf(text, start + phrase.length) };
}

/** A long article: the seed article many times, each copy with figures of its own. */
function longArticle(bytes: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const copy = ARTICLE.replace(/37 out of 44/g, `${i % 40} out of 44`);
    parts.push(copy);
    size += copy.length;
  }
  return parts.join('\n\n');
}

/** Starts `node dist/cli.js lsp --stdio` in `folder` and initializes it as a terminal editor would. */
async function startServer(folder: string, settings: Record<string, unknown>): Promise<JsonRpcClient> {
  const client = new JsonRpcClient(process.execPath, [CLI, 'lsp', '--stdio'], folder, (section) => (section === 'verity' ? settings : {}));
  const init = await client.request<{ capabilities: Record<string, any> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'articles' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { tagSupport: { valueSet: [1, 2] } } },
    },
  });
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  client.notify('initialized', {});
  return client;
}

suite('verity lsp --stdio, driven by a plain JSON-RPC client', function () {
  this.timeout(120_000);
  let folder = '';
  let client: JsonRpcClient;
  let uri = '';
  let text = ARTICLE;
  const forUri = (u: string, version?: number) => (p: any) => p.uri === u && (version === undefined || p.version === version);

  suiteSetup(async function () {
    this.timeout(180_000);
    const build = spawnSync(process.execPath, [join(ROOT, 'esbuild.js')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    folder = mkdtempSync(join(tmpdir(), 'verity-lsp-'));
    const path = join(folder, 'belarus-china-industrial-cooperation.txt');
    writeFileSync(path, ARTICLE);
    uri = pathToFileURL(path).href;
    client = await startServer(folder, { debounceMs: 20 });
  });

  suiteTeardown(() => {
    if (client && client.child.exitCode === null) client.child.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('diagnostics on open: claims and findings, with code, docs link and source', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const published = await client.waitFor('textDocument/publishDiagnostics', forUri(uri, 1));
    const figure = published.diagnostics.find((d: any) => d.code === 'number' && d.range.start.line === rangeOf(text, '37 out of 44').start.line && d.range.start.character === rangeOf(text, '37 out of 44').start.character);
    assert.ok(figure, 'the figure is a diagnostic');
    assert.deepEqual(figure.range, rangeOf(text, '37 out of 44'));
    assert.equal(figure.source, 'Verity');
    assert.equal(figure.code, 'number');
    assert.match(figure.codeDescription.href, /docs\/rules\/claim-number\.md$/);
    assert.equal(figure.tags, undefined, 'an unchecked claim is not faded');
    assert.ok(published.diagnostics.some((d: any) => d.code === 'date' && JSON.stringify(d.range) === JSON.stringify(rangeOf(text, 'December 2023'))));
    assert.ok(published.diagnostics.every((d: any) => d.source === 'Verity' && typeof d.code === 'string'));
    // Nothing on a line without a claim: the title line ends before any figure.
    assert.ok(!published.diagnostics.some((d: any) => text.split('\n')[d.range.start.line].trim() === ''));
  });

  test('a hover on December 2023 names Nikolai Snopkov; none where there is no claim', async () => {
    const at = rangeOf(text, 'December 2023').start;
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: { line: at.line, character: at.character + 3 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*Verity · Date\*\*/);
    assert.match(hover.contents.value, /Nikolai Snopkov/);
    assert.doesNotMatch(hover.contents.value, /command:/, 'no command links for a terminal editor');
    const empty = rangeOf(text, 'minimal publicity').start;
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: empty }), null);
  });

  test('a code action marks 37 out of 44 verified: the ledger is written and the claim fades', async () => {
    const range = rangeOf(text, '37 out of 44');
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const verify = actions.find((a) => a.title === 'Verity: Mark claim verified');
    assert.ok(verify, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(verify.kind, 'quickfix');
    assert.deepEqual(
      actions.map((a) => a.command?.arguments?.[2]).filter(Boolean),
      ['verified', 'disputed', 'false', 'needs-source', 'ignored'],
    );
    const since = client.notifications.length;
    const done = await client.request<any>('workspace/executeCommand', { command: verify.command.command, arguments: verify.command.arguments });
    assert.equal(done.status, 'verified');
    const ledger = JSON.parse(readFileSync(join(folder, 'belarus-china-industrial-cooperation.txt.verity.json'), 'utf8'));
    const entries = Object.values(ledger.entries) as { text: string; status: string }[];
    assert.deepEqual(entries.map((e) => [e.text, e.status]), [['37 out of 44', 'verified']]);
    const published = await client.waitFor('textDocument/publishDiagnostics', forUri(uri), 30_000, since);
    const figure = published.diagnostics.find((d: any) => d.code === 'number' && d.range.start.line === rangeOf(text, '37 out of 44').start.line && d.range.start.character === rangeOf(text, '37 out of 44').start.character);
    assert.deepEqual([figure.severity, figure.tags], [4, [1]], 'a verified claim is a hint, tagged Unnecessary');
    assert.ok(published.diagnostics.filter((d: any) => d.tags).length === 1, 'only that claim is faded');
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: range.start });
    assert.match(hover.contents.value, /\*Status:\* Verified/);
  });

  test('verity/claims lists every claim with its status; verity/checked gives the counts', async () => {
    const answer = await client.request<any>('verity/claims', { uri });
    const range = rangeOf(text, '37 out of 44');
    const listed = answer.claims.filter((c: any) => c.status !== 'unchecked');
    assert.deepEqual(listed.map((c: any) => [c.kind, c.text, c.status, c.range]), [['number', '37 out of 44', 'verified', range]]);
    assert.ok(answer.claims.length > 20 && answer.claims.some((c: any) => c.kind === 'attribution' && c.value.includes('Nikolai Snopkov')));
    assert.deepEqual(answer.orphans, []);
    const checked = [...client.notifications].reverse().find((m) => m.method === 'verity/checked' && (m.params as any).uri === uri)!.params as any;
    assert.equal(checked.claims, answer.claims.length);
    assert.equal(checked.statuses.verified, 1);
    assert.equal(checked.statuses.unchecked, answer.claims.length - 1);
    assert.equal(await client.request('verity/claims', { uri: 'file:///not/open.txt' }), null);
  });

  test('a ledger changed on disk is read again when the client reports it', async () => {
    const path = join(folder, 'belarus-china-industrial-cooperation.txt.verity.json');
    const ledger = JSON.parse(readFileSync(path, 'utf8'));
    for (const entry of Object.values(ledger.entries) as { status: string }[]) entry.status = 'disputed';
    writeFileSync(path, JSON.stringify(ledger, null, 2));
    const since = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 2 }] });
    const published = await client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && p.diagnostics.some((d: any) => /\[Disputed\]/.test(d.message)), 30_000, since);
    const figure = published.diagnostics.find((d: any) => /\[Disputed\]/.test(d.message));
    assert.deepEqual([figure.code, figure.range, figure.tags], ['number', rangeOf(text, '37 out of 44'), undefined], 'disputed: no longer faded');
    // Back to verified, through the command, for the tests after this one.
    const done = await client.request<any>('workspace/executeCommand', { command: 'verity.server.setStatus', arguments: [uri, ledgerId(ledger), 'verified'] });
    assert.equal(done.status, 'verified');
  });

  test('an incremental change updates the diagnostics, and moves the ones after it', async () => {
    const line = rangeOf(text, 'The head of state').start;
    const inserted = 'Last year the plant sold 12,500 tractors. ';
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: line, end: line }, text: inserted }] });
    const offset = text.indexOf('The head of state');
    text = text.slice(0, offset) + inserted + text.slice(offset);
    const published = await client.waitFor('textDocument/publishDiagnostics', forUri(uri, 2));
    assert.ok(published.diagnostics.some((d: any) => d.message.includes('12,500') && d.range.start.line === line.line));
    const figure = published.diagnostics.find((d: any) => d.code === 'number' && d.range.start.line === rangeOf(text, '37 out of 44').start.line && d.range.start.character === rangeOf(text, '37 out of 44').start.character);
    assert.deepEqual(figure.range, rangeOf(text, '37 out of 44'), 'moved by the insertion');
    assert.deepEqual(figure.tags, [1], 'still verified');

    const removal = rangeOf(text, inserted);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: removal, text: '' }] });
    text = text.replace(inserted, '');
    const after = await client.waitFor('textDocument/publishDiagnostics', forUri(uri, 3));
    assert.ok(!after.diagnostics.some((d: any) => d.message.includes('12,500')), 'gone with its sentence');
  });

  test('the publication date, set by its quick fix, is kept in .verity.json and resolves "yesterday"', async () => {
    const range = rangeOf(text, 'yesterday');
    const before = client.notifications.filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === uri).pop()!.params as any;
    // One warning an article (on its first relative date) says the relative dates wait for a publication date.
    const unresolved = (d: any) => d.code === 'unresolved-relative-date';
    assert.ok(before.diagnostics.some(unresolved), 'no publication date yet: the relative dates are unresolved');
    const actions = await client.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const setDate = actions.find((a) => a.command?.command === 'verity.server.setPublicationDate');
    assert.ok(setDate, JSON.stringify(actions.map((a) => a.title)));
    const since = client.notifications.length;
    await client.request('workspace/executeCommand', { command: setDate.command.command, arguments: [uri, '2025-11-20'] });
    const config = JSON.parse(readFileSync(join(folder, '.verity.json'), 'utf8'));
    assert.deepEqual(config.publicationDates, { 'belarus-china-industrial-cooperation.txt': '2025-11-20' });
    const after = await client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === uri && !p.diagnostics.some(unresolved), 30_000, since);
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: range.start });
    assert.match(hover.contents.value, /2025-11-19/, 'resolved against the date');
    assert.ok(after.diagnostics.length > 0);
    const refused = await client.request<any>('workspace/executeCommand', { command: setDate.command.command, arguments: [uri, '20 November'] });
    assert.match(refused.error, /not a date: give it as YYYY-MM-DD/);
  });

  test('a hover is answered within 1 s while a 3 MB document is being checked', async () => {
    const bigUri = pathToFileURL(join(folder, 'long.txt')).href;
    const big = longArticle(3_000_000);
    client.notify('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'plaintext', version: 1, text: big } });
    const since = client.notifications.length;
    const at = rangeOf(text, 'December 2023').start;
    const t0 = performance.now();
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri }, position: at });
    const ms = performance.now() - t0;
    assert.match(hover.contents.value, /Nikolai Snopkov/);
    const bigDone = client.notifications.slice(since).some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as any).uri === bigUri);
    assert.ok(!bigDone, 'the long document was still being checked');
    assert.ok(ms < 1000, `hover answered in ${ms.toFixed(0)} ms`);
    // Its check ends (done, or stopped by the budget on a slow machine) and the server goes on.
    await client.waitFor('textDocument/publishDiagnostics', forUri(bigUri), 60_000);
    client.notify('textDocument/didClose', { textDocument: { uri: bigUri } });
  });

  test('shutdown then exit ends the process with code 0', async () => {
    assert.equal(await client.request('shutdown', null), null);
    client.notify('exit');
    assert.equal(await client.exited, 0);
  });
});

suite('verity lsp --stdio: the time budget', function () {
  this.timeout(120_000);
  let folder = '';
  let client: JsonRpcClient;
  // What the client answers to workspace/configuration: changed by the test, then announced.
  const settings = { debounceMs: 20, timeBudgetMs: 10_000 };

  /** Sets the budget and waits until the server has read it (it checks the open documents again then). */
  async function setBudget(ms: number, open: string): Promise<void> {
    settings.timeBudgetMs = ms;
    const since = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('verity/checked', (p: any) => p.uri === open, 30_000, since);
  }

  suiteSetup(async function () {
    this.timeout(180_000);
    if (!existsSync(CLI)) assert.equal(spawnSync(process.execPath, [join(ROOT, 'esbuild.js')], { cwd: ROOT }).status, 0);
    folder = mkdtempSync(join(tmpdir(), 'verity-lsp-budget-'));
    client = await startServer(folder, settings);
  });

  suiteTeardown(() => {
    if (client && client.child.exitCode === null) client.child.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test('a document past the budget gets one diagnostic saying so; others are answered; the next edit retries', async () => {
    const small = pathToFileURL(join(folder, 'small.txt')).href;
    const slow = pathToFileURL(join(folder, 'slow.txt')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'plaintext', version: 1, text: ARTICLE } });
    await client.waitFor('textDocument/publishDiagnostics', forUriOf(small, 1));
    // A budget no machine checks 2 MB within; the small article, checked already, is checked again at once.
    await setBudget(200, small);
    const long = longArticle(2_000_000);
    client.notify('textDocument/didOpen', { textDocument: { uri: slow, languageId: 'plaintext', version: 1, text: long } });
    const stopped = await client.waitFor('textDocument/publishDiagnostics', forUriOf(slow, 1));
    assert.equal(stopped.diagnostics.length, 1);
    assert.equal(stopped.diagnostics[0].code, 'check-stopped');
    assert.match(stopped.diagnostics[0].message, /Verity stopped checking this document: its check ran past the time budget of 0\.2 s/);
    const checked = await client.waitFor('verity/checked', forUriOf(slow, 1));
    assert.match(checked.stopped, /time budget/);
    const at = rangeOf(ARTICLE, 'December 2023').start;
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri: small }, position: at });
    assert.match(hover.contents.value, /Nikolai Snopkov/, 'the other document is still answered');
    // The next edit makes the document short: checked again, and within the budget.
    await setBudget(10_000, small);
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri: slow, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: positionOf(long, long.length) }, text: ARTICLE }] });
    const again = await client.waitFor('textDocument/publishDiagnostics', (p: any) => p.uri === slow && p.version === 2 && !p.diagnostics.some((d: any) => d.code === 'check-stopped'), 60_000, since);
    assert.ok(again.diagnostics.some((d: any) => d.code === 'number'));
  });
});

/** The claim id the ledger's one entry is anchored to (its key is the id it was marked under). */
function ledgerId(ledger: { entries: Record<string, unknown> }): string {
  return Object.keys(ledger.entries)[0];
}

function forUriOf(u: string, version: number) {
  return (p: any) => p.uri === u && p.version === version;
}

/**
 * The language server, driven over stdio as an editor drives it (`node dist/cli.js lsp --stdio`):
 * keystroke to diagnostics on a 200 KB article, how long the server's message loop answers a hover
 * while a 1 MB article is checked, and the server's bundles (production build). Run alone with
 * `npx tsx scripts/bench/lsp.ts [--no-ledger]` after `node esbuild.js`, or as part of `npm run bench`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { JsonRpcClient } from '../../test/unit/server/jsonRpcClient';
import { DATA_DIR, newsText } from './corpus';
import { cell } from './table';

const ROOT = join(__dirname, '../..');
const EDITS = Number(process.env.EDITS ?? 100);

function spread(values: number[]): { median: number; p95: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))], max: s[s.length - 1] };
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function start(folder: string): Promise<JsonRpcClient> {
  // No debounce: the figure is the server's own time; an editor adds `debounceMs` (300 ms by default) on top.
  const client = new JsonRpcClient(process.execPath, [join(ROOT, 'dist/cli.js'), 'lsp', '--stdio'], folder, () => ({ debounceMs: 0 }));
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: { workspace: { configuration: true } } });
  client.notify('initialized', {});
  return client;
}

/** One letter typed inside a word at a random place, then the time until the diagnostics of that version. */
async function keystrokes(client: JsonRpcClient, uri: string, initial: string): Promise<number[]> {
  let text = initial;
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const times: number[] = [];
  for (let version = 2; times.length < EDITS; version++) {
    let at = Math.floor(random() * text.length);
    while (at < text.length - 1 && !(/[a-z]/.test(text[at - 1] ?? '') && /[a-z]/.test(text[at]))) at++;
    const t0 = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: positionOf(text, at), end: positionOf(text, at) }, text: 'e' }] });
    text = text.slice(0, at) + 'e' + text.slice(at);
    await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 60_000, client.notifications.length);
    times.push(performance.now() - t0);
  }
  return times;
}

/** Marks the first claim verified, as a fact-checker starts: from then on the ledger is laid over every check. */
async function markFirstClaim(client: JsonRpcClient, uri: string, diagnostics: { code: string; range: unknown }[]): Promise<void> {
  const claim = diagnostics.find((d) => ['number', 'date'].includes(d.code));
  if (!claim) throw new Error('the article has no figure or date');
  const actions = await client.request<{ title: string; command?: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', { textDocument: { uri }, range: claim.range, context: { diagnostics: [] } });
  const verify = actions.find((a) => a.title === 'Verity: Mark claim verified');
  if (!verify?.command) throw new Error('no code action to mark the claim');
  await client.request('workspace/executeCommand', verify.command);
}

/** Hovers on a small article every 10 ms while a 1 MB one is checked: how long each takes to be answered. */
async function hoversDuringCheck(client: JsonRpcClient, folder: string): Promise<number[]> {
  const small = pathToFileURL(join(folder, 'small.txt')).href;
  const smallText = newsText(5_000);
  client.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'plaintext', version: 1, text: smallText } });
  await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === small, 60_000);
  const big = pathToFileURL(join(folder, 'big.txt')).href;
  const since = client.notifications.length;
  client.notify('textDocument/didOpen', { textDocument: { uri: big, languageId: 'plaintext', version: 1, text: newsText(1_000_000) } });
  const done = () => client.notifications.slice(since).some((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === big);
  const times: number[] = [];
  while (!done()) {
    const t0 = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } });
    times.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return times;
}

/** The server's bundles as `--production` builds them (minified), into bench-data/. */
async function bundleSizes(): Promise<[string, number][]> {
  const out = join(DATA_DIR, 'production');
  const common: esbuild.BuildOptions = { bundle: true, format: 'cjs', target: 'es2022', platform: 'node', minify: true, logLevel: 'warning', absWorkingDir: ROOT, define: { VERITY_VERSION: '"bench"' } };
  await esbuild.build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: join(out, 'cli.js') });
  await esbuild.build({ ...common, entryPoints: ['src/server/node/stdio.ts'], outfile: join(out, 'server.js') });
  await esbuild.build({ ...common, entryPoints: ['src/server/node/checkWorker.ts'], outfile: join(out, 'checkWorker.js') });
  return [
    ['dist/cli.js (the CLI)', statSync(join(out, 'cli.js')).size / 1024],
    ['dist/server.js (the language server)', statSync(join(out, 'server.js')).size / 1024],
    ['dist/checkWorker.js (the server\'s check worker)', statSync(join(out, 'checkWorker.js')).size / 1024],
  ];
}

export async function benchLanguageServer(): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(tmpdir(), 'verity-bench-lsp-'));
  try {
    const client = await start(folder);
    const article = newsText(200_000);
    const path = join(folder, 'article.txt');
    writeFileSync(path, article);
    const uri = pathToFileURL(path).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: article } });
    const opened = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 60_000);
    // `--no-ledger`: the article before any mark, where the ledger is not laid over the checks.
    if (!process.argv.includes('--no-ledger')) await markFirstClaim(client, uri, opened.diagnostics);
    const typing = spread(await keystrokes(client, uri, article));
    console.log(`\nLanguage server: keystroke to diagnostics on a ${article.length}-character article, ${EDITS} letters typed inside words, ${process.argv.includes('--no-ledger') ? 'no ledger' : 'a ledger with one entry'} (no debounce)`);
    console.log(`  median ${cell(typing.median, 1)} ms, 95th percentile ${cell(typing.p95, 1)} ms, worst ${cell(typing.max, 1)} ms`);
    const hovers = spread(await hoversDuringCheck(client, folder));
    console.log('Language server: a hover on a small article every 10 ms while a 1 MB article is checked (the message loop never runs the engine)');
    console.log(`  median ${cell(hovers.median, 1)} ms, 95th percentile ${cell(hovers.p95, 1)} ms, longest ${cell(hovers.max, 1)} ms`);
    await client.request('shutdown', null);
    client.notify('exit');
    await client.exited;
    const sizes = await bundleSizes();
    for (const [name, kb] of sizes) console.log(`  ${name}: ${cell(kb, 1)} KB minified`);
    return { typing, hovers, sizes };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchLanguageServer().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FetchError, fetchSource } from '../../../src/sources/fetchSource';
import { readArchived, saveArchived } from '../../../src/cli/evidence/archive';

const MB = 1024 * 1024;

/** A server on 127.0.0.1 that answers by path: a page, redirects, silence, a body too large. */
function startServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    switch (req.url) {
      case '/report.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end('<html><body><p>Exports rose to $4.47 billion.</p></body></html>');
      case '/moved':
        res.writeHead(302, { location: '/report.html' });
        return res.end();
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' });
        return res.end();
      case '/loop-b':
        res.writeHead(301, { location: '/loop-a' });
        return res.end();
      case '/silent':
        return; // never answers: the client's timeout must end it
      case '/announced-large':
        res.writeHead(200, { 'content-length': String(50 * MB + 1) });
        return res.end(); // the body is never sent: the length alone is refused
      case '/streamed-large': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(MB, 'a');
        let sent = 0;
        const push = () => {
          while (sent < 51 && res.write(chunk)) sent++;
          if (sent >= 51) res.end();
          else res.once('drain', () => { sent++; push(); });
        };
        res.on('error', () => undefined);
        return push();
      }
      default:
        res.writeHead(404);
        return res.end('no');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

suite('fetching a source', () => {
  let server: Server;
  let base: string;
  let root: string;
  suiteSetup(async () => {
    ({ server, base } = await startServer());
    root = mkdtempSync(join(tmpdir(), 'verity-fetch-'));
  });
  suiteTeardown(() => {
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('fetches a page and archives it with its address, time and content hash', async () => {
    const fetched = await fetchSource(`${base}/moved`);
    assert.equal(fetched.finalUrl, `${base}/report.html`);
    const record = await saveArchived(root, fetched, new Date('2026-01-02T03:04:05Z'));
    assert.equal(record.url, `${base}/moved`);
    assert.equal(record.fetchedAt, '2026-01-02T03:04:05.000Z');
    assert.match(record.sha256, /^[0-9a-f]{64}$/);
    assert.ok(record.file.endsWith('.html'));
    const archived = await readArchived(root, `${base}/moved`);
    assert.ok(archived);
    assert.equal(new TextDecoder().decode(archived.bytes), new TextDecoder().decode(fetched.bytes));
    assert.deepEqual(JSON.parse(readFileSync(join(root, '.verity', 'sources', record.file.replace(/\.html$/, '.json')), 'utf8')), record);
    assert.equal(await readArchived(root, `${base}/never-fetched`), null);
  });

  const failures: [string, string, object, RegExp][] = [
    ['a server that never answers', '/silent', { timeoutMs: 300 }, /no answer within/],
    ['an announced 50 MB answer', '/announced-large', {}, /larger than 50 MB: refused/],
    ['a 51 MB answer streamed without a length', '/streamed-large', {}, /larger than 50 MB: refused/],
    ['a redirect loop', '/loop-a', {}, /redirect loop/],
    ['too many redirects', '/loop-a', { maxRedirects: 0 }, /more than 0 redirects/],
    ['a missing page', '/nothing', {}, /answered 404/],
  ];
  for (const [what, path, limits, message] of failures) {
    test(`${what} is a message, not a hang`, async () => {
      await assert.rejects(fetchSource(`${base}${path}`, limits), (e: unknown) => e instanceof FetchError && message.test(e.message));
    });
  }

  test('addresses that are not http(s) are refused before any fetch', async () => {
    for (const url of ['file:///etc/passwd', 'not a url', 'ftp://example.org/x']) {
      await assert.rejects(fetchSource(url, {}, () => assert.fail('fetched')), FetchError, url);
    }
  });
});

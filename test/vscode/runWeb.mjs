// `npm run test:vscode`: the extension-host tests in a real VS Code for the web (1.91), in headless
// Chromium, offline. Prints the suite's closing line `N passed, N failed`.
import { runTests } from '@vscode/test-web';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { findChromium, INSTALL_HINT, useChromium } from './chromium.mjs';
import { prepareVSCodeWeb } from './vscodeWeb.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
await useChromium(chromium);
const testRunnerDataDir = resolve(root, '.vscode-test-web');

/** A port no one listens on (VERITY_TEST_PORT wins): two suites run at once must not meet on one port. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
const port = process.env.VERITY_TEST_PORT ? Number(process.env.VERITY_TEST_PORT) : await freePort();
const build = prepareVSCodeWeb(testRunnerDataDir);

// test-web prints the browser's console only when verbose; keep the suite's own lines and drop
// VS Code's log noise (404s for nls files, service-worker errors).
let summary = null;
const print = console.log.bind(console);
const SUITE_LINE = /^(?:\s{2,}|✔|✓|\d+\) |\s*\d+ (?:passing|failing|pending)|Error|AssertionError|\s+at |\s+[+-]|  )/;
console.log = (...args) => {
  const line = args.map(String).join(' ');
  const closing = /(\d+ passed, \d+ failed)\s*$/.exec(line);
  if (closing) summary = closing[1];
  else if (process.env.VERITY_TEST_VERBOSE || SUITE_LINE.test(line) || line.startsWith('[verity-test]')) print(line.replace(/^\[verity-test\] ?/, ''));
};

let failed = false;
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    esm: false,
    verbose: true,
    ...build,
    testRunnerDataDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: resolve(root, 'dist/test/web/suite.js'),
    folderPath: resolve(root, 'test/fixtures/workspace'),
    port,
    browserOptions: [
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
} catch (e) {
  failed = true;
  console.error(`Extension-host tests failed: ${e?.message ?? e}`);
} finally {
  console.log = print;
}
print(summary ?? (failed ? '0 passed, 1 failed' : '0 passed, 0 failed'));
process.exit(failed || !summary || !/ 0 failed$/.test(summary) ? 1 : 0);

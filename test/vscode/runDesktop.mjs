// `npm run test:desktop`: the same extension-host suite in desktop VS Code, through
// @vscode/test-electron, on a machine that can download VS Code.
import { runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
try {
  await runTests({
    version: process.env.VERITY_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: resolve(root, 'dist/test/desktop/suite.js'),
    launchArgs: [resolve(root, 'test/fixtures/workspace'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`Extension-host tests failed: ${e?.message ?? e}`);
  process.exit(1);
}

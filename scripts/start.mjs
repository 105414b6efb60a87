// `npm start`: serves VS Code for the web on localhost with Verity loaded and the sample article open,
// and prints the address to open in a browser. Runs until stopped (Ctrl+C).
import { open } from '@vscode/test-web';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { prepareVSCodeWeb } from '../test/vscode/vscodeWeb.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const testRunnerDataDir = resolve(root, '.vscode-test-web');
const sample = process.env.VERITY_SAMPLE ?? 'harbour-bridge-funding.txt';

await open({
  browserType: 'none',
  esm: false,
  ...prepareVSCodeWeb(testRunnerDataDir),
  testRunnerDataDir,
  extensionDevelopmentPath: root,
  folderPath: resolve(root, 'samples'),
  port,
});
const payload = encodeURIComponent(JSON.stringify([['openFile', `vscode-test-web://mount/${sample}`]]));
console.log(`\nVerity is running in VS Code for the web. Open:\n\n  http://localhost:${port}/?payload=${payload}\n\nStop with Ctrl+C.`);

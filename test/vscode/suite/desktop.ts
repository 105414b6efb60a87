// Entry of the extension-host tests in desktop VS Code (@vscode/test-electron): Node's mocha.
import Mocha from 'mocha';
import { loadTests, summaryLine } from './run';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: true, timeout: 60000 });
  // Give the bundled test files mocha's globals, as `mocha.addFile` would for files on disk.
  mocha.suite.emit('pre-require', globalThis, 'verity-extension-tests', mocha);
  loadTests();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(summaryLine(runner.stats?.passes ?? 0, failures));
      if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
  });
}

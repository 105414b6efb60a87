// Entry of the extension-host tests in VS Code for the web: a web worker, mocha's browser build.
import 'mocha/mocha';
import { loadTests, summaryLine } from './run';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60000 });
    loadTests();
    // The browser language server runs in a Web Worker: a test of VS Code for the web alone.
    require('./webServer.test');
    const runner = mocha.run((failures) => {
      console.log(summaryLine(runner.stats?.passes ?? 0, failures));
      if (failures > 0) reject(new Error(`${failures} extension-host tests failed`));
      else resolve();
    });
  });
}

/**
 * Loads every extension-host test file. Explicit requires, not a glob: the web bundle has no file
 * system. Called after mocha has set up its `suite`/`test` globals.
 */
export function loadTests(): void {
  require('./diagnostics.test');
  require('./commands.test');
  require('./editor.test');
  require('./ledger.test');
}

/** The closing line that CI reads. */
export function summaryLine(passes: number, failures: number): string {
  return `${passes} passed, ${failures} failed`;
}

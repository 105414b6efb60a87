import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { importsOf } from '../engineIsPure.test';

const SRC = join(__dirname, '../../../src');
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'vscode-languageserver/node']);

/** The .ts files directly in a folder (src/server/node/ is the Node host, left out on purpose). */
function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

// The server's core, the shared cards and the settings must run where Node does not (a browser worker,
// the extension host of VS Code for the web): only src/server/node/ may use Node, and nothing the VS Code API.
suite('the language server core is portable', () => {
  const files = ['server', 'cards', 'config'].flatMap((dir) => filesIn(join(SRC, dir)));

  test('the sources were found', () => assert.ok(files.length >= 15, String(files.length)));

  test('no file of src/server (but node/), src/cards or src/config imports Node or vscode', () => {
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((m) => NODE_ONLY.has(m) || m === 'vscode' || m.includes('/vscode/') || m.includes('/cli/') || m.startsWith('./node/'))
        .map((m) => `${relative(SRC, file)} imports ${m}`),
    );
    assert.deepEqual(offending, []);
  });
});

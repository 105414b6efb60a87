import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const ENGINE = join(__dirname, '../../src/engine');
const FORBIDDEN = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a TypeScript file imports or re-exports. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

suite('src/engine is pure', () => {
  test('the import scanner sees each form of import', () => {
    const cases: [string, string[]][] = [
      [`import * as vscode from 'vscode';`, ['vscode']],
      [`import { readFileSync } from "node:fs";`, ['node:fs']],
      [`export { x } from './x';`, ['./x']],
      [`const fs = require('fs');`, ['fs']],
      [`const m = await import('path');`, ['path']],
      [`// a comment that mentions vscode`, []],
    ];
    for (const [source, expected] of cases) assert.deepEqual(importsOf(source), expected, source);
  });

  test('no engine file imports vscode or a Node built-in', () => {
    const files = sources(ENGINE);
    assert.ok(files.length > 10, 'the engine sources were found');
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => FORBIDDEN.has(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    assert.deepEqual(offending, []);
  });
});

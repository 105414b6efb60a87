import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';
import { forEachMatch, requireAdvancing } from '../../src/engine/text/matchLoop';

/**
 * A loop on `exec` over a pattern without the `g` or `y` flag never ends (a sentence opening with
 * `Quarterly` once froze the editor that way). This meta-test finds, in the source, every pattern handed
 * to a loop helper and checks it on the module's own value, and finds every hand-written exec loop.
 */
const SRC = join(__dirname, '../../src');
/** The helpers that loop on `exec`; each refuses a pattern that cannot advance. */
const HELPERS = new Set(['eachMatch', 'forEachMatch', 'requireAdvancing']);
/** The one file allowed to loop on `exec` by hand. */
const LOOP_FILE = join(SRC, 'engine/text/matchLoop.ts');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A pattern argument found in the source: the module-level expression that holds it, or why there is none. */
interface Site {
  file: string;
  line: number;
  text: string;
  /** The module-level expression whose value holds the pattern (a constant, or the list a loop reads). */
  holder?: string;
  /** The argument is the parameter of a helper passing its pattern on: its callers are checked. */
  forwarded?: boolean;
}

function topLevelNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) names.add(d.name.text);
  }
  return names;
}

/** The function a parameter named `name` belongs to, going out from `node`, and that parameter. */
function parameterOwner(node: ts.Node, name: string): ts.SignatureDeclaration | undefined {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isFunctionLike(n) && n.parameters.some((p) => bindsName(p.name, name))) return n;
  }
  return undefined;
}

function bindsName(b: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(b)) return b.text === name;
  return b.elements.some((e) => !ts.isOmittedExpression(e) && bindsName(e.name, name));
}

/** Where the pattern of a helper's first argument comes from. */
function locate(sf: ts.SourceFile, arg: ts.Expression, top: Set<string>): Omit<Site, 'file' | 'line' | 'text'> {
  if (ts.isRegularExpressionLiteral(arg)) return { holder: arg.text };
  if (!ts.isIdentifier(arg)) return {};
  if (top.has(arg.text) && !parameterOwner(arg, arg.text)) return { holder: arg.text };
  const owner = parameterOwner(arg, arg.text);
  if (!owner) return {};
  const ownerName = owner.name && ts.isIdentifier(owner.name) ? owner.name.text : undefined;
  if (ownerName && HELPERS.has(ownerName)) return { forwarded: true };
  // `LIST.flatMap(([re, value]) => eachMatch(re, ...))`: the patterns are those of LIST.
  const call = owner.parent;
  if (call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && ts.isIdentifier(call.expression.expression)) {
    const list = call.expression.expression.text;
    if (top.has(list)) return { holder: list };
  }
  return {};
}

function findSites(): Site[] {
  const sites: Site[] = [];
  for (const file of sources(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const top = topLevelNames(sf);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && HELPERS.has(node.expression.text) && node.arguments.length > 0) {
        const arg = node.arguments[0];
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        sites.push({ file, line, text: arg.getText(), ...locate(sf, arg, top) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

/** The values of some module-level expressions of a source file, read from a fresh copy of the module. */
function moduleValues(file: string, holders: string[]): unknown[] {
  const source = `${readFileSync(file, 'utf8')}\nexport const __metaTestValues__ = [${holders.join(', ')}];\n`;
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText;
  const copy = new Module(file, module) as Module & { _compile(code: string, filename: string): void; paths: string[] };
  copy.filename = file;
  copy.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  copy._compile(js, file);
  return (copy.exports as { __metaTestValues__: unknown[] }).__metaTestValues__;
}

/** Every regular expression in a value: itself, or inside the lists and records it holds. */
function patternsIn(value: unknown, depth = 0): RegExp[] {
  if (value instanceof RegExp) return [value];
  if (depth > 2 || value === null || typeof value !== 'object') return [];
  return Object.values(value as object).flatMap((v) => patternsIn(v, depth + 1));
}

suite('meta: every pattern a loop helper runs can advance', () => {
  const sites = findSites();
  const where = (s: Site) => `${relative(SRC, s.file)}:${s.line} (${s.text})`;

  test('the helpers are found where they are used', () => {
    // The date recognizers alone hand over forty patterns; a scan that finds few has lost its way.
    assert.ok(sites.length > 40, `${sites.length} call sites`);
    assert.ok(sites.some((s) => s.text === 'ADVERB_OPENING'), 'the pattern of the frequency-word hang is among them');
  });

  test('each pattern comes from a constant the test can read', () => {
    const unknown = sites.filter((s) => !s.holder && !s.forwarded).map(where);
    assert.deepEqual(unknown, [], 'hand a loop helper a module-level constant (or a list of them), so this test can check it');
  });

  test('each pattern has the g or y flag', () => {
    const byFile = new Map<string, Site[]>();
    for (const s of sites) if (s.holder) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
    const bad: string[] = [];
    let checked = 0;
    for (const [file, list] of byFile) {
      const values = moduleValues(file, list.map((s) => s.holder!));
      list.forEach((s, i) => {
        const patterns = patternsIn(values[i]);
        if (patterns.length === 0) bad.push(`${where(s)}: no pattern in its value`);
        for (const re of patterns) {
          checked++;
          if (!re.global && !re.sticky) bad.push(`${where(s)}: ${re} has neither g nor y`);
          else assert.doesNotThrow(() => requireAdvancing(re, 'meta'));
        }
      });
    }
    assert.deepEqual(bad, []);
    assert.ok(checked > 40, `${checked} patterns checked`);
  });

  test('no exec loop is written by hand outside matchLoop.ts', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      if (file !== LOOP_FILE) handLoops(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true), found);
    }
    assert.deepEqual(found, [], 'loop with forEachMatch, or check the pattern with requireAdvancing, which refuse a pattern that cannot advance');
  });

  // The checks above are only as good as the helpers' own refusal: a table of patterns, good and bad.
  const flags: [RegExp, boolean][] = [
    [/^Quarterly\b/, false],
    [/x/i, false],
    [/x/g, true],
    [/x/y, true],
    [/x/gu, true],
  ];
  for (const [re, ok] of flags) {
    test(`forEachMatch ${ok ? 'runs' : 'refuses'} ${re}`, () => {
      const run = () => forEachMatch(re, 'x x', () => undefined);
      if (ok) assert.doesNotThrow(run);
      else assert.throws(run, (e: Error) => e.message.includes(String(re)));
    });
  }

  test('forEachMatch steps over empty matches and goes on after a visit that uses the same pattern', () => {
    const seen: number[] = [];
    const re = /a*/g;
    forEachMatch(re, 'baab', (m) => {
      seen.push(m.index);
      forEachMatch(re, 'aaaa', () => undefined);
    });
    assert.deepEqual(seen, [1]);
  });
});

/**
 * Reports an `exec` in a loop's header (`for (let m = re.exec(t); m; m = re.exec(t))`), and a loop that moves
 * a pattern's `lastIndex` in a function that never calls `requireAdvancing` on that pattern.
 */
function handLoops(sf: ts.SourceFile, found: string[]): void {
  const at = (node: ts.Node) => `${relative(SRC, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`;
  const visit = (node: ts.Node, inLoop: boolean): void => {
    const header = ts.isForStatement(node) ? [node.initializer, node.condition, node.incrementor] : ts.isWhileStatement(node) || ts.isDoStatement(node) ? [node.expression] : null;
    for (const part of header ?? []) if (part) each(part, (n) => isCall(n, 'exec') && found.push(at(n)));
    if (inLoop && ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'lastIndex') {
      const pattern = node.left.expression.getText();
      const fn = enclosingFunction(node);
      let guarded = false;
      if (fn) each(fn, (n) => (guarded ||= ts.isCallExpression(n) && n.expression.getText() === 'requireAdvancing' && n.arguments[0]?.getText() === pattern));
      if (!guarded) found.push(at(node));
    }
    ts.forEachChild(node, (child) => visit(child, inLoop || header !== null || ts.isForOfStatement(node) || ts.isForInStatement(node)));
  };
  visit(sf, false);
}

function each(node: ts.Node, f: (n: ts.Node) => unknown): void {
  f(node);
  ts.forEachChild(node, (child) => each(child, f));
}

function isCall(node: ts.Node, method: string): boolean {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === method;
}

function enclosingFunction(node: ts.Node): ts.Node | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

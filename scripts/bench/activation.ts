import Module from 'node:module';

/** The names the extension reads from `vscode` (a bundle copies a module's own properties on import). */
const API_NAMES = (
  'CodeAction CodeActionKind ConfigurationTarget Diagnostic DiagnosticSeverity Disposable EventEmitter Hover ' +
  'MarkdownString Position ProgressLocation Range RelativePattern Selection StatusBarAlignment TextEditorRevealType ' +
  'ThemeIcon TreeItem TreeItemCollapsibleState Uri WorkspaceEdit commands languages env window workspace'
).split(' ');

/**
 * A stand-in for the `vscode` module, for timing `activate()` outside VS Code (the bench only; the
 * extension's tests run in a real VS Code). Every property is a callable, constructible object that
 * returns itself; it iterates as empty and is not a promise. It records nothing and answers nothing,
 * so activation does its wiring and registers its handlers without opening any document.
 */
function standIn(): unknown {
  const target = function () {} as unknown as object;
  const proxy: object = new Proxy(target, {
    get(_t, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'prototype') return Object.prototype;
      return proxy;
    },
    set: () => true,
    defineProperty: () => true,
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

/** Time to load the extension bundle and to call its `activate()` with a stand-in VS Code API. */
export function activationTime(bundle: string): { loadMs: number; activateMs: number } {
  const any = standIn();
  const vscode = Object.fromEntries(API_NAMES.map((name) => [name, any]));
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    return request === 'vscode' ? vscode : original.call(this, request, parent, isMain);
  };
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(bundle) as { activate(context: unknown): unknown };
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  extension.activate({ subscriptions: [], extensionUri: any, globalState: any, workspaceState: any });
  return { loadMs, activateMs: performance.now() - t1 };
}

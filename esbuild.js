// Bundles the extension (Node and web worker entries from the same sources), the CLI with its language
// server and check worker, and the test
// suites that run inside VS Code. `--production` minifies, `--watch` rebuilds on change, `--tests`
// also builds the extension-host test bundles.
const esbuild = require('esbuild');
const { version } = require('./package.json');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  define: { VERITY_VERSION: JSON.stringify(version) },
};

// The assert polyfill that the web test bundle uses reads `process`; a web worker has none.
const processShim = 'var process = globalThis.process || { env: {}, argv: [], platform: "browser", version: "", versions: {}, cwd: () => "/", nextTick: (f, ...a) => Promise.resolve().then(() => f(...a)) };';

// The web extension runs in a web worker: no DOM. The `worker` condition makes packages that ship a
// DOM build for browsers (micromark's entity decoder) pick their worker-safe one.
/** @type {import('esbuild').BuildOptions} */
const webWorker = { platform: 'browser', mainFields: ['browser', 'module', 'main'], conditions: ['worker'] };

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    ...webWorker,
    external: ['vscode'],
  },
  // The source readers' libraries stay outside the CLI bundle, loaded by `import()` from the package's
  // dependencies when a source of their format is read: pdf.js is an ES module that cannot be bundled into
  // CommonJS, and checking an article without sources then loads none of them.
  {
    ...common,
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['pdfjs-dist', '@mozilla/readability', 'linkedom', 'csv-parse', 'mammoth'],
  },
  // The language server, loaded by `verity lsp` from beside dist/cli.js (or run as `node dist/server.js
  // --stdio`), and its check worker (one thread per open document).
  { ...common, entryPoints: ['src/server/node/stdio.ts'], outfile: 'dist/server.js', platform: 'node' },
  { ...common, entryPoints: ['src/server/node/checkWorker.ts'], outfile: 'dist/checkWorker.js', platform: 'node' },
  // The language server for VS Code for the web, started by the web extension in a Web Worker: checks on
  // the worker's own thread, files through the client.
  { ...common, entryPoints: ['src/server/browser/worker.ts'], outfile: 'dist/web/server.js', ...webWorker },
];
if (tests) {
  builds.push(
    {
      ...common,
      entryPoints: ['test/vscode/suite/web.ts'],
      outfile: 'dist/test/web/suite.js',
      ...webWorker,
      external: ['vscode'],
      banner: { js: processShim },
      define: { ...common.define, 'process.env.NODE_DEBUG': 'false', global: 'globalThis' },
    },
    { ...common, entryPoints: ['test/vscode/suite/desktop.ts'], outfile: 'dist/test/desktop/suite.js', platform: 'node', external: ['vscode', 'mocha'] },
  );
}

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('esbuild: watching for changes');
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});

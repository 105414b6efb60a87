import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { DATA_DIR } from './corpus';

const ROOT = join(__dirname, '../..');

/**
 * Builds what the bench runs: the measuring child, and the extension bundles as `--production` builds
 * them (minified, the same entry points, platforms and conditions as esbuild.js), into bench-data/ so
 * that the development build in dist/ is left alone.
 */
export async function buildBenchBundles(): Promise<{ child: string; node: string; web: string }> {
  const child = join(DATA_DIR, 'child.js');
  const node = join(DATA_DIR, 'production/extension.js');
  const web = join(DATA_DIR, 'production/web/extension.js');
  const common: esbuild.BuildOptions = {
    bundle: true,
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
    absWorkingDir: ROOT,
    define: { VERITY_VERSION: JSON.stringify('bench') },
  };
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['scripts/bench/child.ts'], outfile: child, platform: 'node' }),
    esbuild.build({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: node, platform: 'node', external: ['vscode'], minify: true }),
    esbuild.build({
      ...common,
      entryPoints: ['src/vscode/extension.ts'],
      outfile: web,
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      conditions: ['worker'],
      external: ['vscode'],
      minify: true,
    }),
  ]);
  return { child, node, web };
}

/** A file's size in KB (1024 bytes). */
export function sizeKb(path: string): number {
  return statSync(path).size / 1024;
}

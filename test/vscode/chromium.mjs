// Finds a Chromium to run VS Code for the web in. Playwright's own browser download cannot happen on
// this kind of machine, so the tests use the system's Chromium (Debian: `apt-get install -y chromium`).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.VERITY_CHROMIUM,
  '/usr/lib/chromium/chromium', // Debian: the real binary (/usr/bin/chromium is a wrapper script)
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

export const INSTALL_HINT =
  'No Chromium found for the extension-host tests. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
  'or point VERITY_CHROMIUM at a Chromium or Chrome binary.';

/** Makes Playwright, as @vscode/test-web loads it, launch that Chromium instead of downloading its own. */
export async function useChromium(executablePath) {
  const { createRequire } = await import('node:module');
  const require = createRequire(createRequire(import.meta.url).resolve('@vscode/test-web'));
  const playwright = require('playwright');
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) => launch({ ...options, executablePath });
}

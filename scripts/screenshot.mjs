// `node scripts/screenshot.mjs [article] [out.png] [hover-text]`: serves VS Code for the web with Verity (as
// `npm start` does), opens the article with the claims view, hovers a claim and saves a screenshot, for
// the README. Needs Chromium (VERITY_CHROMIUM or the system's).
import { open } from '@vscode/test-web';
import { chromium } from 'playwright-core';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../test/vscode/chromium.mjs';
import { prepareVSCodeWeb } from '../test/vscode/vscodeWeb.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const article = resolve(process.argv[2] ?? join(root, 'samples/harbour-bridge-funding.txt'));
const out = resolve(process.argv[3] ?? join(root, 'docs/images/editor.png'));
const hover = process.argv[4] ?? 'December 2024';
const port = 3217;

const folder = mkdtempSync(join(tmpdir(), 'verity-shot-'));
copyFileSync(article, join(folder, basename(article)));
const testRunnerDataDir = resolve(root, '.vscode-test-web');
const server = await open({ browserType: 'none', esm: false, ...prepareVSCodeWeb(testRunnerDataDir), testRunnerDataDir, extensionDevelopmentPath: root, folderPath: folder, port });
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 860 } });
  const payload = encodeURIComponent(JSON.stringify([['openFile', `vscode-test-web://mount/${basename(article)}`]]));
  await page.goto(`http://localhost:${port}/?payload=${payload}`);
  await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 60000 });
  await page.locator('.squiggly-info').first().waitFor({ timeout: 60000 });
  await page.locator('.activitybar [aria-label^="Verity"]').first().click();
  await page.locator('.monaco-list-row', { hasText: 'Unchecked' }).first().waitFor({ timeout: 30000 });
  // Put the cursor on the claim (Go to Line), then show the hover from the keyboard (Ctrl+K Ctrl+I).
  const lines = readFileSync(article, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(hover));
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line + 1}:${lines[line].indexOf(hover) + 2}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover-content').filter({ hasText: 'Verity' }).first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.dispose();
}

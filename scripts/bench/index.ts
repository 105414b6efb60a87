/**
 * `npm run bench`: Verity against chrono-node over the same news text, the growth from 1 MB to 4 MB,
 * peak memory, whole-process timing of the CLI, the re-check after a keystroke, and the bundle. Every
 * figure is measured in a process of its own; times are wall-clock and CPU (user + system), as CPU time
 * is what stays meaningful on a busy machine. `--quick` skips chrono-node's (slow) pass over 4 MB.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchBundles, sizeKb } from './bundles';
import { DATA_DIR, newsFile } from './corpus';
import { medianRun, runChild, runProcess, type Run } from './processes';
import { cell, printTable } from './table';
import { benchLanguageServer } from './lsp';

interface Pass {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  items: number;
}

const MB = 1_000_000;
const ROOT = join(__dirname, '../..');
const quick = process.argv.includes('--quick');

async function main(): Promise<void> {
  const bundles = await buildBenchBundles();
  const files = { '1 MB': newsFile('news-1mb.txt', MB), '4 MB': newsFile('news-4mb.txt', 4 * MB) };
  const article = newsFile('article-200kb.txt', 200_000);
  const results: Record<string, unknown> = {};

  console.log('\nWhole scan in process (each pass in a fresh process: time, throughput, peak RSS)');
  const passes: Record<string, { verity: Pass; chrono: Pass | null }> = {};
  for (const [label, file] of Object.entries(files)) {
    const verity = runChild<Pass>(bundles.child, 'verity', file);
    const chrono = quick && label === '4 MB' ? null : runChild<Pass>(bundles.child, 'chrono', file);
    passes[label] = { verity, chrono };
  }
  printTable(
    ['text', 'pass', 'wall ms', 'CPU ms', 'MB/s (CPU)', 'peak RSS MB', 'found', 'chrono ÷ Verity (CPU)'],
    Object.entries(passes).flatMap(([label, { verity, chrono }]) => {
      const mb = label === '1 MB' ? 1 : 4;
      const row = (name: string, p: Pass, ratio: string) => [label, name, cell(p.wallMs, 0), cell(p.cpuMs, 0), cell((mb * 1000) / p.cpuMs, 2), cell(p.maxRssMb, 0), String(p.items), ratio];
      return [row('Verity scan', verity, chrono ? `${cell(chrono.cpuMs / verity.cpuMs, 1)}×` : ''), ...(chrono ? [row('chrono-node', chrono, '')] : [])];
    }),
  );
  const growth = (p: (x: { verity: Pass; chrono: Pass | null }) => Pass | null) => {
    const [a, b] = [p(passes['1 MB']), p(passes['4 MB'])];
    return a && b ? `${cell(b.cpuMs / a.cpuMs, 2)}× CPU, ${cell(b.wallMs / a.wallMs, 2)}× wall` : 'not measured (--quick)';
  };
  console.log(`Growth 1 MB → 4 MB: Verity ${growth((x) => x.verity)}; chrono-node ${growth((x) => x.chrono)}`);
  results.passes = passes;

  console.log('\nWhole process: `node dist/cli.js check --format json <file>` vs a script running chrono.casual.parse on the file');
  const cli = (file: string, runs: number) => medianRun(runs, () => runProcess([join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', file]));
  const chronoScript = (file: string) => medianRun(quick ? 1 : 3, () => runProcess([join(__dirname, 'chronoFile.cjs'), file]));
  const whole: Record<string, { cli: Run; chrono: Run | null }> = {
    '1 MB': { cli: cli(files['1 MB'], 3), chrono: chronoScript(files['1 MB']) },
    '4 MB': { cli: cli(files['4 MB'], quick ? 1 : 3), chrono: null },
  };
  printTable(
    ['text', 'process', 'wall ms (median)', 'CPU ms', 'Verity ÷ chrono (wall)', 'Verity ÷ chrono (CPU)'],
    Object.entries(whole).flatMap(([label, { cli: v, chrono: c }]) => [
      [label, 'verity check', cell(v.wallMs, 0), cell(v.cpuMs, 0), c ? cell(v.wallMs / c.wallMs, 3) : '', c && v.cpuMs && c.cpuMs ? cell(v.cpuMs / c.cpuMs, 3) : ''],
      ...(c ? [[label, 'chrono script', cell(c.wallMs, 0), cell(c.cpuMs, 0), '', '']] : []),
    ]),
  );
  const [w1, w4] = [whole['1 MB'].cli, whole['4 MB'].cli];
  console.log(`Growth of verity check 1 MB → 4 MB: ${cell(w4.wallMs / w1.wallMs, 2)}× wall, ${w1.cpuMs && w4.cpuMs ? cell(w4.cpuMs / w1.cpuMs, 2) : '?'}× CPU`);
  results.wholeProcess = whole;

  console.log('\nRe-check after a one-character edit in a 200 KB article (engine time, incremental path)');
  type Spread = { median: number; p90: number; max: number };
  type Split = Spread & { edits: number };
  const inc = runChild<{ bytes: number; edits: number; fullMs: number; claims: number; cpu: Spread; moved: Split; rescanned: Split } & Spread>(
    bundles.child,
    'incremental',
    article,
  );
  console.log(`  ${inc.bytes} characters, ${inc.claims} claims; first (full) scan ${cell(inc.fullMs, 0)} ms`);
  console.log(`  ${inc.edits} edits, wall: median ${cell(inc.median, 2)} ms, 90th percentile ${cell(inc.p90, 2)} ms, worst ${cell(inc.max, 1)} ms`);
  console.log(`  ${inc.edits} edits, CPU:  median ${cell(inc.cpu.median, 2)} ms, 90th percentile ${cell(inc.cpu.p90, 2)} ms, worst ${cell(inc.cpu.max, 1)} ms`);
  const split = (name: string, s: Split) =>
    `  ${name}: ${s.edits} edits (${cell((100 * s.edits) / inc.edits, 0)}%), wall: median ${cell(s.median, 2)} ms, 90th percentile ${cell(s.p90, 2)} ms`;
  console.log(split('moved the last result (a keystroke inside a word)', inc.moved));
  console.log(split('scanned again (names, attributions, punctuation)', inc.rescanned));
  results.incremental = inc;

  console.log('\nTime slices: the longest the scan runs between two pauses, over 1 MB (the editor yields at pauses)');
  const slices = runChild<{ steps: number; totalMs: number; median: number; p90: number; max: number; slowest: string[] }>(bundles.child, 'slices', files['1 MB']);
  console.log(`  ${slices.steps} steps in ${cell(slices.totalMs, 0)} ms: median ${cell(slices.median, 3)} ms, 90th percentile ${cell(slices.p90, 3)} ms, longest ${cell(slices.max, 1)} ms`);
  console.log(`  slowest: ${slices.slowest.join('; ')}`);
  results.slices = slices;

  console.log('\nExtension bundle (production build: minified), and activation with a stand-in VS Code API');
  const activation = (path: string) => runChild<{ loadMs: number; activateMs: number }>(bundles.child, 'activate', path);
  const rows = [
    ['dist/extension.js (Node)', bundles.node],
    ['dist/web/extension.js (web worker)', bundles.web],
  ].map(([name, path]) => {
    const a = activation(path);
    return [name, cell(sizeKb(path), 1), cell(a.loadMs, 1), cell(a.activateMs, 1)];
  });
  printTable(['bundle', 'size KB', 'load ms', 'activate() ms'], rows);
  results.bundles = rows;
  results.languageServer = await benchLanguageServer();
  writeFileSync(join(DATA_DIR, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nAll figures: ${join(DATA_DIR, 'results.json')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

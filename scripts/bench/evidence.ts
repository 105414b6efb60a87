/**
 * `npx tsx scripts/bench/evidence.ts [--docs 1000] [--kb 20]`: `verity check` with a reference folder of
 * generated documents (text, Markdown, HTML, CSV and PDF, made up here from templates, no corpus text):
 * the first run (which builds `.verity/index.json`), a later run (index read, nothing changed), a run
 * after one document changed, against the same check without a reference folder. Needs `node esbuild.js`.
 * `--keep` leaves the folder in the temporary directory (to profile a run).
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyPdf } from '../../test/unit/sources/tinyPdf';
import { medianRun, runProcess } from './processes';

const ROOT = join(__dirname, '../..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const REGIONS = ['Brest', 'Gomel', 'Grodno', 'Minsk', 'Mogilev', 'Vitebsk'];
const TOPICS = ['exports', 'imports', 'retail sales', 'industrial output', 'housing construction', 'grain harvest'];

/** A deterministic pseudo-random sequence, so every run generates the same folder. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function sentence(r: () => number): string {
  const region = REGIONS[Math.floor(r() * REGIONS.length)];
  const topic = TOPICS[Math.floor(r() * TOPICS.length)];
  const year = 2000 + Math.floor(r() * 24);
  const forms = [
    `In ${year}, ${topic} of the ${region} region reached $${(r() * 9 + 1).toFixed(2)} billion, the statistics office said.`,
    `${topic[0].toUpperCase()}${topic.slice(1)} in ${region} rose ${(r() * 15).toFixed(1)}% on the year before.`,
    `Of the ${region} region's ${20 + Math.floor(r() * 40)} districts, ${Math.floor(r() * 20)} reported lower ${topic} on ${1 + Math.floor(r() * 28)} March ${year}.`,
    `The ${region} council said ${Math.floor(r() * 5000)} workers were employed in ${topic} at the end of ${year}.`,
  ];
  return forms[Math.floor(r() * forms.length)];
}

function paragraphs(r: () => number, bytes: number): string[] {
  const out: string[] = [];
  for (let size = 0; size < bytes; ) {
    const p = Array.from({ length: 4 }, () => sentence(r)).join(' ');
    out.push(p);
    size += p.length + 2;
  }
  return out;
}

/** One document of about `kb` KB in the format its number picks. */
function documentOf(i: number, kb: number): [string, string | Uint8Array] {
  const r = random(i + 1);
  const ps = paragraphs(r, kb * 1000);
  switch (i % 5) {
    case 0:
      return [`doc-${i}.txt`, ps.join('\n\n')];
    case 1:
      return [`doc-${i}.md`, `# Bulletin ${i}\n\n${ps.join('\n\n')}`];
    case 2:
      return [`doc-${i}.html`, `<!doctype html><html><body><nav><a href="/">Home</a></nav><article><h1>Bulletin ${i}</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`];
    case 3:
      return [`doc-${i}.csv`, `Region,Year,Exports (USD bn),Growth (%)\n${ps.map(() => `${REGIONS[Math.floor(r() * 6)]},${2000 + Math.floor(r() * 24)},${(r() * 9 + 1).toFixed(2)},${(r() * 15).toFixed(1)}`).join('\n')}\n`];
    default:
      return [`doc-${i}.pdf`, tinyPdf(chunk(ps.flatMap((p) => p.match(/.{1,90}(\s|$)/g) ?? []), 45))];
  }
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const ARTICLE = `MINSK, 3 May 2024 - Exports of the Gomel region reached about $4.5bn in 2023, the statistics office said. Retail sales in Brest rose 7.2% on the year before.

Of the Vitebsk region's 41 districts, 12 reported lower grain harvest on 14 March 2021. The Mogilev council said 1,200 workers were employed in housing construction at the end of 2019.
`;

function main(): void {
  const docs = arg('docs', 1000);
  const kb = arg('kb', 20);
  const keep = process.argv.includes('--keep');
  const root = mkdtempSync(join(tmpdir(), 'verity-bench-evidence-'));
  try {
    mkdirSync(join(root, 'reference'));
    let bytes = 0;
    for (let i = 0; i < docs; i++) {
      const [name, content] = documentOf(i, kb);
      writeFileSync(join(root, 'reference', name), content);
      bytes += statSync(join(root, 'reference', name)).size;
    }
    const article = join(root, 'article.txt');
    writeFileSync(article, ARTICLE);
    const check = () => runProcess([join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', article]);
    const without = medianRun(3, check);
    writeFileSync(join(root, '.verity.json'), JSON.stringify({ sources: ['reference/**'] }));
    const first = check();
    const later = medianRun(3, check);
    const changed = join(root, 'reference', 'doc-7.md');
    writeFileSync(changed, `# Changed\n\n${sentence(random(99))}\n`);
    const future = new Date(Date.now() + 10_000);
    utimesSync(changed, future, future);
    const afterChange = check();
    const index = statSync(join(root, '.verity', 'index.json')).size;
    console.log(`\nReference folder: ${docs} documents, ${(bytes / 1e6).toFixed(1)} MB (txt, md, html, csv, pdf); index ${(index / 1e6).toFixed(1)} MB`);
    const row = (name: string, run: { wallMs: number; cpuMs: number | null }) => console.log(`  ${name.padEnd(44)} wall ${run.wallMs.toFixed(0).padStart(6)} ms   CPU ${(run.cpuMs ?? NaN).toFixed(0).padStart(6)} ms`);
    row('check without a reference folder (median of 3)', without);
    row('first check: builds the index', first);
    row('later check: index unchanged (median of 3)', later);
    row('check after one document changed', afterChange);
    console.log(`  overhead of a later run over a run without sources: ${((later.wallMs - without.wallMs) / 1000).toFixed(2)} s wall`);
  } finally {
    if (keep) console.log(`  kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main();

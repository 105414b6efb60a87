/**
 * Consistency rules: false alarms per article on published news (../shared/corpora, each article scanned
 * with its own publication date) beside recall on the planted articles of test/fixtures/consistency/.
 * An edited, published article should raise next to nothing, so each warning or error there counts as a
 * false alarm; infos are counted apart. `--samples N` prints N false alarms of each rule to read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, scan, type Finding } from '../../src/engine';

const CORPORA = ['meantime-en', 'polnear-train', 'polnear-dev', 'aquaint'];
const PLANTED = join(__dirname, '../../test/fixtures/consistency');

interface Published {
  id: string;
  text: string;
  dct?: string | null;
  date?: string | null;
}
interface Tally {
  alarms: number;
  infos: number;
}
const zero = (): Record<string, Tally> => Object.fromEntries(RULES.map((r) => [r.name, { alarms: 0, infos: 0 }]));
const isAlarm = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

function readPublished(path: string): Published[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Published);
}

function inContext(text: string, f: Finding): string {
  const before = text.slice(Math.max(0, f.start - 60), f.start);
  const after = text.slice(f.end, f.end + 60);
  return `${before}[${text.slice(f.start, f.end)}]${after}`.replace(/\s+/g, ' ');
}

/** Findings per rule over one corpus, and the false alarms to read. */
function scanCorpus(path: string, samples: Map<string, string[]>): { articles: number; tally: Record<string, Tally> } {
  const tally = zero();
  const articles = readPublished(path);
  for (const a of articles) {
    for (const f of scan(a.text, { referenceDate: a.dct ?? a.date ?? null }).findings) {
      const t = tally[f.rule];
      if (!t) continue;
      if (isAlarm(f)) {
        t.alarms++;
        samples.get(f.rule)?.push(`${a.id}: ${inContext(a.text, f)}  — ${f.message}`);
      } else t.infos++;
    }
  }
  return { articles: articles.length, tally };
}

/**
 * Per rule: planted errors, those found by the rule over the words at fault (at the rule's own severity: an
 * info rule finds its errors with infos), and warnings or errors elsewhere.
 */
function plantedRecall(): { planted: Record<string, number>; found: Record<string, number>; elsewhere: Record<string, number>; misses: string[] } {
  const planted: Record<string, number> = {};
  const found: Record<string, number> = {};
  const elsewhere: Record<string, number> = {};
  const misses: string[] = [];
  for (const file of readdirSync(PLANTED).filter((f) => f.endsWith('.expected.json')).sort()) {
    const name = file.replace('.expected.json', '');
    const text = readFileSync(join(PLANTED, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(join(PLANTED, file), 'utf8')) as { planted: { rule: string; text: string }[]; referenceDate?: string };
    const findings = scan(text, { referenceDate: expected.referenceDate }).findings;
    const used = new Set<Finding>();
    for (const p of expected.planted) {
      planted[p.rule] = (planted[p.rule] ?? 0) + 1;
      const at = text.indexOf(p.text);
      const hit = findings.find((f) => f.rule === p.rule && !used.has(f) && at >= 0 && f.start < at + p.text.length && at < f.end);
      if (hit) {
        used.add(hit);
        found[p.rule] = (found[p.rule] ?? 0) + 1;
      } else misses.push(`${name}: ${p.rule} on ${JSON.stringify(p.text)}`);
    }
    for (const f of findings.filter(isAlarm)) if (!used.has(f)) {
      elsewhere[f.rule] = (elsewhere[f.rule] ?? 0) + 1;
      misses.push(`${name}: elsewhere ${f.rule} on ${JSON.stringify(text.slice(f.start, f.end))}`);
    }
  }
  return { planted, found, elsewhere, misses };
}

const rate = (n: number, articles: number) => (n / articles).toFixed(3);

/** Prints the table: per rule, alarms and infos per article on each corpus and over all, and planted recall. */
export function printFalseAlarms(corporaDir: string, sampleCount: number, verbose: boolean): void {
  const paths = CORPORA.map((c) => join(corporaDir, `${c}.jsonl`)).filter((p) => existsSync(p));
  const samples = new Map(RULES.map((r) => [r.name, [] as string[]]));
  const per = paths.map((p) => ({ name: p.split('/').pop()!.replace('.jsonl', ''), ...scanCorpus(p, samples) }));
  const total = per.reduce((n, c) => n + c.articles, 0);
  const rec = plantedRecall();
  console.log(`\nConsistency rules: warnings+errors an article on published news (${total} articles), infos apart; recall on planted articles`);
  console.log(`  ${'rule'.padEnd(24)} ${per.map((c) => c.name.padStart(13)).join(' ')}      all  infos   planted  elsewhere`);
  const sum = (rule: string, k: keyof Tally) => per.reduce((n, c) => n + c.tally[rule][k], 0);
  for (const r of RULES) {
    const cells = per.map((c) => rate(c.tally[r.name].alarms, c.articles).padStart(13)).join(' ');
    const planted = rec.planted[r.name] ? `${rec.found[r.name] ?? 0}/${rec.planted[r.name]}` : '-';
    console.log(`  ${r.name.padEnd(24)} ${cells}  ${rate(sum(r.name, 'alarms'), total)}  ${rate(sum(r.name, 'infos'), total)}  ${planted.padStart(8)}  ${String(rec.elsewhere[r.name] ?? 0).padStart(9)}`);
  }
  const all = (k: keyof Tally) => RULES.reduce((n, r) => n + sum(r.name, k), 0);
  const foundAll = Object.values(rec.found).reduce((a, b) => a + b, 0);
  const plantedAll = Object.values(rec.planted).reduce((a, b) => a + b, 0);
  const elsewhereAll = Object.values(rec.elsewhere).reduce((a, b) => a + b, 0);
  const corpusCells = per.map((c) => rate(RULES.reduce((n, r) => n + c.tally[r.name].alarms, 0), c.articles).padStart(13)).join(' ');
  console.log(`  ${'every rule'.padEnd(24)} ${corpusCells}  ${rate(all('alarms'), total)}  ${rate(all('infos'), total)}  ${`${foundAll}/${plantedAll}`.padStart(8)}  ${String(elsewhereAll).padStart(9)}`);
  if (verbose) console.log(`\n  planted misses and alarms elsewhere:\n    ${rec.misses.join('\n    ')}`);
  if (sampleCount > 0) {
    for (const [rule, list] of samples) {
      if (list.length === 0) continue;
      const step = Math.max(1, Math.floor(list.length / sampleCount));
      console.log(`\n  ${rule}: ${list.length} false alarms, a sample:`);
      for (let i = 0; i < list.length && i / step < sampleCount; i += step) console.log(`    ${list[i]}`);
    }
  }
}

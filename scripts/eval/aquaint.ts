/**
 * AQUAINT (TempEval-3 training data, ../shared/corpora/aquaint.jsonl): 73 wire articles annotated
 * throughout, so they are scored whole. Same annotation style as the held-out TimeBank and TempEval-3
 * platinum sets, hence the development set for dates.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from './corpus';
import { scoreDates, type DateScores } from './dates';
import { pct } from './score';

const AQUAINT = join(__dirname, '../../../shared/corpora/aquaint.jsonl');

/** Prints the strict, relaxed and value P/R/F1 of a date scoring. */
export function printDateTable(d: DateScores): void {
  console.log(`Dates (TempEval-3): ${d.gold} gold, ${d.system} found`);
  console.log('            P      R      F1');
  for (const [name, s] of [['strict', d.strict], ['relaxed', d.relaxed], ['value', d.value]] as const) {
    console.log(`  ${name.padEnd(8)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`);
  }
}

/** Lists the misses, the spurious finds and the wrong values (`--verbose`). */
export function printDateLists(d: DateScores): void {
  console.log(`\n  missed (${d.missed.length}):\n    ${d.missed.join('\n    ')}`);
  console.log(`\n  spurious (${d.spurious.length}):\n    ${d.spurious.join('\n    ')}`);
  console.log(`\n  wrong values (${d.wrongValues.length}):\n    ${d.wrongValues.map((w) => w.join(' | ')).join('\n    ')}`);
}

/** Scores AQUAINT's dates over whole articles, when the corpus is there. */
export function printAquaint(verbose: boolean, path = AQUAINT): void {
  if (!existsSync(path)) return void console.log(`\nAQUAINT: no corpus at ${path}, skipped`);
  const articles = readCorpus(path);
  console.log(`\nAQUAINT: ${path} (${articles.length} articles, scored whole)`);
  const d = scoreDates(articles, { whole: true });
  printDateTable(d);
  if (verbose) printDateLists(d);
}

/**
 * `npm run eval [-- --corpus PATH] [--verbose] [--samples N] [--polnear-train]`: scores the engine on an
 * annotated news corpus (../shared/corpora/meantime-en.jsonl by default) and prints the tables, then
 * attribution on PolNeAR dev (`--polnear-train`: and train) and the consistency rules on published news.
 * `--verbose` lists the misses; `--samples N` prints N false alarms of each consistency rule.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { printAquaint, printDateLists, printDateTable } from './aquaint';
import { printAttribution } from './attribution';
import { printFalseAlarms } from './falseAlarms';
import { readCorpus } from './corpus';
import { printMoneyPercent } from './moneyPercent';
import { scoreDates } from './dates';
import { scoreNumbers, scoreNumbersTokenized } from './numbers';
import { printPolnear } from './polnear';
import { pct } from './score';

const args = process.argv.slice(2);
const corpusAt = args.indexOf('--corpus');
const corpusPath = corpusAt >= 0 ? args[corpusAt + 1] : join(__dirname, '../../../shared/corpora/meantime-en.jsonl');
const verbose = args.includes('--verbose');

if (!existsSync(corpusPath)) {
  console.error(`eval: no corpus at ${corpusPath} (give one with --corpus PATH)`);
  process.exit(2);
}
const articles = readCorpus(corpusPath);
console.log(`Corpus: ${corpusPath} (${articles.length} articles)\n`);

const d = scoreDates(articles);
printDateTable(d);
const w = d.whole;
console.log(`  (the annotated part of each article; over whole articles, ${w.system} found: F1 strict ${pct(w.strict.f1)}, relaxed ${pct(w.relaxed.f1)}, value ${pct(w.value.f1)})`);
if (verbose) printDateLists(d);
printAquaint(verbose);

const n = scoreNumbers(articles);
console.log(`\nNumbers (overlap): ${n.gold} gold, ${n.system} found`);
console.log('            P      R      F1   type');
console.log(`  overlap  ${pct(n.overlap.precision)}  ${pct(n.overlap.recall)}  ${pct(n.overlap.f1)}  ${pct(n.typeAccuracy)}`);
if (n.valueAccuracy !== null) console.log(`  value right: ${pct(n.valueAccuracy)}%`);
console.log(`  (the annotated part of each article; over whole articles, ${n.whole.system} found: P ${pct(n.whole.overlap.precision)}, R ${pct(n.whole.overlap.recall)}, F1 ${pct(n.whole.overlap.f1)})`);
const lower = scoreNumbersTokenized(articles);
console.log(`  lowercased, tokenized copy: R ${pct(lower.recall)}, value as read in the original ${pct(lower.sameValue)}%`);
if (verbose) {
  console.log(`\n  missed (${n.missed.length}):\n    ${n.missed.join('\n    ')}`);
  console.log(`\n  spurious (${n.spurious.length}):\n    ${n.spurious.join('\n    ')}`);
  console.log(`\n  wrong types (${n.wrongTypes.length}):\n    ${n.wrongTypes.join('\n    ')}`);
  console.log(`\n  wrong values (${n.wrongValues.length}):\n    ${n.wrongValues.join('\n    ')}`);
}

printMoneyPercent(verbose);
printAttribution(verbose);
printPolnear(join(__dirname, '../../../shared/corpora'), args);

const samplesAt = args.indexOf('--samples');
printFalseAlarms(join(__dirname, '../../../shared/corpora'), samplesAt >= 0 ? Number(args[samplesAt + 1]) : 0, verbose);

/**
 * The keystroke path against a full scan on real news: the corpus variants of the unit tests
 * `incremental.test.ts` and `wordEdit.test.ts` (which use the repository's fixture articles, since no unit
 * test may read ../shared). Run: `npx tsx scripts/scanEquivalence.ts [corpus.jsonl]`; exit 1 on a divergence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanOptions } from '../src/engine/types';
import { assertIncrementalMatchesFull, assertTypingMatchesFull } from '../test/unit/scanEquivalence';

const corpus = process.argv[2] ?? join(__dirname, '../../shared/corpora/meantime-en.jsonl');
if (!existsSync(corpus)) {
  console.error(`scanEquivalence: no corpus at ${corpus}`);
  process.exit(2);
}
const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text.trim());
const news = (from: number, count: number) => articles.slice(from, from + count).join('\n\n');

const cases: [string, () => void][] = [
  ['random edits, with a publication date', () => assertIncrementalMatchesFull(news(0, 3), { referenceDate: '2008-03-01' }, 30, 1)],
  ['random edits, Markdown', () => assertIncrementalMatchesFull(`---\ndate: 2024-05-01\n---\n# Title\n\n${news(0, 2)}\n`, { format: 'markdown' }, 15, 3)],
  ['random edits, CRLF', () => assertIncrementalMatchesFull(news(0, 1).replace(/\n/g, '\r\n'), {}, 20, 4)],
  ...([[0, { referenceDate: '2008-03-01' }], [10, {}], [20, { kinds: ['number', 'date'] }]] as [number, ScanOptions][]).map(
    ([from, options], i): [string, () => void] => [`typing in articles ${from}-${from + 3}`, () => void assertTypingMatchesFull(news(from, 4), options, 120, 100 + i)],
  ),
];
let failed = 0;
for (const [name, run] of cases) {
  try {
    run();
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}: ${(e as Error).message.split('\n')[0]}`);
  }
}
console.log(`${cases.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

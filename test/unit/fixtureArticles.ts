import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's own test articles (written for it, or public: the seed article), so no test reads `../shared`. */
const FIXTURES = join(__dirname, '../fixtures');

/** The seed article: a public news article with speaker labels, quotations, figures and relative dates. */
export const SEED_ARTICLE = join(FIXTURES, 'articles/belarus-china-industrial-cooperation.txt');

/** News-like fixture articles with dates, figures, quotes and speakers, in a fixed order. */
const NEWS = [
  'ledger/harbour-expansion.txt',
  'consistency/clean.txt',
  'consistency/planted-harbour.txt',
  'workspace/transcript.txt',
  'consistency/planted-bridge.txt',
  'consistency/planted-senate.txt',
  'articles/belarus-china-industrial-cooperation.txt',
];

/** `count` fixture articles from the `from`-th on (wrapping round), joined by blank lines. */
export function fixtureNews(count: number, from = 0): string {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) texts.push(readFileSync(join(FIXTURES, NEWS[(from + i) % NEWS.length]), 'utf8').trim());
  return texts.join('\n\n');
}

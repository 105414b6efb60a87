import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the bench writes its texts and builds (gitignored). */
export const DATA_DIR = join(__dirname, '../../bench-data');
const CORPUS = join(__dirname, '../../../shared/corpora/meantime-en.jsonl');

/** The corpus's article texts, in file order. */
function articles(): string[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { text: string }).text.trim());
}

/**
 * News text of about `bytes` UTF-8 bytes: the corpus's articles joined by blank lines, repeated until the
 * size is reached, cut at the last paragraph break before it.
 */
export function newsText(bytes: number): string {
  const texts = articles();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  const joined = parts.join('\n\n');
  const cut = joined.lastIndexOf('\n\n', Math.min(joined.length, bytes));
  return cut > 0 ? joined.slice(0, cut) + '\n' : joined;
}

/** Writes (once) a news file of `bytes` bytes into bench-data/ and returns its path. */
export function newsFile(name: string, bytes: number): string {
  if (!existsSync(DATA_DIR)) mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, name);
  if (!existsSync(path)) writeFileSync(path, newsText(bytes));
  return path;
}

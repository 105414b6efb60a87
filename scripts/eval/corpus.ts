import { readFileSync } from 'node:fs';

/** A gold span of an annotated corpus (see ../shared/corpora/README.md). */
export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value?: string | number;
  creationTime?: boolean;
}

export interface GoldArticle {
  id: string;
  corpus: string;
  /** The publication date, or null where the corpus has none. */
  dct: string | null;
  text: string;
  timex: GoldSpan[];
  values: GoldSpan[];
}

/** Reads a JSON-lines corpus, one article a line. */
export function readCorpus(path: string): GoldArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldArticle);
}

import { wordsOf, type Word } from './words';

/** The words of a quotation in pieces: an elision (`...`, `…`, `[...]`) may leave words out between them. */
export function quotePieces(quote: string): string[][] {
  return quote
    .split(/\[?(?:\.\s?\.\s?\.|…)\]?/)
    .map((piece) => wordsOf(piece).map((w) => w.word))
    .filter((piece) => piece.length > 0);
}

/** How far apart two pieces of an elided quotation may stand in the source, in words. */
const ELISION_REACH = 80;

function findRun(words: readonly Word[], piece: readonly string[], from: number, until: number): number {
  outer: for (let i = from; i <= Math.min(until, words.length - piece.length); i++) {
    for (let k = 0; k < piece.length; k++) if (words[i + k].word !== piece[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Where the quotation's words stand in the text, each piece in order (quotation marks, capitals and
 * punctuation aside), as offsets `[start, end)`; null when they are not all there.
 */
export function findQuote(text: string, pieces: readonly string[][], words = wordsOf(text)): { start: number; end: number } | null {
  if (pieces.length === 0) return null;
  for (let first = findRun(words, pieces[0], 0, words.length); first >= 0; first = findRun(words, pieces[0], first + 1, words.length)) {
    let at = first + pieces[0].length;
    let ok = true;
    for (const piece of pieces.slice(1)) {
      const next = findRun(words, piece, at, at + ELISION_REACH);
      if (next < 0) {
        ok = false;
        break;
      }
      at = next + piece.length;
    }
    if (ok) return { start: words[first].start, end: words[at - 1].end };
  }
  return null;
}

/**
 * The stretch of the text most like the quotation when its words are not all there: the window of the
 * quotation's length holding most of its words. Returns the share of its words found there.
 */
export function nearestQuote(text: string, pieces: readonly string[][], words = wordsOf(text)): { start: number; end: number; share: number } | null {
  const wanted = pieces.flat();
  if (wanted.length === 0 || words.length === 0) return null;
  const size = Math.min(words.length, wanted.length + 2);
  let best: { start: number; end: number; share: number } | null = null;
  for (let i = 0; i + size <= words.length; i++) {
    const window = new Map<string, number>();
    for (let k = i; k < i + size; k++) window.set(words[k].word, (window.get(words[k].word) ?? 0) + 1);
    let found = 0;
    for (const w of wanted) {
      const left = window.get(w) ?? 0;
      if (left > 0) {
        found++;
        window.set(w, left - 1);
      }
    }
    const share = found / wanted.length;
    if (!best || share > best.share) best = { ...trimmed(words, i, i + size, new Set(wanted), wanted.length), share };
  }
  return best;
}

/** The window from its first word of the quotation, as many words long as the quotation. */
function trimmed(words: readonly Word[], from: number, to: number, wanted: ReadonlySet<string>, length: number): { start: number; end: number } {
  while (from < to - 1 && !wanted.has(words[from].word)) from++;
  to = Math.min(words.length, from + length);
  return { start: words[from].start, end: words[to - 1].end };
}

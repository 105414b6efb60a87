import { forEachMatch } from '../../text/matchLoop';
import type { Span } from '../../types';
import type { Range } from '../../text/ranges';
import type { TextModel } from '../../text/textModel';

/** A direct quotation: from its opening mark to its closing mark, maybe over several paragraphs. */
export interface Quotation {
  /** The opening mark. */
  start: number;
  /** After the closing mark (or the end of the last paragraph when the quotation is left open). */
  end: number;
  /** The quoted words without the marks. */
  inner: Span;
  /**
   * True for quotations of speech; false for scare quotes ("so-called 'experts'") and titles ("The Art of
   * the Deal"), which quote words but not a speaker.
   */
  speech: boolean;
  /** False when the paragraph ended before a closing mark: the quotation may run over words not quoted. */
  closed: boolean;
}

const OPENERS = new Set(['“', '«']);
const CLOSERS = new Set(['”', '»']);
// Two apostrophes stand for a double quotation mark in some wire copy (''We lost,'' she said).
const MARKS = /''|["“”«»]/g;

/** Memoized per text model: the attribution and quote extractors both read the quotations. */
const memo = new WeakMap<TextModel, Quotation[]>();

/**
 * The document's quotations, in order. Straight quotes open before a word and close after one.
 * Following the newspaper convention, a quotation that is still open at the end of a paragraph goes on
 * when the next paragraph opens with a quotation mark; otherwise it ends with its paragraph.
 */
export function findQuotations(model: TextModel): Quotation[] {
  const hit = memo.get(model);
  if (hit) return hit;
  const { prose, paragraphs } = model;
  const out: Quotation[] = [];
  let open = -1;
  // One pass from mark to mark over the whole prose (most characters are not quotation marks); a mark
  // between paragraphs is no one's.
  let p = 0;
  // Ends paragraph `p`: a quotation still open goes on only into a paragraph that opens with a mark.
  const endParagraph = () => {
    if (open >= 0 && !opensWithQuote(prose, paragraphs[p + 1]?.start)) {
      out.push(makeQuotation(prose, open, paragraphs[p].end, false));
      open = -1;
    }
    p++;
  };
  forEachMatch(MARKS, prose, (m) => {
    const i = m.index;
    while (p < paragraphs.length && paragraphs[p].end <= i) endParagraph();
    if (p >= paragraphs.length) return false;
    const para = paragraphs[p];
    if (i < para.start) return;
    const role = markRole(prose, i, para.start, para.end);
    if (role === 'open' && open < 0) open = i;
    else if (role === 'open' && i === para.start) return; // a continued quotation's new opening mark
    else if (role === 'close' && open >= 0) {
      out.push(makeQuotation(prose, open, i + m[0].length, true));
      open = -1;
    }
  });
  while (p < paragraphs.length) endParagraph();
  memo.set(model, out);
  return out;
}

/** The quotation with its marks, as PolNeAR's contents hold it: from the opening mark to after the closing one. */
export function withMarks(q: Quotation, prose: string): Range {
  return { start: q.start, end: /["”»]/.test(prose[q.end - 1]) || prose.startsWith("''", q.end - 2) ? q.end : q.inner.end };
}

/**
 * Gives a text model the quotations already known for it: those of the text before an edit that
 * added or removed no quotation mark and came nowhere near one, moved by the edit.
 */
export function rememberQuotations(model: TextModel, quotations: Quotation[]): void {
  memo.set(model, quotations);
}

function opensWithQuote(prose: string, at: number | undefined): boolean {
  return at !== undefined && (prose[at] === '"' || OPENERS.has(prose[at]) || prose.startsWith("''", at));
}

/** Whether a quotation mark opens or closes, from the characters beside it. */
function markRole(prose: string, i: number, start: number, end: number): 'open' | 'close' | null {
  const c = prose[i];
  if (OPENERS.has(c)) return 'open';
  if (CLOSERS.has(c)) return 'close';
  const before = i > start ? prose[i - 1] : ' ';
  // An inch mark: 15" display (two apostrophes are never one: ''Hawaii Five-0'' for a season).
  if (before >= '0' && before <= '9' && c === '"') return null;
  const width = c === "'" ? 2 : 1;
  const after = i + width < end ? prose[i + width] : ' ';
  const spaceBefore = /[\s([{—–-]/.test(before);
  const spaceAfter = /\s/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore) return 'close';
  // Spaced on both sides after the quotation's own punctuation ("coalitions, '' said", "brain,' " said"):
  // a close, which only ends a quotation already open.
  if (spaceAfter && /[,.!?'’]\s$/.test(prose.slice(Math.max(start, i - 2), i))) return 'close';
  return null;
}

function makeQuotation(prose: string, start: number, end: number, closed: boolean): Quotation {
  let from = start + (prose[start] === "'" ? 2 : 1);
  let to = CLOSERS.has(prose[end - 1]) || (prose[end - 1] === '"' && end - 1 > start) ? end - 1 : end;
  if (prose[end - 1] === "'" && prose[end - 2] === "'" && end - 2 > start + 1) to = end - 2;
  while (from < to && /\s/.test(prose[from])) from++;
  while (to > from && /\s/.test(prose[to - 1])) to--;
  // Speech shows in its punctuation, the comma of '"We lost," she said' included ...
  const speech = isSpeech(prose.slice(from, to));
  // ... but that comma is the quoting convention's, not the speaker's words.
  while (to > from && /[\s,]/.test(prose[to - 1])) to--;
  return { start, end, inner: { start: from, end: to, text: prose.slice(from, to) }, speech, closed };
}

/** Scare quotes are one or two words without a sentence's punctuation; titles capitalize every word. */
export function isSpeech(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const punctuated = /[.,!?;:…—]$/.test(text);
  if (words.length <= 2 && !punctuated) return false;
  if (!punctuated && words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:a|an|the|of|and|in|on|to|for)$/.test(w))) return false;
  return words.length > 0;
}

import type { DocumentFormat } from '../types';
import { readFrontMatter, type FrontMatter } from './frontMatter';
import { readIgnoreDirectives, type IgnoreDirectives } from './ignoreDirectives';
import { markdownNonProse } from './markdown';
import { splitParagraphs } from './paragraphs';
import { blankOut, type Range } from './ranges';
import { splitSentences } from './sentences';
import { urlRanges } from './urls';

export interface Paragraph extends Range {
  /** The paragraph's sentences, in order, in document offsets. */
  sentences: Range[];
}

/**
 * The article as the extractors see it. `prose` is the text with everything that is not prose (code,
 * HTML, URLs, front matter, Markdown markup) blanked out by spaces, so every offset in it is an offset in
 * `text` and extractors never need to know about Markdown.
 */
export interface TextModel {
  text: string;
  prose: string;
  format: DocumentFormat;
  frontMatter: FrontMatter | null;
  paragraphs: Paragraph[];
  /** Rules the article silences with `verity-ignore-file`. */
  ignores: IgnoreDirectives;
}

export function buildTextModel(text: string, format: DocumentFormat): TextModel {
  const frontMatter = format === 'markdown' ? readFrontMatter(text) : null;
  const hidden: Range[] = urlRanges(text);
  // Pushed one by one: spreading a list of a hundred thousand ranges into push() overflows the stack.
  if (format === 'markdown') for (const r of markdownNonProse(text)) hidden.push(r);
  if (frontMatter) hidden.push(frontMatter);
  const ignores = readIgnoreDirectives(text, format);
  for (const r of ignores.ranges) hidden.push(r);
  for (const r of controlRanges(text)) hidden.push(r);
  const prose = blankOut(text, hidden);
  const paragraphs = paragraphsOf(prose, { start: 0, end: prose.length });
  return { text, prose, format, frontMatter, paragraphs, ignores };
}

/**
 * Plain text's prose: URLs and control characters blanked. None of them reaches over a line break, so a
 * run of whole lines can be masked on its own.
 */
export function plainProse(text: string): string {
  return blankOut(text, [...urlRanges(text), ...controlRanges(text)]);
}

/** NUL and other control characters are never words; blanking them keeps patterns simple. */
function controlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const m of text.matchAll(/[\u0000-\u0008\u000e-\u001f\u007f]+/g)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/** The paragraphs, with their sentences, of a run of whole lines of the prose (document offsets). */
export function paragraphsOf(prose: string, lines: Range): Paragraph[] {
  const body = lines.start === 0 && lines.end === prose.length ? prose : prose.slice(lines.start, lines.end);
  return splitParagraphs(body).map((r) => {
    const p = { start: r.start + lines.start, end: r.end + lines.start };
    return { ...p, sentences: splitSentences(prose, p) };
  });
}

/** The sentence that holds the offset, or null when it falls between sentences. */
export function sentenceAt(model: TextModel, offset: number): Range | null {
  const para = paragraphAt(model, offset);
  if (!para) return null;
  // Binary search: a paragraph pasted without line breaks can hold tens of thousands of sentences, and
  // the scan asks for the sentence of every claim.
  let lo = 0;
  let hi = para.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = para.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Binary search: paragraphs are sorted and disjoint. */
export function paragraphAt(model: TextModel, offset: number): Paragraph | null {
  let lo = 0;
  let hi = model.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = model.paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}

import { flat } from './flat';
import type { Range } from './ranges';
import type { TextEdit } from './textEdit';
import { buildTextModel, paragraphsOf, plainProse, type Paragraph, type TextModel } from './textModel';

/**
 * The text model of `text`, built from the model of the text before one edit: only the blocks of lines
 * (runs of non-blank lines, which paragraphs never cross) that the edit touched are masked and split
 * again; the paragraphs before them are kept and those after are moved. Gives the same model as
 * `buildTextModel(text)`. Markdown, whose constructs (a code fence, a list) reach over blank lines, and
 * texts with a `verity-ignore-file` directive (whose ranges and rules are the whole file's) are rebuilt
 * whole.
 */
export function updateTextModel(prev: TextModel, text: string, edit: TextEdit): TextModel {
  const directive = 'verity-ignore-file';
  const lines = { start: lineStart(text, edit.start), end: lineEnd(text, edit.newEnd) };
  const delta = edit.newEnd - edit.oldEnd;
  const oldLines = { start: lines.start, end: lines.end - delta };
  if (
    prev.format !== 'plaintext' ||
    prev.ignores.ranges.length > 0 ||
    text.slice(lines.start, lines.end).includes(directive) ||
    prev.text.slice(oldLines.start, oldLines.end).includes(directive)
  ) {
    return buildTextModel(text, prev.format);
  }
  const edited = text.slice(lines.start, lines.end);
  const masked = plainProse(edited);
  // Most articles have nothing to mask: then the prose is the text itself, with no copy to make.
  const prose = prev.prose === prev.text && masked === edited ? text : flat(prev.prose.slice(0, lines.start) + masked + prev.prose.slice(oldLines.end));
  const block = blockAround(prose, lines);
  const before: Paragraph[] = [];
  const after: Paragraph[] = [];
  for (const p of prev.paragraphs) {
    if (p.end <= block.start) before.push(p);
    else if (p.start >= block.end - delta) after.push(moved(p, delta));
  }
  const paragraphs = before.concat(paragraphsOf(prose, block), after);
  return { text, prose, format: prev.format, frontMatter: null, paragraphs, ignores: prev.ignores };
}

/** A paragraph and its sentences moved by `delta`. */
function moved(p: Paragraph, delta: number): Paragraph {
  if (delta === 0) return p;
  const sentences = p.sentences.map((s) => ({ start: s.start + delta, end: s.end + delta }));
  return { start: p.start + delta, end: p.end + delta, sentences };
}

/** The run of lines around `lines` up to the blank lines (in the prose) before and after it. */
function blockAround(prose: string, lines: Range): Range {
  let start = lines.start;
  while (start > 0) {
    const end = start - terminatorBefore(prose, start);
    const from = lineStart(prose, end);
    if (isBlank(prose, from, end)) break;
    start = from;
  }
  let end = lines.end;
  while (end < prose.length) {
    const from = end + terminatorAt(prose, end);
    const to = lineEnd(prose, from);
    if (isBlank(prose, from, to)) break;
    end = to;
  }
  return { start, end };
}

const isBreak = (c: number) => c === 10 || c === 13;

/** The start of the line that holds `at`; a `\r\n` pair is one line break. */
function lineStart(s: string, at: number): number {
  let i = at;
  // `at` between the `\r` and `\n` of a pair stands in the break that ends the line before.
  if (s.charCodeAt(i) === 10 && s.charCodeAt(i - 1) === 13) i--;
  while (i > 0 && !isBreak(s.charCodeAt(i - 1))) i--;
  return i;
}

/** The end (before its line break) of the line that holds `at`. */
function lineEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && !isBreak(s.charCodeAt(i))) i++;
  return i;
}

/** The length of the line break that ends just before `at` (a line start). */
function terminatorBefore(s: string, at: number): number {
  return s.charCodeAt(at - 1) === 10 && s.charCodeAt(at - 2) === 13 ? 2 : 1;
}

/** The length of the line break at `at` (a line end). */
function terminatorAt(s: string, at: number): number {
  return s.charCodeAt(at) === 13 && s.charCodeAt(at + 1) === 10 ? 2 : 1;
}

/** True when the line holds only white space, as paragraphs.ts counts it. */
function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff)) return false;
  }
  return true;
}

import type { Range } from './ranges';

/**
 * Splits prose into paragraphs. A blank line always ends one. A single line break ends one too when the
 * line reads as complete: it ends a sentence or a speaker label (`.!?:` or a closing quote), it or the
 * next line is much shorter than the longest line of the block (a headline, a dateline, a figure on its
 * own line), or the next line starts a list item, heading or quotation block. Hard-wrapped text, whose lines end mid-sentence, keeps
 * its lines together.
 */
export function splitParagraphs(prose: string): Range[] {
  const lines = lineRanges(prose);
  const paragraphs: Range[] = [];
  let blockLines: Range[] = [];
  const flush = () => {
    // One by one: a pasted table can be a block of a hundred thousand one-line paragraphs, too many to spread.
    if (blockLines.length > 0) for (const p of splitBlock(prose, blockLines)) paragraphs.push(p);
    blockLines = [];
  };
  for (const line of lines) {
    const content = trimRange(prose, line);
    if (content.end === content.start) {
      flush();
      continue;
    }
    blockLines.push(content);
  }
  flush();
  return paragraphs;
}

/** Splits a run of non-blank lines where a line break reads as a paragraph break. */
function splitBlock(prose: string, lines: Range[]): Range[] {
  if (lines.length === 1) return [lines[0]];
  let longest = 0;
  for (const l of lines) longest = Math.max(longest, l.end - l.start);
  const out: Range[] = [];
  let start = lines[0].start;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (endsParagraph(prose, line, next, longest)) {
      out.push({ start, end: line.end });
      start = next.start;
    }
  }
  out.push({ start, end: lines[lines.length - 1].end });
  return out;
}

const COMPLETE_END = /[.!?:;"”’»)\]]$/;
const BLOCK_START = /^(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>|["“«])/;

function endsParagraph(prose: string, line: Range, next: Range, longest: number): boolean {
  const lineText = prose.slice(Math.max(line.start, line.end - 2), line.end);
  if (COMPLETE_END.test(lineText)) return true;
  const nextHead = prose.slice(next.start, Math.min(next.end, next.start + 8));
  if (BLOCK_START.test(nextHead)) return true;
  if (line.end - line.start < longest * 0.6) return true;
  // A short line after a long one is a dateline or a caption when it does not end a sentence; the short
  // last line of a hard-wrapped paragraph does.
  const nextEnd = prose.slice(Math.max(next.start, next.end - 2), next.end);
  return next.end - next.start < longest * 0.6 && !COMPLETE_END.test(nextEnd);
}

/** The line ranges of the text, without their line terminators. */
export function lineRanges(text: string): Range[] {
  const lines: Range[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff;
}

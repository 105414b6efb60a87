import type { SourcePassage } from '../../engine/evidence';

/**
 * Plain text and Markdown: a passage a paragraph (lines up to a blank line), located by its first line.
 * Markdown's marks are left: the scan reads figures and dates through them, and a line number is what a
 * reader of the file looks for.
 */
export function textPassages(text: string): SourcePassage[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: SourcePassage[] = [];
  let first = -1;
  const close = (end: number) => {
    if (first >= 0) out.push({ text: lines.slice(first, end).join('\n'), locator: { line: first + 1 } });
    first = -1;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') close(i);
    else if (first < 0) first = i;
  });
  close(lines.length);
  return out;
}

/** Paragraphs of a text already freed of its markup (HTML, DOCX): located by their number, from 1. */
export function paragraphPassages(paragraphs: readonly string[]): SourcePassage[] {
  return paragraphs
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((text, i) => ({ text, locator: { paragraph: i + 1 } }));
}

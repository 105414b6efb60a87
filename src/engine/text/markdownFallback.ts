import { requireAdvancing } from './matchLoop';
import type { Range } from './ranges';

/**
 * micromark slows down faster than the text grows on some inputs: containers nested deep on one line
 * (`> > > ...`, `- - - ...`), long runs of list or quote lines, and paragraphs dense with `*` and `_`
 * (its emphasis matching). These limits stay far above real articles and far below the inputs where a
 * parse would take seconds. Beyond them the document is masked by the line scan below instead.
 */
const MAX_DEPTH = 16;
const MAX_CONTAINER_UNITS = 4000;
const MAX_ATTENTION_PER_PARAGRAPH = 1500;
const MAX_DELIMITER_RUN = 64;

// One container marker where the last one ended (sticky): a quote `>` or a list bullet or number. A list
// marker needs a space after it; a quote marker does not (`>>>` is three quotes deep, and micromark's parse
// of thousands of them on one line is quadratic).
const CONTAINER = /[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/y;

/** True when a CommonMark parse of the text could take far longer than the text is long. */
export function markdownTooHostile(text: string): boolean {
  let units = 0;
  let attention = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') attention = 0;
    const { depth } = containers(line, MAX_DEPTH + 1);
    if (depth > MAX_DEPTH) return true;
    units += depth;
    if (units > MAX_CONTAINER_UNITS) return true;
    // A long run of delimiters is hostile unless it is the whole line (a thematic break).
    const whole = line.trim().length;
    let run = 0;
    for (let i = 0; i <= line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 42 /* * */ || c === 95 /* _ */ || c === 91 /* [ */ || c === 60 /* < */) {
        if (c === 42 || c === 95) attention++;
        run++;
      } else {
        if (run > MAX_DELIMITER_RUN && run !== whole) return true;
        run = 0;
      }
    }
    if (attention > MAX_ATTENTION_PER_PARAGRAPH) return true;
  }
  return false;
}

/** How many container markers open the line (no more than `limit`), and how long they are. */
function containers(line: string, limit = Infinity): { depth: number; length: number } {
  let depth = 0;
  let length = 0;
  requireAdvancing(CONTAINER, 'containers');
  while (depth < limit && length < line.length) {
    CONTAINER.lastIndex = length;
    // A marker is never empty, so each turn moves on; the check keeps it so if the pattern changes.
    if (!CONTAINER.exec(line) || CONTAINER.lastIndex <= length) break;
    depth++;
    length = CONTAINER.lastIndex;
  }
  return { depth, length };
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const HEADING = /^[ \t]{0,3}#{1,6}(?=[ \t]|$)/;
const THEMATIC = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
// Bounded and made of disjoint classes, so each match is tried in constant time per start.
const INLINE = /`[^`\n]{1,500}`|\]\([^()\s]{0,2000}\)|<\/?[A-Za-z][^<>\n]{0,500}>|\*+/g;

/**
 * A linear, line-by-line stand-in for the CommonMark parse, for documents too hostile to parse: masks
 * container markers, heading marks, thematic breaks, fenced code, code spans, link targets, HTML tags
 * and asterisks. It is coarser than the parse (no indented code, no multi-line HTML) but never slow.
 */
export function markdownNonProseByLines(text: string): Range[] {
  const ranges: Range[] = [];
  let fence: string | null = null;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const markers = containers(line).length;
    const body = line.slice(markers);
    const open = FENCE.exec(body);
    if (fence !== null || open) {
      ranges.push({ start, end: start + line.length });
      if (fence === null) fence = open![1][0].repeat(open![1].length);
      else if (body.trimStart().startsWith(fence) && body.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    if (markers > 0) ranges.push({ start, end: start + markers });
    if (THEMATIC.test(body)) ranges.push({ start: start + markers, end: start + line.length });
    const heading = HEADING.exec(body);
    if (heading) ranges.push({ start: start + markers, end: start + markers + heading[0].length });
    for (const m of body.matchAll(INLINE)) ranges.push({ start: start + markers + m.index, end: start + markers + m.index + m[0].length });
  }
  return ranges;
}

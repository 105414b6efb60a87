import type { Range } from './ranges';

// Linear: each alternative starts at a fixed prefix or at the start of a run (the lookbehind), then
// consumes its characters once.
const URL_LIKE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** URLs and e-mail addresses: never prose, in plain text as in Markdown. */
export function urlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Every URL or address holds one of these: most text has none, and two native searches say so.
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return ranges;
  for (const m of text.matchAll(URL_LIKE)) {
    let end = m.index + m[0].length;
    // A sentence's full stop or closing bracket after a URL is punctuation, not part of the URL.
    while (end > m.index && /[.,;:!?)\]]/.test(text[end - 1])) end--;
    ranges.push({ start: m.index, end });
  }
  return ranges;
}

import type { Range } from './ranges';

/** A YAML front matter block at the very top of a Markdown document. */
export interface FrontMatter extends Range {
  /** Top-level `key: value` pairs, values without quotes. Nested YAML is not read. */
  fields: Record<string, string>;
}

/**
 * Reads the front matter (`---` ... `---` on the first lines). Only flat keys are read: Verity needs
 * `date:` (the publication date) and nothing that would justify a YAML parser in the bundle.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  const body = rest.slice(0, m.index);
  const fields: Record<string, string> = {};
  for (const line of body.split(/\r?\n/)) {
    const kv = KEY.exec(line);
    if (!kv) continue;
    // The value is the rest of the line; a stray line break in it (`\r`, U+2028, U+2029) leaves the key
    // unread, as the pattern this replaces did. Trimmed by hand: `(.*?)[ \t]*$` tried every split of a
    // run of spaces before such a break, cubic in the run.
    const value = trimSpaces(line.slice(kv[0].length));
    if (!LINE_BREAK.test(value)) fields[kv[1].toLowerCase()] = value.replace(/^(["'])(.*)\1$/, '$2');
  }
  return { start: 0, end: open[0].length + m.index + m[0].length, fields };
}

const KEY = /^([A-Za-z_][\w-]*)[ \t]*:/;
const LINE_BREAK = /[\r\u2028\u2029]/;

/** `text` without the spaces and tabs at either end. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

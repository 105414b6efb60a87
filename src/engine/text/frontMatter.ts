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
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return { start: 0, end: open[0].length + m.index + m[0].length, fields };
}

import type { CardLink, CardPart } from './hoverCard';

/**
 * Characters that make Markdown out of text when they stand anywhere: emphasis, code, links and images,
 * HTML and entities, tables, strike-through, escapes themselves.
 */
const INLINE = /[\\`*_[\]<>!~|&]/g;
/** Characters that make a block (heading, list, quote, rule) at the start of a line. */
const LEADING = /^[#+\-=]/;
/** An ordered list's marker at the start of a line: `1.` or `1)`. */
const ORDERED = /^(\d+)([.)])/;
/** A word a renderer may turn into a link by itself (GFM autolinks: a URL, www., an e-mail address). */
const LINKABLE = /:\/\/|^www\.|\.www\.|@|^[a-z][a-z0-9+.-]*:\S/i;

/**
 * Untrusted text (the article's, the ledger's) as Markdown that shows exactly that text and makes no
 * markup: punctuation that would make markup is escaped with a backslash, which CommonMark allows before
 * any punctuation, and a word that a renderer would turn into a link by itself (a bare URL, an e-mail
 * address, `www.`) becomes a code span, where nothing is a link. Line breaks become spaces.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((word, i) => (LINKABLE.test(word) ? codeSpan(word) : escapeWord(word, i === 0)))
    .join(' ');
}

function escapeWord(word: string, first: boolean): string {
  const escaped = word.replace(INLINE, '\\$&');
  return first ? escaped.replace(LEADING, '\\$&').replace(ORDERED, '$1\\$2') : escaped;
}

/** A code span holding `word` as it is: fenced by more backticks than any run inside it. */
function codeSpan(word: string): string {
  const longest = Math.max(0, ...(word.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = word.startsWith('`') || word.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${word}${pad}${fence}`;
}

/**
 * A hover card as Markdown: Verity's own markup as it is, every piece of article and ledger text through
 * {@link markdownText}, and the command links drawn by `links` (an editor that runs commands from a hover,
 * VS Code) or left out (an LSP client, which cannot; the code actions on the claim do the same).
 */
export function cardMarkdown(parts: readonly CardPart[], links?: (links: readonly CardLink[]) => string): string {
  let out = '';
  for (const part of parts) {
    if ('markdown' in part) out += part.markdown;
    else if ('text' in part) out += markdownText(part.text);
    else if (links) out += links(part.links);
  }
  return links ? out.trimEnd() : `${out.trimEnd()}\n\n*Quick fixes (code actions) on the claim mark it in the ledger.*`;
}

/** A hover card as plain text, for clients that show no Markdown. */
export function cardPlainText(parts: readonly CardPart[]): string {
  let out = '';
  for (const part of parts) {
    if ('markdown' in part) out += part.markdown.replace(/\*/g, '');
    else if ('text' in part) out += part.text.replace(/\s+/g, ' ');
  }
  return `${out.trimEnd()}\n\nQuick fixes (code actions) on the claim mark it in the ledger.`;
}

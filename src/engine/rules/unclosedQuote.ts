import type { Finding } from '../types';
import type { Paragraph } from '../text/textModel';
import type { Rule } from './rule';

type Out = Omit<Finding, 'rule' | 'severity'>;

/** What one paragraph leaves: the quotation still open at its end, and closing marks with no opening. */
interface Walked {
  open: number | null;
  orphans: number[];
}

/**
 * A quotation mark opened and never closed, or closed and never opened, with straight (") or
 * typographic (“ ”) double quotes. Newspapers continue a long quotation into the next paragraph by
 * leaving the paragraph open and opening the next one with a quotation mark; that is not an error, and
 * neither is a quotation left open over paragraphs that a later paragraph closes. A quotation inside a
 * quotation in double marks nests. Single quotes are left alone: ’ is also the apostrophe.
 */
export const unclosedQuote: Rule = {
  id: 'VER018',
  name: 'unclosed-quote',
  description: 'A quotation mark is opened and not closed, or closed and not opened.',
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    const out: Out[] = [];
    const { prose, paragraphs } = ctx.model;
    let carried = false;
    // A paragraph left open without the next one reopening: reported unless a later paragraph closes it.
    let pending: Out | null = null;
    for (let i = 0; i < paragraphs.length; i++) {
      const { open, orphans } = scanParagraph(prose, paragraphs[i], carried, out);
      for (const k of orphans) {
        if (pending) pending = null;
        else out.push({ start: k, end: k + 1, message: 'This closing quotation mark has no opening one.' });
      }
      const next = paragraphs[i + 1];
      carried = open !== null && next !== undefined && /^\s*["“]/.test(prose.slice(next.start, next.start + 8));
      if (open !== null && !carried) {
        if (pending) out.push(pending);
        pending = unclosed(paragraphs[i], open);
      }
    }
    if (pending) out.push(pending);
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * Walks the quotation marks of one paragraph, nesting a quotation opened inside another. A paragraph
 * that continues a quotation opens with a mark that reopens it.
 */
function scanParagraph(prose: string, p: Paragraph, continues: boolean, out: Out[]): Walked {
  const opens: number[] = [];
  const orphans: number[] = [];
  let first = true;
  for (let k = p.start; k < p.end; k++) {
    const ch = prose.charCodeAt(k);
    // An HTML tag pasted into the text (`<a href="…">`) quotes no one: its marks are skipped.
    if (ch === 0x3c && /[a-z/]/i.test(prose[k + 1] ?? '')) {
      const close = prose.indexOf('>', k);
      if (close > k && close < p.end) k = close;
      continue;
    }
    if (ch !== 0x22 && ch !== 0x201c && ch !== 0x201d) continue;
    const reopens = first && continues;
    first = false;
    // A straight quote after a digit outside a quotation is an inch mark (a 6" pipe).
    if (ch === 0x22 && opens.length === 0 && k > p.start && /\d/.test(prose[k - 1])) continue;
    if (reopens) opens.push(k);
    else if (sideOf(prose, p, k, ch, opens.length > 0) === 'open') opens.push(k);
    else if (opens.length > 0) opens.pop();
    else orphans.push(k);
  }
  // Of quotations still open, the outermost is the one to close; inner ones left open are reported too.
  for (const k of opens.slice(1)) out.push(unclosed(p, k));
  return { open: opens[0] ?? null, orphans };
}

/**
 * Whether a mark opens or closes, read from the characters beside it before its shape: writers and
 * software mix straight and curly marks and turn curly ones the wrong way (`the film “Frozen“ and`), but a
 * mark with a space before and a word after opens, and one with a word before and a space after closes.
 * Only a mark the sides leave open is read by its shape, and a straight one by whether a quotation is open.
 */
function sideOf(prose: string, p: Paragraph, k: number, ch: number, isOpen: boolean): 'open' | 'close' {
  const before = k === p.start ? ' ' : prose[k - 1];
  const after = k + 1 >= p.end ? ' ' : prose[k + 1];
  const spaceBefore = /[\s(\[{—–\-/\u200b\u202a-\u202e]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–\-…]/.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  // Spaces on both sides (`bad. ” … what I learned`), no quotation open: a mark after a sentence's end
  // that words or an ellipsis follow opens, whatever its shape.
  if (!isOpen && /\s/.test(before) && /\s/.test(after) && /(?:^|[.!?:])\s*$/.test(prose.slice(Math.max(p.start, k - 4), k)) && /^\s+[…\p{L}]/u.test(prose.slice(k + 1, k + 4))) {
    return 'open';
  }
  if (ch === 0x201c) return 'open';
  if (ch === 0x201d) return 'close';
  return isOpen ? 'close' : 'open';
}

/** A finding on the opening mark and the words after it up to the end of its sentence. */
function unclosed(p: Paragraph, open: number): Out {
  const sentence = p.sentences.find((s) => s.start <= open && open < s.end);
  const end = Math.max(open + 1, sentence?.end ?? p.end);
  return { start: open, end, message: 'This quotation is opened but not closed before the paragraph ends.' };
}

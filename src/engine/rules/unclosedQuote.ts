import type { Finding } from '../types';
import type { Paragraph } from '../text/textModel';
import type { Rule } from './rule';

type Out = Omit<Finding, 'rule' | 'severity'>;

/**
 * A quotation mark opened and never closed, or closed and never opened, with straight (") or
 * typographic (“ ”) double quotes. Newspapers continue a long quotation into the next paragraph by
 * leaving the paragraph open and opening the next one with a quotation mark; that is not an error.
 * Single quotes are left alone: ’ is also the apostrophe.
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
    for (let i = 0; i < paragraphs.length; i++) {
      const open = scanParagraph(prose, paragraphs[i], carried, out);
      const next = paragraphs[i + 1];
      carried = open !== null && next !== undefined && /^\s*["“]/.test(prose.slice(next.start, next.start + 8));
      if (open !== null && !carried) out.push(unclosed(paragraphs[i], open));
    }
    return out;
  },
};

/**
 * Walks the quotation marks of one paragraph; returns where the quotation left open at its end was
 * opened, or null. A paragraph that continues a quotation opens with a mark that reopens it.
 */
function scanParagraph(prose: string, p: Paragraph, continues: boolean, out: Out[]): number | null {
  let open: number | null = null;
  let first = true;
  for (let k = p.start; k < p.end; k++) {
    const ch = prose.charCodeAt(k);
    if (ch !== 0x22 && ch !== 0x201c && ch !== 0x201d) continue;
    const reopens = first && continues;
    first = false;
    if (ch === 0x201c || (ch === 0x22 && open === null)) {
      // A straight quote after a digit outside a quotation is an inch mark (a 6" pipe).
      if (ch === 0x22 && k > p.start && /\d/.test(prose[k - 1])) continue;
      if (open !== null && !reopens) out.push(unclosed(p, open, k));
      open = k;
    } else if (open !== null) open = null;
    else out.push({ start: k, end: k + 1, message: 'This closing quotation mark has no opening one.' });
  }
  return open;
}

/** A finding on the opening mark and the words after it up to the end of its sentence. */
function unclosed(p: Paragraph, open: number, nextOpen?: number): Out {
  const sentence = p.sentences.find((s) => s.start <= open && open < s.end);
  const end = Math.max(open + 1, Math.min(sentence?.end ?? p.end, nextOpen ?? p.end));
  const where = nextOpen === undefined ? 'before the paragraph ends' : 'before the next quotation opens';
  return { start: open, end, message: `This quotation is opened but not closed ${where}.` };
}

import type { SourcePassage } from '../../engine/evidence';
import { paragraphPassages } from './text';

/** The elements whose text is a paragraph of the main text. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, dd, dt, figcaption';

/**
 * HTML: the page's main text, not its navigation, by Mozilla's Readability (Firefox's Reader View,
 * maintained, works on any DOM) over linkedom (a DOM without a browser, fast and small, unlike jsdom);
 * each block a passage, located by its paragraph number. A page Readability cannot make out (too short)
 * is read whole, less its scripts, styles, navigation, header, footer and asides.
 */
export async function htmlPassages(html: string): Promise<SourcePassage[]> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  let article: { content?: string | null } | null = null;
  try {
    article = new Readability(parseHTML(document.toString()).document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null; // a page Readability fails on is read whole below
  }
  const root = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : document;
  if (!article?.content) for (const el of Array.from(root.querySelectorAll('nav, header, footer, aside, form'))) el.remove();
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.length > 0 ? blocks.map((el) => cellText(el)) : [String(root.body?.textContent ?? '')];
  return paragraphPassages(texts);
}

/** A table row's cells with a separator between them; any other block's text as it is. */
function cellText(el: Element): string {
  if (el.tagName.toLowerCase() !== 'tr') return el.textContent ?? '';
  return Array.from(el.querySelectorAll('td, th')).map((c) => (c.textContent ?? '').trim()).join('; ');
}

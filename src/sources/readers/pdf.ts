import type { SourcePassage } from '../../engine/evidence';

interface TextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

/**
 * PDF with Mozilla's pdf.js (`pdfjs-dist`, the reader in Firefox; its legacy build runs in Node without
 * a browser or canvas): a passage a page, its text laid out in lines as on the page (items grouped by
 * their baseline), located by page and line.
 */
export async function pdfPassages(bytes: Uint8Array): Promise<SourcePassage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes over the buffer it is given: it gets a copy.
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const out: SourcePassage[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const text = linesOf(content.items as TextItem[]).join('\n');
      if (text.trim() !== '') out.push({ text, locator: { page: p, line: 1 } });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Text items joined into lines: a new line where the baseline moves or the item says it ends one. */
function linesOf(items: readonly TextItem[]): string[] {
  const lines: string[] = [];
  let line = '';
  let y: number | null = null;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    const baseline = item.transform[5];
    if (y !== null && Math.abs(baseline - y) > 2 && line !== '') {
      lines.push(line.trimEnd());
      line = '';
    }
    line += item.str;
    y = baseline;
    if (item.hasEOL) {
      lines.push(line.trimEnd());
      line = '';
      y = null;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

import type { SourcePassage } from '../engine/evidence';
import { csvPassages } from './readers/csv';
import { docxPassages } from './readers/docx';
import { htmlPassages } from './readers/html';
import { pdfPassages } from './readers/pdf';
import { textPassages } from './readers/text';

/** The formats Verity reads a source in. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'csv' | 'docx';

/** A source larger than this is refused: a fact base is statistics and reports, not a data dump. */
export const SOURCE_SIZE_LIMIT = 50 * 1024 * 1024;

/** A source that cannot be read: the message says why, in one line. */
export class SourceReadError extends Error {}

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
  pdf: 'pdf', csv: 'csv', tsv: 'csv', docx: 'docx',
};

/** Whether a file's name says it is in a format Verity reads: a reference folder holds other files too. */
export function readableName(name: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && ext in BY_EXTENSION;
}

/** The format of a source: its first bytes where they tell (`%PDF`, a ZIP, `<html`), else its extension or MIME type. */
export function formatOf(name: string, bytes: Uint8Array, mime?: string): SourceFormat | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  const ext = /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return ext === 'docx' ? 'docx' : null;
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  if (mime?.includes('html') || head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (mime?.includes('pdf')) return 'pdf';
  if (mime?.includes('csv')) return 'csv';
  if (mime === undefined || mime.startsWith('text/')) return 'text';
  return null;
}

/** A source's passages, read in its format. Throws {@link SourceReadError} for what it cannot read. */
export async function readPassages(name: string, bytes: Uint8Array, mime?: string): Promise<SourcePassage[]> {
  if (bytes.byteLength > SOURCE_SIZE_LIMIT) throw new SourceReadError(`larger than ${SOURCE_SIZE_LIMIT / 1024 / 1024} MB`);
  const format = formatOf(name, bytes, mime);
  if (format === null) throw new SourceReadError(`not a format Verity reads (text, Markdown, HTML, PDF, CSV, DOCX)`);
  try {
    switch (format) {
      case 'pdf':
        return await pdfPassages(bytes);
      case 'docx':
        return await docxPassages(bytes);
      case 'html':
        return await htmlPassages(decode(bytes));
      case 'csv':
        return await csvPassages(decode(bytes));
      default:
        return textPassages(decode(bytes));
    }
  } catch (e) {
    throw new SourceReadError(`cannot be read as ${format.toUpperCase()}: ${(e as Error)?.message ?? e}`);
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

import type { SourcePassage } from '../../engine/evidence';
import { paragraphPassages } from './text';

/**
 * DOCX with mammoth (maintained, pure JavaScript, reads a Word document's text without Word): its raw
 * text, a passage a paragraph, located by paragraph number.
 */
export async function docxPassages(bytes: Uint8Array): Promise<SourcePassage[]> {
  const mammoth = await import('mammoth');
  const extract = (mammoth as unknown as { extractRawText: typeof mammoth.extractRawText }).extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
  const { value } = await extract({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return paragraphPassages(value.split(/\n\s*\n/));
}

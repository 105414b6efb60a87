import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentFormat } from '../engine';

/** An article to check, or the reason it could not be read. */
export type Input =
  | { path: string; text: string; format: DocumentFormat }
  | { path: string; error: string };

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export function formatOf(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

/**
 * Decodes bytes as UTF-8: a BOM is skipped and invalid bytes become U+FFFD rather than an error, so a
 * Latin-1 file is still checked. A file whose start has many NUL bytes, or is mostly control characters
 * and invalid bytes (an image, an archive, random bytes), is binary, not an article.
 */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (sample.length > 0 && (nul > sample.length / 10 || junkShare(sample) > 0.3)) return { error: 'not a text file (binary content)' };
  return { text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes) };
}

/**
 * The share of the sample's characters that are invalid UTF-8 or control characters other than tabs and
 * line breaks. Latin-1 prose stays far below a third (only its accented letters are invalid); random
 * bytes are more than half.
 */
function junkShare(sample: Uint8Array): number {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(sample);
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) junk++;
  }
  return text.length === 0 ? 0 : junk / text.length;
}

/** Expands the operands into inputs: files, folders (recursively, articles only) and `-` for stdin. */
export function readInputs(operands: readonly string[], readStdin: () => Uint8Array): Input[] {
  const inputs: Input[] = [];
  for (const operand of operands) {
    if (operand === '-') {
      inputs.push(fromBytes('<stdin>', () => readStdin()));
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(operand).isDirectory();
    } catch (e) {
      inputs.push({ path: operand, error: reason(e) });
      continue;
    }
    if (isFolder) {
      const files = articlesIn(operand, inputs);
      for (const file of files) inputs.push(fromBytes(file, () => readFileSync(file)));
    } else inputs.push(fromBytes(operand, () => readFileSync(operand)));
  }
  return inputs;
}

function fromBytes(path: string, read: () => Uint8Array): Input {
  try {
    const decoded = decodeArticle(read());
    return 'error' in decoded ? { path, error: decoded.error } : { path, text: decoded.text, format: formatOf(path) };
  } catch (e) {
    return { path, error: reason(e) };
  }
}

/** The article files below a folder, sorted; unreadable sub-folders are reported as inputs with errors. */
function articlesIn(folder: string, inputs: Input[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      inputs.push({ path: dir, error: reason(e) });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !entry.name.endsWith('.verity.json')) found.push(path);
    }
  };
  walk(folder);
  return found;
}

/** A one-line reason from a Node error: "no such file", "permission denied", ... */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'EMFILE':
      return 'too many open files';
    default:
      return (e as Error)?.message?.split('\n')[0] ?? String(e);
  }
}

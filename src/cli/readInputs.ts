import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentFormat } from '../engine';
import { REPORT_MARKER } from '../ledger/report/markdown';

/** An article to check, or the reason it could not be read. */
export type Input =
  | { path: string; text: string; format: DocumentFormat }
  | { path: string; error: string }
  /** Not an article (a FIFO, a device) in a folder: noted, not read, not an error. */
  | { path: string; skipped: string };

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

/**
 * Expands the operands into inputs: files, folders (recursively, articles only) and `-` for stdin. Lazy:
 * each file is read when its turn comes, so that a run over an archive holds one article at a time.
 */
export function* readInputs(operands: readonly string[], readStdin: () => Uint8Array): Generator<Input> {
  for (const operand of operands) {
    if (operand === '-') {
      yield fromBytes('<stdin>', () => readStdin());
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(operand).isDirectory();
    } catch (e) {
      yield { path: operand, error: reason(e) };
      continue;
    }
    if (isFolder) for (const found of articlesIn(operand)) yield typeof found === 'string' ? readArticleFile(found, true) : found;
    else yield readArticleFile(operand, false);
  }
}

/** Why a file that is not a regular file is not read: reading a FIFO blocks, a device never ends. */
function special(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return s.isDirectory() ? 'a folder' : 'not a regular file';
}

/**
 * Reads one article. It is opened without blocking and checked through its open handle (so a link, or a
 * file swapped after the folder was listed, cannot slip a FIFO or a device in); anything but a regular
 * file is skipped: in a folder with a note, given by name as an input that cannot be read.
 */
function readArticleFile(path: string, inFolder: boolean): Input {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { path, error: reason(e) };
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return inFolder ? { path, skipped: `skipped: ${special(s)}, not an article file` } : { path, error: `${special(s)}, not an article file` };
    const input = fromBytes(path, () => readFileSync(fd));
    if (inFolder && 'text' in input && isVerityOutput(input.text)) return { path, skipped: 'skipped: a report Verity wrote, not an article' };
    return input;
  } catch (e) {
    return { path, error: reason(e) };
  } finally {
    closeSync(fd);
  }
}

function fromBytes(path: string, read: () => Uint8Array): Input {
  try {
    const decoded = decodeArticle(read());
    return 'error' in decoded ? { path, error: decoded.error } : { path, text: decoded.text, format: formatOf(path) };
  } catch (e) {
    return { path, error: reason(e) };
  }
}

/** A report Verity wrote: its first line is the marker (after a BOM or blank lines an editor may add). */
export function isVerityOutput(text: string): boolean {
  return text.trimStart().startsWith(REPORT_MARKER);
}

/**
 * Names Verity gives its own files: ledgers (`a.txt.verity.json`), the editor's exported reports
 * (`a.txt.factcheck.md`), and anything named `*.verity.*`. Folders starting with `.` (`.verity/`) are skipped
 * already.
 */
export function isVerityOutputName(name: string): boolean {
  return /\.(verity|factcheck)\.[^.]+$/i.test(name);
}

/**
 * The article files below a folder, in sorted order, as they are found (paths only: a folder of a
 * million files is a list of names, never of texts); an unreadable sub-folder comes as an input with an error.
 */
function* articlesIn(folder: string): Generator<string | Input> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (e) {
    yield { path: folder, error: reason(e) };
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    // A link to a folder is not followed (it may loop); a link to a file is read, and checked when opened.
    if (entry.isDirectory()) yield* articlesIn(path);
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !isVerityOutputName(entry.name)) yield path;
  }
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

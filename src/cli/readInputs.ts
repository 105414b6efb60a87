import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { DocumentFormat } from '../engine';
import { REPORT_MARKER } from '../ledger/report/markdown';

/** An article to check, or the reason it could not be read. */
export type Input =
  | { path: string; text: string; format: DocumentFormat; notice?: string }
  | { path: string; error: string }
  /** Not an article (a FIFO, a device) in a folder: noted, not read, not an error. */
  | { path: string; skipped: string };

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export function formatOf(path: string): DocumentFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

/** Decoded text, and a one-line notice when its encoding was assumed rather than known. */
export type Decoded = { text: string; notice?: string } | { error: string };

/**
 * Decodes an article's bytes. A byte-order mark says the encoding (UTF-8, UTF-16 LE or BE, Word's "Unicode
 * text"). Without one, UTF-8 when it is valid; when it is not, Windows-1252 (the superset of Latin-1 that
 * Windows editors save; every byte is a character, so nothing is lost) with a notice naming it. A file that
 * is mostly valid UTF-8 with a few bad bytes is UTF-8 damaged, not Windows-1252 (which would turn each `é`
 * into `Ã©`): the bad bytes become U+FFFD, and the notice counts them. Binary content is refused.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const bom = bomOf(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    // An odd length or unpaired surrogates become U+FFFD; what decodes to control characters is not text.
    const text = new TextDecoder(bom).decode(bytes.subarray(2));
    return controlShare(text.slice(0, 8192)) > 0.3 ? { error: 'not a text file (binary content)' } : { text };
  }
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  // Invalid UTF-8 alone is no sign of binary (Windows-1252 text with many accents is invalid throughout):
  // binary is what is control characters read either way. Random bytes are one eighth C0 controls in 1252.
  const binary = nul > sample.length / 10 || (junkShare(sample) > 0.3 && controlShare(decodeWindows1252(sample)) > 0.05);
  if (sample.length > 0 && binary) return { error: 'not a text file (binary content)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return notUtf8(bytes);
  }
}

function bomOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Text that is not valid UTF-8: Windows-1252, or UTF-8 with a few bad bytes, each said in the notice. */
function notUtf8(bytes: Uint8Array): Decoded {
  const { valid, invalid } = utf8Sequences(bytes);
  if (valid > invalid) {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
    return { text, notice: `${invalid} byte${invalid === 1 ? ' is' : 's are'} not valid UTF-8 (read as UTF-8, shown as \uFFFD)` };
  }
  return { text: decodeWindows1252(bytes), notice: 'not valid UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8 to be sure of its characters' };
}

/** Windows-1252's characters for the bytes 0x80 to 0x9F; the five it leaves undefined keep their C1 code. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252 by hand: Node's TextDecoder reads the label as ISO-8859-1 when built without full ICU, and
 * would turn `“`, `—` and `€` into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const piece = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(piece, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** Counts the well-formed multi-byte UTF-8 sequences and the bytes that begin no well-formed one. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** The share of control characters but tab, line breaks and form feed: high in what is not text. */
function controlShare(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) junk++;
  }
  return text.length === 0 ? 0 : junk / text.length;
}

/**
 * The share of the sample's characters that are invalid UTF-8 or control characters other than tabs and
 * line breaks. Latin-1 prose stays far below a third (only its accented letters are invalid); random
 * bytes are more than half.
 */
function junkShare(sample: Uint8Array): number {
  return controlShare(new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(sample));
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
    if ('error' in decoded) return { path, error: decoded.error };
    return { path, text: decoded.text, format: formatOf(path), ...(decoded.notice ? { notice: decoded.notice } : {}) };
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

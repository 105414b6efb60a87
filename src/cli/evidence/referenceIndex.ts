import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Stats } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { prepareSource, type PreparedPassage, type PreparedSource } from '../../engine/evidence';
import { formatOf, readableName, readPassages, SOURCE_SIZE_LIMIT } from '../../sources/read';

/** The index's format version: an index of another version is rebuilt. */
const INDEX_VERSION = 3;

/** Bounds on a reference folder: beyond them documents are left out, and said so. */
export const REFERENCE_LIMITS = { documents: 5000, totalBytes: 500 * 1024 * 1024 };

/** What the index keeps of a document: how to tell it changed, and its passages with their figures. */
interface IndexedDocument {
  mtimeMs: number;
  size: number;
  sha256: string;
  passages: StoredPassage[];
  error?: string;
}

/**
 * A passage as the index stores it: its text, locator and figures, each figure a short array (kind, type,
 * value, unit, start, end, numerator, denominator, high end) whose text is the passage's own slice, so
 * the index stays close to the size of the text it holds.
 */
interface StoredPassage {
  t: string;
  l: PreparedPassage['locator'];
  f: (string | number | null)[][];
  /** The passage's content words, space-separated. */
  w: string;
}

function store(p: PreparedPassage): StoredPassage {
  const f = p.figures.map((x) => {
    const row: (string | number | null)[] = x.kind === 'number' ? ['n', x.type, x.value, x.unit, x.start, x.end] : ['d', x.type, x.value, null, x.start, x.end];
    if (x.kind === 'number' && (x.numerator !== undefined || x.valueHigh !== undefined)) row.push(x.numerator ?? null, x.denominator ?? null, x.valueHigh ?? null);
    return row;
  });
  return { t: p.text, l: p.locator, f, w: (p.words ?? []).join(' ') };
}

function unstore(p: StoredPassage): PreparedPassage {
  const figures = p.f.map(([k, type, value, unit, start, end, numerator, denominator, high]) => {
    const text = p.t.slice(start as number, end as number);
    if (k === 'd') return { kind: 'date' as const, type: type as 'DATE', value: value as string, start: start as number, end: end as number, text };
    return {
      kind: 'number' as const, type: type as 'count', value: value as number, unit: unit as string | null, start: start as number, end: end as number, text,
      ...(typeof numerator === 'number' ? { numerator, denominator: denominator as number } : {}),
      ...(typeof high === 'number' ? { valueHigh: high } : {}),
    };
  });
  return { text: p.t, locator: p.l, figures, words: p.w ? p.w.split(' ') : [] };
}

interface IndexFile {
  version: number;
  documents: Record<string, IndexedDocument>;
}

/** The reference folder, read: its documents ready to match, what could not be read, and what was re-read. */
export interface ReferenceFolder {
  sources: PreparedSource[];
  errors: string[];
  /** Documents read this run (new or changed); the others came from the index. */
  reread: number;
}

/** Folders never searched for reference documents. */
const SKIPPED = new Set(['.git', '.verity', 'node_modules']);

/** The files under the root that the patterns name (paths relative to the root, `/`-separated). */
function matchingFiles(root: string, patterns: readonly string[]): string[] {
  // minimatch, as for ignoreFiles (src/config/projectConfig.ts): its matcher does not backtrack on `*a*a*a…b`.
  const matchers = patterns.map((p) => new Minimatch(p, { dot: false }));
  const isMatch = (path: string) => matchers.some((m) => m.match(path));
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return; // an unreadable folder holds no reference documents
    }
    for (const name of names) {
      if (SKIPPED.has(name)) continue;
      const path = join(dir, name);
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch {
        continue;
      }
      if (stats.isDirectory()) walk(path);
      else if (stats.isFile()) {
        const rel = relative(root, path).split(sep).join('/');
        // Only documents: a pattern such as `**` also names ledgers, images and the like.
        if (isMatch(rel) && readableName(rel)) out.push(rel);
      }
    }
  };
  walk(root);
  return out;
}

/** The index file: `.verity/index.json` under the workspace root. */
export function indexPath(root: string): string {
  return join(root, '.verity', 'index.json');
}

async function readIndex(path: string): Promise<IndexFile> {
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as IndexFile;
    if (data?.version === INDEX_VERSION && typeof data.documents === 'object' && data.documents !== null) return data;
  } catch {
    // no index yet, or one that cannot be read: it is built again
  }
  return { version: INDEX_VERSION, documents: {} };
}

/**
 * The reference folder, indexed incrementally: a document whose modification time and size are those
 * in the index is taken from it; one that changed is read again alone (and kept from the index when its
 * content hash is the same). The index is written back only when something changed.
 */
export async function loadReferenceFolder(root: string, patterns: readonly string[]): Promise<ReferenceFolder> {
  const path = indexPath(root);
  const index = await readIndex(path);
  const next: IndexFile = { version: INDEX_VERSION, documents: {} };
  const errors: string[] = [];
  let changed = false;
  let reread = 0;
  let total = 0;
  const files = matchingFiles(root, patterns);
  if (files.length > REFERENCE_LIMITS.documents) errors.push(`the reference folder has ${files.length} documents: only the first ${REFERENCE_LIMITS.documents} are read`);
  for (const rel of files.slice(0, REFERENCE_LIMITS.documents)) {
    const stats = statSync(join(root, rel));
    total += stats.size;
    if (total > REFERENCE_LIMITS.totalBytes) {
      errors.push(`the reference folder passes ${REFERENCE_LIMITS.totalBytes / 1024 / 1024} MB: ${rel} and the documents after it are left out`);
      break;
    }
    const known = index.documents[rel];
    if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) {
      next.documents[rel] = known;
      continue;
    }
    changed = true;
    const doc = await indexDocument(root, rel, stats, known);
    if (doc.sha256 !== known?.sha256 || doc.error) reread++;
    next.documents[rel] = doc;
  }
  if (Object.keys(index.documents).some((rel) => !(rel in next.documents))) changed = true;
  if (changed) await writeIndex(path, next);
  const sources: PreparedSource[] = [];
  for (const [rel, doc] of Object.entries(next.documents)) {
    if (doc.error) errors.push(`${rel}: ${doc.error}`);
    else sources.push({ source: rel, passages: doc.passages.map(unstore) });
  }
  return { sources, errors, reread };
}

/** One document read for the index; a document that cannot be read is kept with its error (not read again until it changes). */
async function indexDocument(root: string, rel: string, stats: Stats, known: IndexedDocument | undefined): Promise<IndexedDocument> {
  const base = { mtimeMs: stats.mtimeMs, size: stats.size };
  if (stats.size > SOURCE_SIZE_LIMIT) return { ...base, sha256: '', passages: [], error: `larger than ${SOURCE_SIZE_LIMIT / 1024 / 1024} MB` };
  const bytes = new Uint8Array(await readFile(join(root, rel)));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (known && known.sha256 === sha256 && !known.error) return { ...known, ...base };
  if (formatOf(rel, bytes) === null) return { ...base, sha256, passages: [], error: 'not a format Verity reads' };
  try {
    return { ...base, sha256, passages: prepareSource(rel, await readPassages(rel, bytes)).passages.map(store) };
  } catch (e) {
    return { ...base, sha256, passages: [], error: (e as Error).message };
  }
}

async function writeIndex(path: string, index: IndexFile): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(index));
  await rename(temp, path);
}

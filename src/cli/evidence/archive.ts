import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile, rename } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Fetched } from '../../sources/fetchSource';

/** What is kept of a fetched source beside its content: where from, when, and what it was. */
export interface ArchiveRecord {
  url: string;
  finalUrl: string;
  fetchedAt: string;
  contentType: string | null;
  /** SHA-256 of the content, hex: the archive's proof of what was read. */
  sha256: string;
  bytes: number;
  /** The content's file name in the same folder. */
  file: string;
}

/** The archive folder: `.verity/sources/` under the workspace root. */
export function archiveFolder(root: string): string {
  return join(root, '.verity', 'sources');
}

/** The archive's name for an address: a hash of it, so any URL makes a safe file name. */
function keyOf(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 24);
}

const EXTENSIONS: [RegExp, string][] = [[/pdf/, 'pdf'], [/html/, 'html'], [/csv/, 'csv'], [/wordprocessingml/, 'docx'], [/markdown/, 'md']];

/** Saves a fetched source: its content, then its record (written last, so a record always has its content). */
export async function saveArchived(root: string, fetched: Fetched, at = new Date()): Promise<ArchiveRecord> {
  const folder = archiveFolder(root);
  await mkdir(folder, { recursive: true });
  const key = keyOf(fetched.url);
  const ext = EXTENSIONS.find(([re]) => re.test(fetched.contentType ?? ''))?.[1] ?? 'txt';
  const file = `${key}.${ext}`;
  await writeFile(join(folder, file), fetched.bytes);
  const record: ArchiveRecord = {
    url: fetched.url,
    finalUrl: fetched.finalUrl,
    fetchedAt: at.toISOString(),
    contentType: fetched.contentType,
    sha256: createHash('sha256').update(fetched.bytes).digest('hex'),
    bytes: fetched.bytes.byteLength,
    file,
  };
  const temp = join(folder, `.${key}.json.tmp`);
  await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`);
  await rename(temp, join(folder, `${key}.json`));
  return record;
}

/** Whether an address has a record in the archive (a quick look, without reading it). */
export function isArchived(root: string, url: string): boolean {
  return existsSync(join(archiveFolder(root), `${keyOf(url)}.json`));
}

/** The archived copy of an address, or null when it was never fetched (or its record is unreadable). */
export async function readArchived(root: string, url: string): Promise<{ record: ArchiveRecord; bytes: Uint8Array } | null> {
  const folder = archiveFolder(root);
  let record: ArchiveRecord;
  try {
    record = JSON.parse(await readFile(join(folder, `${keyOf(url)}.json`), 'utf8')) as ArchiveRecord;
  } catch {
    return null;
  }
  if (typeof record?.file !== 'string' || record.url !== url || /[\\/]/.test(record.file)) return null;
  try {
    return { record, bytes: new Uint8Array(await readFile(join(folder, record.file))) };
  } catch {
    return null;
  }
}

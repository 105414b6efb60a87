import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StaleFileError, type FileSystemPort } from '../ledger';

/**
 * The ledger's file system on Node. An atomic write puts the text in a temporary file in the same
 * folder (a rename across file systems is not atomic), flushes it to the disk, then renames it over
 * the ledger: a crash at any point leaves the old file or the new one, never a torn one.
 */
export const nodeLedgerFs: FileSystemPort = {
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  },

  async writeTextAtomic(path, text, options) {
    await mkdir(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      if (options && 'ifStamp' in options && (await nodeLedgerFs.stamp(path)) !== options.ifStamp) throw new StaleFileError(path);
      await rename(temp, path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    await syncFolder(dirname(path));
  },

  async stamp(path) {
    try {
      // The inode changes with every atomic replace, so two writes within one mtime tick still differ.
      const s = await stat(path, { bigint: true });
      return `${s.ino}:${s.size}:${s.mtimeNs}`;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  },
};

/** Makes the rename itself durable; not every platform can open a folder, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a folder; the rename is still atomic there.
  }
}

/** The ledger's text for read-only commands that run synchronously, or null when absent. */
export function readLedgerSync(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
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
      if (options && 'ifStamp' in options) {
        const ifStamp = options.ifStamp;
        await underLock(path, async () => {
          if ((await nodeLedgerFs.stamp(path)) !== ifStamp) throw new StaleFileError(path);
          await rename(temp, path);
        });
      } else await rename(temp, path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
    await syncFolder(dirname(path));
    await removeDeadTemps(path);
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

/**
 * Removes the temporary files a killed writer left beside the ledger (`.<name>.<pid>.<hex>.tmp`) once
 * their process is gone, so they do not pile up or get committed. Best effort.
 */
async function removeDeadTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !isRunning(Number(pid))) await unlink(join(dirname(path), name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

/**
 * Runs the stamp check and the rename of a conditional write under a lock file (`.<name>.lock`, created
 * exclusively), so that two processes cannot both pass the check and overwrite each other.
 */
async function underLock(path: string, run: () => Promise<void>): Promise<void> {
  const lock = join(dirname(path), `.${basename(path)}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await (await open(lock, 'wx')).close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) await unlink(lock).catch(() => undefined);
      else if (Date.now() > deadline) throw new Error(`${path} is locked by another writer (${lock}); try again`);
      else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  }
  try {
    await run();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

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

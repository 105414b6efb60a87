import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { LedgerAccessError, StaleFileError, type FileSystemPort } from '../ledger';

/**
 * The ledger's file system on Node. An atomic write puts the text in a temporary file in the same
 * folder (a rename across file systems is not atomic), with the ledger's mode, flushes it to the disk,
 * then renames it over the ledger: a crash at any point leaves the old file or the new one, never a torn
 * one. A save reads, merges and writes under a lock file, so two processes marking at once both count.
 * Only a regular file is read or written: a link, a folder or a read-only ledger is refused with a
 * {@link LedgerAccessError} that names the ledger (never the link's target or a temporary file).
 */
export const nodeLedgerFs: FileSystemPort = {
  async readText(path) {
    await removeDeadFiles(path);
    const kind = await lstat(path).then(kindOf, (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(accessError(path, e, 'read'))));
    if (kind === null) return null;
    if (kind !== 'file') throw new LedgerAccessError(path, kind);
    try {
      return await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw accessError(path, e, 'read');
    }
  },

  async writeTextAtomic(path, text, options) {
    const mode = await writableMode(path);
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(temp, 'wx', mode);
      try {
        // The mode as it was, whatever the umask.
        await handle.chmod(mode);
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (options && 'ifStamp' in options) {
        const ifStamp = options.ifStamp;
        await withLockFile(path, async () => {
          if ((await nodeLedgerFs.stamp(path)) !== ifStamp) throw new StaleFileError(path);
          await rename(temp, path);
        });
      } else await rename(temp, path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e instanceof StaleFileError || e instanceof LedgerAccessError ? e : accessError(path, e, 'written');
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
      throw accessError(path, e, 'read');
    }
  },

  withLock: (path, run) => withLockFile(path, run),
};

/** What a ledger path holds, from `lstat`: a file, or why it is not read. */
function kindOf(s: { isFile(): boolean; isSymbolicLink(): boolean; isDirectory(): boolean }): string {
  if (s.isSymbolicLink()) return 'is a symbolic link: Verity does not follow it (put the ledger file itself there)';
  if (s.isDirectory()) return 'is a folder, not a file';
  return s.isFile() ? 'file' : 'is not a regular file';
}

/** The mode a new version of the ledger gets: the file's own (0644 for a new one); refuses a read-only ledger. */
async function writableMode(path: string): Promise<number> {
  const s = await lstat(path).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(accessError(path, e, 'read'))));
  if (s === null) return 0o644;
  const kind = kindOf(s);
  if (kind !== 'file') throw new LedgerAccessError(path, kind);
  // Checked by the mode bits, not by access(): root may write anything, but a read-only ledger is a wish.
  if ((s.mode & 0o222) === 0) throw new LedgerAccessError(path, 'is read-only: it was not changed (make it writable to mark claims)');
  return s.mode & 0o7777;
}

/** One line for a file-system error on the ledger: its path and the reason, never a temporary file's name. */
function accessError(path: string, e: unknown, doing: 'read' | 'written'): Error {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    EISDIR: 'is a folder, not a file',
    EACCES: doing === 'written' ? 'cannot be written: permission denied (is its folder read-only?)' : 'cannot be read: permission denied',
    EPERM: `cannot be ${doing}: operation not permitted`,
    EROFS: 'cannot be written: the file system is read-only',
    ENOSPC: 'cannot be written: the disk is full',
    ELOOP: 'is a symbolic link that loops',
    ENOTDIR: 'cannot be reached: a part of its path is not a folder',
  };
  const reason = code ? reasons[code] : undefined;
  return reason ? new LedgerAccessError(path, reason) : (e as Error);
}

/** A lock older than this, or whose process is gone, was left by a writer that died holding it. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 10_000;

function lockPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

/**
 * Runs `run` holding the ledger's lock file (`.<name>.lock`, created with O_EXCL, holding the owner's
 * process id and host). A lock whose process is gone (same host) or that is older than
 * {@link STALE_LOCK_MS} is removed; one held longer than {@link LOCK_WAIT_MS} by a live writer gives up
 * with a message.
 */
async function withLockFile<T>(path: string, run: () => Promise<T>): Promise<T> {
  const lock = lockPath(path);
  const deadline = Date.now() + LOCK_WAIT_MS;
  await mkdir(dirname(path), { recursive: true }).catch((e) => Promise.reject(accessError(path, e, 'written')));
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid} ${hostname()}\n`).finally(() => handle.close());
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw accessError(path, e, 'written');
      if (await isStale(lock)) await unlink(lock).catch(() => undefined);
      else if (Date.now() > deadline) throw new LedgerAccessError(path, `is locked by another writer (${await lockOwner(lock)}); try again`);
      else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
    }
  }
  try {
    return await run();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

async function isStale(lock: string): Promise<boolean> {
  const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
  if (age > STALE_LOCK_MS) return true;
  const [pid, host] = (await readFile(lock, 'utf8').catch(() => '')).trim().split(' ');
  // A lock just created may not hold its owner yet: only a named owner that is gone makes it stale.
  return host === hostname() && /^\d+$/.test(pid ?? '') && !isRunning(Number(pid));
}

async function lockOwner(lock: string): Promise<string> {
  const [pid] = (await readFile(lock, 'utf8').catch(() => '')).trim().split(' ');
  return /^\d+$/.test(pid ?? '') ? `process ${pid}, lock file ${basename(lock)}` : `lock file ${basename(lock)}`;
}

/** Folders already cleaned by this process: once each, so checking a folder of articles stays linear. */
const cleaned = new Set<string>();

/**
 * Removes what a killed writer left beside the ledger: its temporary files (`.<name>.<pid>.<hex>.tmp`)
 * and its lock, once their process is gone, so they do not pile up or get committed. Best effort.
 */
async function removeDeadFiles(path: string): Promise<void> {
  const folder = dirname(path);
  if (cleaned.has(folder)) return;
  cleaned.add(folder);
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const pid = deadTempPid(name);
    if (pid !== null && !isRunning(pid)) await unlink(join(folder, name)).catch(() => undefined);
  }
}

/** The same, for the read-only commands that run synchronously. */
function removeDeadFilesSync(path: string): void {
  const folder = dirname(path);
  if (cleaned.has(folder)) return;
  cleaned.add(folder);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = deadTempPid(name);
    if (pid === null || isRunning(pid)) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Another process removed it, or the folder is read-only: nothing to do.
    }
  }
}

/** The writer's process id in a ledger's temporary file name, or null for any other name. */
function deadTempPid(name: string): number | null {
  const m = /^\..+\.verity\.json(?:\.\d+)?(?:\.bak)?\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
  return m ? Number(m[1]) : null;
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

/** The ledger's text for read-only commands that run synchronously, or null when absent. Refuses as {@link nodeLedgerFs} does. */
export function readLedgerSync(path: string): string | null {
  removeDeadFilesSync(path);
  try {
    const kind = kindOf(lstatSync(path));
    if (kind !== 'file') throw new LedgerAccessError(path, kind);
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e instanceof LedgerAccessError ? e : accessError(path, e, 'read');
  }
}

/**
 * The only I/O the ledger does, behind a small port: a Node implementation for the CLI
 * (`src/cli/ledgerNodeFs.ts`), a `vscode.workspace.fs` one for the extension, desktop and web
 * (`src/vscode/ledgerFs.ts`), and plain objects in tests. Paths are whatever the implementation
 * understands: file paths for Node, URI strings for VS Code.
 */
export interface FileSystemPort {
  /** The file's text, or null when it does not exist. Other failures throw. */
  readText(path: string): Promise<string | null>;
  /**
   * Replaces the file atomically: the old or the new content survives a crash, never a torn file.
   * With `ifStamp`, the file is replaced only if its stamp is still that one (null: still absent),
   * checked just before the replacement; otherwise it throws {@link StaleFileError} and leaves it.
   */
  writeTextAtomic(path: string, text: string, options?: { ifStamp?: string | null }): Promise<void>;
  /** A cheap token that changes when the file changes on disk (mtime and size), or null when absent. */
  stamp(path: string): Promise<string | null>;
  /**
   * Runs `run` while holding the ledger's lock, so that no other process reads, merges and writes it
   * meanwhile; where there is none (VS Code's file system), saves rely on the stamp check alone.
   */
  withLock?<T>(path: string, run: () => Promise<T>): Promise<T>;
}

/**
 * The ledger cannot be read or written for a reason of the file system (a folder, a link, read-only,
 * locked): one line naming the ledger and the reason, never a temporary file's name.
 */
export class LedgerAccessError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`the ledger ${path} ${reason}`);
  }
}

/** The file changed on disk since its stamp was read: read it again, merge and retry. */
export class StaleFileError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk while it was being written`);
  }
}

/**
 * The only I/O the ledger does, behind a small port: a Node implementation for the CLI and a
 * `vscode.workspace.fs` one for the extension (desktop and web), and plain objects in tests.
 */
export interface FileSystemPort {
  /** The file's text, or null when it does not exist. Other failures throw. */
  readText(path: string): Promise<string | null>;
  /** Replaces the file atomically: the old or the new content survives a crash, never a torn file. */
  writeTextAtomic(path: string, text: string): Promise<void>;
  /** A cheap token that changes when the file changes on disk (mtime and size), or null when absent. */
  stamp(path: string): Promise<string | null>;
}

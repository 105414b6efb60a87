import * as vscode from 'vscode';
import { StaleFileError, type FileSystemPort } from '../ledger';

/** The part of `vscode.workspace.fs` the ledger uses. */
export type LedgerFileSystem = Pick<vscode.FileSystem, 'readFile' | 'writeFile' | 'rename' | 'stat' | 'delete'>;

/**
 * The ledger's file system in the editor, over `vscode.workspace.fs`: it reaches files on disk, in
 * remote workspaces and in VS Code for the web alike. Paths are URI strings (`uri.toString()`).
 * An atomic write writes a temporary file in the ledger's folder, then renames it over the ledger.
 */
export class VscodeLedgerFs implements FileSystemPort {
  constructor(private readonly fs: LedgerFileSystem = vscode.workspace.fs) {}

  async readText(path: string): Promise<string | null> {
    try {
      return new TextDecoder('utf-8').decode(await this.fs.readFile(vscode.Uri.parse(path)));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async writeTextAtomic(path: string, text: string, options?: { ifStamp?: string | null }): Promise<void> {
    const target = vscode.Uri.parse(path);
    const slash = target.path.lastIndexOf('/');
    const name = `.${target.path.slice(slash + 1)}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    const temp = target.with({ path: `${target.path.slice(0, slash)}/${name}` });
    await this.fs.writeFile(temp, new TextEncoder().encode(text));
    try {
      if (options && 'ifStamp' in options && (await this.stamp(path)) !== options.ifStamp) throw new StaleFileError(path);
      await this.fs.rename(temp, target, { overwrite: true });
    } catch (e) {
      await Promise.resolve(this.fs.delete(temp)).catch(() => undefined);
      throw e;
    }
  }

  async stamp(path: string): Promise<string | null> {
    try {
      const s = await this.fs.stat(vscode.Uri.parse(path));
      return `${s.mtime}:${s.ctime}:${s.size}`;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }
}

/** `FileSystemError.FileNotFound` (code `FileNotFound`), or a Node `ENOENT` from a file system provider. */
function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT';
}

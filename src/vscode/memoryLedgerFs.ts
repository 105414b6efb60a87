import type { FileSystemPort } from '../ledger';

/**
 * A ledger port that keeps files in memory: for untitled documents, which have no folder to keep a
 * ledger beside. Their marks last as long as the window.
 */
export class MemoryLedgerFs implements FileSystemPort {
  private readonly files = new Map<string, { text: string; version: number }>();

  async readText(path: string): Promise<string | null> {
    return this.files.get(path)?.text ?? null;
  }

  async writeTextAtomic(path: string, text: string): Promise<void> {
    this.files.set(path, { text, version: (this.files.get(path)?.version ?? 0) + 1 });
  }

  async stamp(path: string): Promise<string | null> {
    const file = this.files.get(path);
    return file ? String(file.version) : null;
  }
}

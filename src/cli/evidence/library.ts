import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { prepareSource, type PreparedSource } from '../../engine/evidence';
import type { LedgerSource } from '../../ledger';
import { readPassages, SOURCE_SIZE_LIMIT } from '../../sources/read';
import { isArchived, readArchived } from './archive';
import { sourceCandidates } from './workspace';

/** A source of a claim that could be read, or why not. */
export type Loaded = { ok: true; source: PreparedSource } | { ok: false; name: string; error: string };

/** The name a ledger source goes by in evidence and messages. */
export function nameOf(source: LedgerSource): string | null {
  return source.file ?? source.url ?? source.citation ?? null;
}

/**
 * The sources of a run of `verity check`, each read and scanned once however many claims cite it: local
 * files, and URLs from the archive (a URL is never fetched here; `verity fetch` does that on request).
 * A citation that names an existing file is read as that file.
 */
export class SourceLibrary {
  private readonly loaded = new Map<string, Promise<Loaded | null>>();

  constructor(private readonly root: string) {}

  /**
   * Whether the source is a document to read, known without reading it: a `file` (read, or reported
   * missing), an archived web page, a citation that names an existing file. A web page not yet fetched
   * or a printed citation is not, and `check` then stays as fast as without sources.
   */
  readable(source: LedgerSource, articlePath: string): boolean {
    if (source.file !== undefined) return true;
    if (source.url !== undefined) return isArchived(this.root, source.url);
    return source.citation !== undefined && sourceCandidates(source.citation, articlePath, this.root).some((p) => existsSync(p) && statSync(p).isFile());
  }

  /** The source read, an error to report, or null for a citation that is not a document (a phone call). */
  load(source: LedgerSource, articlePath: string): Promise<Loaded | null> {
    const name = nameOf(source);
    if (name === null) return Promise.resolve(null);
    const key = `${source.url ? 'url' : 'file'}:${source.url ?? `${articlePath}\u0000${name}`}`;
    let pending = this.loaded.get(key);
    if (!pending) this.loaded.set(key, (pending = this.read(source, name, articlePath)));
    return pending;
  }

  private async read(source: LedgerSource, name: string, articlePath: string): Promise<Loaded | null> {
    if (source.url !== undefined) return this.readUrl(source.url);
    const path = sourceCandidates(name, articlePath, this.root).find((p) => existsSync(p) && statSync(p).isFile());
    if (!path) return source.file !== undefined ? { ok: false, name, error: 'no such file (looked under the workspace root and beside the article)' } : null;
    if (statSync(path).size > SOURCE_SIZE_LIMIT) return { ok: false, name, error: `larger than ${SOURCE_SIZE_LIMIT / 1024 / 1024} MB` };
    return this.prepare(name, path, new Uint8Array(await readFile(path)));
  }

  private async readUrl(url: string): Promise<Loaded> {
    const archived = await readArchived(this.root, url);
    if (!archived) return { ok: false, name: url, error: 'not fetched yet (verity fetch <article> saves it in .verity/sources/)' };
    return this.prepare(url, url, archived.bytes, archived.record.contentType ?? undefined);
  }

  private async prepare(name: string, path: string, bytes: Uint8Array, mime?: string): Promise<Loaded> {
    try {
      return { ok: true, source: prepareSource(name, await readPassages(path, bytes, mime)) };
    } catch (e) {
      return { ok: false, name, error: (e as Error).message };
    }
  }
}

import { EMPTY_PROJECT_CONFIG, parseProjectConfig, type ProjectConfig } from '../config/projectConfig';
import type { ServerHost } from './host';

/** The workspace folder the server works in: its URI and where its `.verity.json` is. */
export class ProjectFolder {
  config: ProjectConfig = EMPTY_PROJECT_CONFIG;

  constructor(
    private readonly host: ServerHost,
    /** The root folder's URI, without a trailing slash; null when the client opened no folder. */
    readonly root: string | null,
  ) {}

  get configUri(): string | null {
    return this.root === null ? null : `${this.root}/.verity.json`;
  }

  /** Reads `.verity.json` again; returns its errors (a broken file gives no overrides, never a failure). */
  async load(): Promise<string[]> {
    const uri = this.configUri;
    if (uri === null) return [];
    const { port, path } = this.host.fileFor(uri);
    let text: string | null;
    try {
      text = await port.readText(path);
    } catch (e) {
      this.config = EMPTY_PROJECT_CONFIG;
      return [`.verity.json cannot be read: ${(e as Error)?.message ?? e}`];
    }
    const { config, errors } = text === null ? { config: EMPTY_PROJECT_CONFIG, errors: [] } : parseProjectConfig(text);
    this.config = config;
    return errors;
  }

  /** The document's path relative to the folder (`news/bridge.md`), or null outside it. */
  relativePath(uri: string): string | null {
    if (this.root === null || !uri.startsWith(`${this.root}/`)) return null;
    try {
      return decodeURIComponent(uri.slice(this.root.length + 1));
    } catch {
      return null;
    }
  }

  /** True for files that `.verity.json` excludes with `ignoreFiles`. */
  ignores(uri: string): boolean {
    const path = this.relativePath(uri);
    return path !== null && this.config.ignoreFiles.some((re) => re.test(path));
  }

  /**
   * Records a publication date in `.verity.json` (`publicationDates`, by relative path), keeping the
   * rest of the file; refuses to rewrite a file that is not a JSON object.
   */
  async setPublicationDate(relativePath: string, date: string): Promise<void> {
    const { port, path } = this.host.fileFor(this.configUri!);
    const text = await port.readText(path);
    let data: Record<string, unknown> = {};
    if (text !== null) {
      try {
        data = JSON.parse(text);
      } catch (e) {
        throw new Error(`.verity.json is not valid JSON (${(e as Error).message}): fix it first`);
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('.verity.json must hold an object of settings: fix it first');
    }
    const dates = typeof data.publicationDates === 'object' && data.publicationDates !== null ? data.publicationDates : {};
    data.publicationDates = { ...dates, [relativePath]: date };
    await port.writeTextAtomic(path, `${JSON.stringify(data, null, 2)}\n`);
  }
}

import { StaleFileError, type FileSystemPort } from '../ledger';

/**
 * The ledger's file requests to the client, for a server that has no file system of its own (a browser
 * worker): the client answers them through the editor's file system (in VS Code, `workspace.fs`, which
 * reaches the web's virtual folders). Paths are URI strings. Documented in the README.
 */
export const FS_REQUESTS = {
  /** `{ uri }` → the file's text, or null when it does not exist. */
  readText: 'verity/fs/readText',
  /** `{ uri, text, ifStamp? }` → `{ stale: boolean }`: stale when `ifStamp` was given and the file's stamp differs. */
  writeTextAtomic: 'verity/fs/writeTextAtomic',
  /** `{ uri }` → the file's stamp (changes with the file), or null when absent. */
  stamp: 'verity/fs/stamp',
} as const;

/** What the port needs of the connection: one request method. */
export interface RequestSender {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/** The FileSystemPort of a server whose files are the client's. */
export class ClientFs implements FileSystemPort {
  constructor(private readonly client: RequestSender) {}

  readText(path: string): Promise<string | null> {
    return this.client.sendRequest<string | null>(FS_REQUESTS.readText, { uri: path });
  }

  async writeTextAtomic(path: string, text: string, options?: { ifStamp?: string | null }): Promise<void> {
    const params = options && 'ifStamp' in options ? { uri: path, text, ifStamp: options.ifStamp ?? null } : { uri: path, text };
    const answer = await this.client.sendRequest<{ stale: boolean }>(FS_REQUESTS.writeTextAtomic, params);
    if (answer?.stale) throw new StaleFileError(path);
  }

  stamp(path: string): Promise<string | null> {
    return this.client.sendRequest<string | null>(FS_REQUESTS.stamp, { uri: path });
  }
}

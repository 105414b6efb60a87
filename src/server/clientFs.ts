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

/**
 * The client's side of FS_REQUESTS over its own FileSystemPort (in VS Code, the `workspace.fs` port of
 * src/vscode/ledgerFs.ts): what a client registers for each of the three methods. Bad parameters throw, and
 * the request fails with that message.
 */
export async function answerFsRequest(port: FileSystemPort, method: string, params: unknown): Promise<unknown> {
  const p = (params ?? {}) as { uri?: unknown; text?: unknown; ifStamp?: unknown };
  if (typeof p.uri !== 'string' || p.uri === '') throw new Error(`${method} needs a uri`);
  switch (method) {
    case FS_REQUESTS.readText:
      return port.readText(p.uri);
    case FS_REQUESTS.stamp:
      return port.stamp(p.uri);
    case FS_REQUESTS.writeTextAtomic: {
      if (typeof p.text !== 'string') throw new Error(`${method} needs the text to write`);
      if ('ifStamp' in p && p.ifStamp !== null && typeof p.ifStamp !== 'string') throw new Error(`${method}: ifStamp must be a string or null`);
      try {
        await port.writeTextAtomic(p.uri, p.text, 'ifStamp' in p ? { ifStamp: p.ifStamp as string | null } : undefined);
        return { stale: false };
      } catch (e) {
        if (e instanceof StaleFileError) return { stale: true };
        throw e;
      }
    }
    default:
      throw new Error(`unknown request ${method}`);
  }
}

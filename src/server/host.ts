import type { FileSystemPort } from '../ledger';
import type { CheckRunner } from './checks';

/**
 * What the server needs from where it runs: a way to check documents off its message loop, and files.
 * On Node (`verity lsp`): worker threads and the file system; elsewhere (a browser worker) other ports.
 */
export interface ServerHost {
  checks: CheckRunner;
  /** The file port and the port's path for a URI (a document, its ledger, `.verity.json`). */
  fileFor(uri: string): { port: FileSystemPort; path: string };
}

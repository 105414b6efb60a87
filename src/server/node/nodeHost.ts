import { fileURLToPath } from 'node:url';
import { nodeLedgerFs } from '../../cli/ledgerNodeFs';
import type { FileSystemPort } from '../../ledger';
import { MemoryLedgerFs } from '../../vscode/memoryLedgerFs';
import type { ServerHost } from '../host';
import { WorkerChecks } from './workerChecks';

/**
 * The server's host on Node: a worker thread per document for the checks, the file system for `file:`
 * URIs (ledgers and `.verity.json` written atomically, as the CLI writes them), memory for the rest
 * (untitled documents: their marks last as long as the server).
 */
export function nodeHost(workerScript?: string): ServerHost {
  const memory: FileSystemPort = new MemoryLedgerFs();
  return {
    checks: new WorkerChecks(workerScript),
    fileFor(uri) {
      if (uri.startsWith('file:')) {
        try {
          return { port: nodeLedgerFs, path: fileURLToPath(uri) };
        } catch {
          // A file: URI with a host on a system that has none: kept in memory.
        }
      }
      return { port: memory, path: uri };
    },
  };
}

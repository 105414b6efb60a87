import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientFs } from '../clientFs';
import { InThreadChecks } from '../inThreadChecks';
import { VerityServer } from '../server';
import { MemoryLedgerFs } from '../../vscode/memoryLedgerFs';
import type { ServerHost } from '../host';

/**
 * The language server in a browser's Web Worker (VS Code for the web): the worker is already off the
 * editor's thread, so checks run on it in time slices, and every file (ledgers, `.verity.json`) goes
 * through the client's file system by Verity's `verity/fs/*` requests.
 */
// `self` is the worker's global scope: the reader and writer listen to it and post to it.
const connection = createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
const files = new ClientFs(connection);
// Untitled documents have no folder: their ledger lives in memory as long as the server (as on Node).
const memory = new MemoryLedgerFs();
const host: ServerHost = {
  checks: new InThreadChecks(),
  fileFor: (uri) => ({ port: uri.startsWith('untitled:') ? memory : files, path: uri }),
};
new VerityServer(connection, host);
connection.listen();

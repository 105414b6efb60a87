import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VerityServer } from '../server';
import { nodeHost } from './nodeHost';

/**
 * `verity lsp --stdio` (or `--node-ipc`, as VS Code starts a Node server), or `node dist/server.js --stdio`:
 * the language server on this process's standard streams. The connection ends the process on the client's `exit` (code 0 after
 * `shutdown`, 1 without).
 */
export function runLanguageServer(): Promise<number> {
  // The CLI makes stdout writes blocking (a long report is read while written); a server must never wait
  // on a client that is slow to read, or it would stop answering.
  (process.stdout as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(false);
  const connection = createConnection(ProposedFeatures.all);
  new VerityServer(connection, nodeHost());
  connection.listen();
  // Never settles: the process ends with the connection.
  return new Promise<number>(() => {});
}

// Run as a script (`node dist/server.js --stdio`) rather than loaded by the CLI.
if (require.main === module) void runLanguageServer();

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VerityServer } from '../server';
import { nodeHost } from './nodeHost';

/**
 * `verity lsp --stdio` (or `--node-ipc`, as VS Code starts a Node server): the language server on this
 * process's standard streams. The connection ends the process on the client's `exit` (code 0 after
 * `shutdown`, 1 without).
 */
export function runLanguageServer(): Promise<number> {
  const connection = createConnection(ProposedFeatures.all);
  new VerityServer(connection, nodeHost());
  connection.listen();
  // Never settles: the process ends with the connection.
  return new Promise<number>(() => {});
}

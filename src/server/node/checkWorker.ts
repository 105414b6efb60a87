import { parentPort } from 'node:worker_threads';
import { ParagraphCache, scanSteps } from '../../engine';
import type { CheckReply, CheckRequest } from '../checks';
import { laySnapshot } from '../ledgerStates';
import { runInSlices } from '../slices';

/**
 * The check worker of one document: keeps its ParagraphCache, so an edit re-extracts only the
 * paragraphs it touched and a keystroke inside a word moves the last result (the editor's keystroke
 * path). Checks run in time slices so that a newer text, arriving as a message, makes the running one stale.
 */
let cache = new ParagraphCache();
let latest = 0;

function reply(message: CheckReply): void {
  parentPort!.postMessage(message);
}

parentPort?.on('message', (request: CheckRequest) => {
  latest = request.id;
  reply({ id: request.id, started: true });
  runInSlices(scanSteps(request.text, request.options, cache), () => latest !== request.id).then(
    (result) => {
      if (!result) return reply({ id: request.id, stale: true });
      // The ledger is laid over the claims here too: fingerprinting every claim of a long article would
      // hold the server's message loop on each keystroke.
      reply({ id: request.id, result, ledger: request.ledger ? laySnapshot(request.ledger, result.claims, request.text) : null });
    },
    (e: unknown) => {
      // Extractors and rules fail alone (their errors come back in the result); this is anything else,
      // and the cache may be half-updated: start the next check afresh.
      cache = new ParagraphCache();
      reply({ id: request.id, error: String((e as Error)?.message ?? e) });
    },
  );
});

import { parentPort } from 'node:worker_threads';
import { ParagraphCache, scanSteps } from '../../engine';
import type { CheckReply, CheckRequest } from '../checks';
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
    (result) => reply(result ? { id: request.id, result } : { id: request.id, stale: true }),
    (e: unknown) => {
      // Extractors and rules fail alone (their errors come back in the result); this is anything else,
      // and the cache may be half-updated: start the next check afresh.
      cache = new ParagraphCache();
      reply({ id: request.id, error: String((e as Error)?.message ?? e) });
    },
  );
});

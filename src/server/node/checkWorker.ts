import { parentPort } from 'node:worker_threads';
import { ParagraphCache, scanSteps } from '../../engine';
import { CLAIMS_PER_REPLY, type CheckReply, type CheckRequest, type MoreRequest } from '../checks';
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

/** Who waits for the server to take the last part of a result, by check id. */
const asked = new Map<number, () => void>();

parentPort?.on('message', (message: CheckRequest | MoreRequest) => {
  if ('more' in message) return asked.get(message.more)?.();
  const request = message;
  latest = request.id;
  // An older result still being handed over stops at once: it is stale.
  for (const release of asked.values()) release();
  reply({ id: request.id, started: true });
  runInSlices(scanSteps(request.text, request.options, cache), () => latest !== request.id).then(
    async (result) => {
      if (!result) return reply({ id: request.id, stale: true });
      // The ledger is laid over the claims here too: fingerprinting every claim of a long article would
      // hold the server's message loop on each keystroke.
      const ledger = request.ledger ? laySnapshot(request.ledger, result.claims, request.text) : null;
      const claims = result.claims;
      let at = 0;
      for (; claims.length - at > CLAIMS_PER_REPLY; at += CLAIMS_PER_REPLY) {
        reply({ id: request.id, claims: claims.slice(at, at + CLAIMS_PER_REPLY) });
        await new Promise<void>((resolve) => asked.set(request.id, resolve));
        asked.delete(request.id);
        if (latest !== request.id) return reply({ id: request.id, stale: true });
      }
      reply({ id: request.id, result: { ...result, claims: claims.slice(at) }, ledger });
    },
    (e: unknown) => {
      // Extractors and rules fail alone (their errors come back in the result); this is anything else,
      // and the cache may be half-updated: start the next check afresh.
      cache = new ParagraphCache();
      reply({ id: request.id, error: String((e as Error)?.message ?? e) });
    },
  );
});

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Claim, ScanOptions } from '../../engine';
import type { CheckOutcome, CheckReply, CheckRequest, CheckRunner, LedgerSnapshot, MoreRequest } from '../checks';

interface Pending {
  resolve(outcome: CheckOutcome): void;
  timer: ReturnType<typeof setTimeout>;
  started: number;
  budgetMs: number;
  /** The parts of the result's claims taken so far. */
  claims: Claim[][];
}

interface DocumentWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  lastUsed: number;
}

/** Workers kept at most: past this, the one used least recently and idle is ended (its document starts afresh). */
export const MAX_WORKERS = 8;

/**
 * Checks each document in its own worker thread. The message loop never runs the engine, so hovers and
 * other documents are answered while a long document is checked; and a check that runs past its budget
 * is stopped for good by ending its worker (the engine's steps are small, but a single one is not
 * bounded: only ending the thread is sure to stop it). The next check of that document starts a new worker.
 */
export class WorkerChecks implements CheckRunner {
  private readonly workers = new Map<string, DocumentWorker>();
  private nextId = 0;
  private clock = 0;

  /** `script`: the worker bundle, beside the running bundle (dist/checkWorker.js). */
  constructor(
    private readonly script: string = join(__dirname, 'checkWorker.js'),
    private readonly maxWorkers = MAX_WORKERS,
  ) {}

  /** How many workers are running. */
  get size(): number {
    return this.workers.size;
  }

  check(key: string, text: string, options: ScanOptions, budgetMs: number, ledger: LedgerSnapshot | null): Promise<CheckOutcome> {
    const doc = this.workers.get(key) ?? this.start(key);
    doc.lastUsed = ++this.clock;
    // A newer text makes every earlier check of the document stale; the worker drops them between steps.
    for (const [id, p] of doc.pending) this.settle(doc, id, p, { kind: 'stale' });
    const id = ++this.nextId;
    return new Promise<CheckOutcome>((resolve) => {
      const timer = setTimeout(() => this.overBudget(key, doc, budgetMs), budgetMs);
      doc.pending.set(id, { resolve, timer, started: Date.now(), budgetMs, claims: [] });
      const request: CheckRequest = { id, text, options, ledger };
      doc.worker.postMessage(request);
    });
  }

  forget(key: string): void {
    const doc = this.workers.get(key);
    if (!doc) return;
    this.workers.delete(key);
    for (const [id, p] of doc.pending) this.settle(doc, id, p, { kind: 'stale' });
    void doc.worker.terminate();
  }

  dispose(): void {
    for (const key of [...this.workers.keys()]) this.forget(key);
  }

  private start(key: string): DocumentWorker {
    this.makeRoom();
    const worker = new Worker(this.script);
    const doc: DocumentWorker = { worker, pending: new Map(), lastUsed: 0 };
    worker.on('message', (reply: CheckReply) => {
      const p = doc.pending.get(reply.id);
      if (!p) return;
      if ('started' in reply) {
        // The budget is the check's own: from its start, not from the worker's start-up or an older check's end.
        clearTimeout(p.timer);
        p.timer = setTimeout(() => this.overBudget(key, doc, p.budgetMs), p.budgetMs);
        p.started = Date.now();
      } else if ('claims' in reply) {
        p.claims.push(reply.claims);
        // The next part once other work (a hover, another document) has had its turn.
        const more: MoreRequest = { more: reply.id };
        setImmediate(() => doc.worker.postMessage(more));
      } else if ('result' in reply) {
        const claims = p.claims.length > 0 ? p.claims.flat().concat(reply.result.claims) : reply.result.claims;
        this.settle(doc, reply.id, p, { kind: 'done', result: { ...reply.result, claims }, ledger: reply.ledger, ms: Date.now() - p.started });
      }
      else if ('error' in reply) this.settle(doc, reply.id, p, { kind: 'failed', message: reply.error });
      else this.settle(doc, reply.id, p, { kind: 'stale' });
    });
    const lost = (message: string) => {
      if (this.workers.get(key) === doc) this.workers.delete(key);
      for (const [id, p] of doc.pending) this.settle(doc, id, p, { kind: 'failed', message });
    };
    worker.on('error', (e) => lost(`the check worker failed: ${e.message}`));
    worker.on('exit', (code) => lost(`the check worker stopped (exit code ${code})`));
    // The server's process ends when its client says exit, whatever its workers do.
    worker.unref();
    this.workers.set(key, doc);
    return doc;
  }

  /** Ends the idle worker used least recently when the limit is reached: many open documents, bounded memory. */
  private makeRoom(): void {
    if (this.workers.size < this.maxWorkers) return;
    let oldest: [string, DocumentWorker] | null = null;
    for (const entry of this.workers) if (entry[1].pending.size === 0 && (!oldest || entry[1].lastUsed < oldest[1].lastUsed)) oldest = entry;
    if (oldest) this.forget(oldest[0]);
  }

  private overBudget(key: string, doc: DocumentWorker, budgetMs: number): void {
    if (this.workers.get(key) === doc) this.workers.delete(key);
    for (const [id, p] of doc.pending) this.settle(doc, id, p, { kind: 'over-budget', budgetMs });
    void doc.worker.terminate();
  }

  private settle(doc: DocumentWorker, id: number, p: Pending, outcome: CheckOutcome): void {
    clearTimeout(p.timer);
    doc.pending.delete(id);
    p.resolve(outcome);
  }
}

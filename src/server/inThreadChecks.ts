import { ParagraphCache, scanSteps, type ScanOptions } from '../engine';
import type { CheckOutcome, CheckRunner, LedgerSnapshot } from './checks';
import { laySnapshot } from './ledgerStates';
import { runInSlices } from './slices';

/**
 * Checks on the server's own thread, in time slices, where it has no threads to give them (a browser
 * worker: the server is already off the editor's thread there). Between steps the message loop answers
 * hovers and other documents; a newer text of the document makes the running check stale, and a check
 * past its budget is dropped at the next step. Unlike a worker thread, a single step that never ends
 * cannot be stopped here: the engine's steps are each bounded (issue 14), which is what this relies on.
 */
export class InThreadChecks implements CheckRunner {
  private readonly caches = new Map<string, ParagraphCache>();
  private readonly latest = new Map<string, number>();
  private nextId = 0;

  async check(key: string, text: string, options: ScanOptions, budgetMs: number, ledger: LedgerSnapshot | null): Promise<CheckOutcome> {
    const id = ++this.nextId;
    this.latest.set(key, id);
    const cache = this.caches.get(key) ?? new ParagraphCache();
    this.caches.set(key, cache);
    const started = Date.now();
    let over = false;
    const stale = () => {
      if (this.latest.get(key) !== id) return true;
      over = Date.now() - started > budgetMs;
      return over;
    };
    try {
      const result = await runInSlices(scanSteps(text, options, cache), stale);
      if (!result) return over ? { kind: 'over-budget', budgetMs } : { kind: 'stale' };
      const laid = ledger ? laySnapshot(ledger, result.claims, text) : null;
      return { kind: 'done', result, ledger: laid, ms: Date.now() - started };
    } catch (e) {
      // The cache may be half-updated: the next check starts afresh.
      this.caches.delete(key);
      return { kind: 'failed', message: String((e as Error)?.message ?? e) };
    }
  }

  forget(key: string): void {
    this.caches.delete(key);
    this.latest.delete(key);
  }

  dispose(): void {
    this.caches.clear();
    this.latest.clear();
  }
}

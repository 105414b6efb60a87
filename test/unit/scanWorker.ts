/**
 * Scans texts in a worker thread, so that a test can bound each call's time and stop a scan that never
 * returns (a synchronous loop cannot be interrupted on the thread that runs it). The worker answers each
 * text with the result and the CPU time the scan took.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { scan, type DocumentFormat, type ScanOptions, type ScanOutput } from '../../src/engine';

interface Request {
  id: number;
  text: string;
  options: ScanOptions;
}
interface Reply {
  id: number;
  result?: ScanOutput;
  cpuMs?: number;
  error?: string;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', ({ id, text, options }: Request) => {
    try {
      const t0 = process.cpuUsage();
      const result = scan(text, options);
      const used = process.cpuUsage(t0);
      port.postMessage({ id, result, cpuMs: (used.user + used.system) / 1000 } satisfies Reply);
    } catch (e) {
      port.postMessage({ id, error: (e as Error).stack ?? String(e) } satisfies Reply);
    }
  });
}

/** A scan in the worker that did not answer within the bound: the worker was stopped. */
export class ScanHang extends Error {}

/** The main thread's side: one worker, restarted after a scan it had to stop. */
export class ScanWorker {
  private worker: Worker | null = null;
  private next = 0;

  /** Scans `text`; rejects with ScanHang when no answer comes within `hangMs` of wall time. */
  async scan(text: string, format: DocumentFormat, hangMs: number): Promise<{ result: ScanOutput; cpuMs: number }> {
    const worker = (this.worker ??= new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true }));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const timer = setTimeout(() => {
        done();
        void worker.terminate();
        this.worker = null;
        reject(new ScanHang(`no answer after ${hangMs} ms`));
      }, hangMs);
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        done();
        if (reply.error) reject(new Error(reply.error));
        else resolve({ result: reply.result!, cpuMs: reply.cpuMs! });
      };
      const onError = (e: Error) => {
        done();
        this.worker = null;
        reject(e);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, text, options: { format, referenceDate: '2025-03-14' } } satisfies Request);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

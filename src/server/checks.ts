import type { ClaimKind, ScanOptions, ScanOutput } from '../engine';
import type { Ledger, LedgerSyntaxError } from '../ledger';
import type { Reconciled } from './ledgerStates';

/** The ledger as it stands, sent with a check so that it is laid over the claims where they are found. */
export interface LedgerSnapshot {
  path: string;
  ledger: Ledger;
  unreadable: LedgerSyntaxError | null;
  kinds: readonly ClaimKind[];
}

/** How one check of a document ended. */
export type CheckOutcome =
  /** `ledger`: the snapshot laid over the claims; null when none was given. */
  | { kind: 'done'; result: ScanOutput; ledger: Reconciled | null; ms: number }
  /** A newer check of the same document replaced it. */
  | { kind: 'stale' }
  /** It ran past the time budget and was stopped. */
  | { kind: 'over-budget'; budgetMs: number }
  | { kind: 'failed'; message: string };

/**
 * Runs the engine's checks away from the server's message loop, one document at a time per key, so a
 * slow document never holds up the answers for others. A newer check of a key makes the older stale.
 */
export interface CheckRunner {
  check(key: string, text: string, options: ScanOptions, budgetMs: number, ledger: LedgerSnapshot | null): Promise<CheckOutcome>;
  /** Drops the document's check state (its cache, its worker). */
  forget(key: string): void;
  dispose(): void;
}

/** A check request to a worker, and its reply. */
export interface CheckRequest {
  id: number;
  text: string;
  options: ScanOptions;
  ledger: LedgerSnapshot | null;
}

/**
 * How many claims a reply carries: a long document's claims come in parts, each asked for once the last
 * is taken, so that taking them (a copy between threads) never holds the server's message loop for long.
 */
export const CLAIMS_PER_REPLY = 1000;

/** The server asks the worker for the next part of a check's claims. */
export interface MoreRequest {
  more: number;
}

/**
 * `started`: the worker has begun the check (the budget counts from here, not from the worker's start-up).
 * `claims`: a part of the result's claims, before the result (whose `claims` then holds the last part).
 */
export type CheckReply =
  | { id: number; started: true }
  | { id: number; claims: ScanOutput['claims'] }
  | { id: number; result: ScanOutput; ledger: Reconciled | null }
  | { id: number; error: string }
  | { id: number; stale: true };

import type * as vscode from 'vscode';
import type { Claim, Finding, ScanOutput } from '../engine';
import type { ClaimStatus, LedgerSource, LedgerView } from '../ledger';
import type { ClaimState } from './documentResults';

/** What the ledger knows of a document's claims after a scan. */
export interface Reconciled {
  states: Map<string, ClaimState>;
  /** `claim-changed`, `ledger-unreadable` findings. */
  findings: Finding[];
  /** Entries whose claim is gone from the article: kept, listed in the claims view. */
  orphans: { id: string; text: string; status: ClaimStatus }[];
}

/** The editor's view of the ledger: one implementation over files, and one in memory for untitled documents. */
export interface LedgerBridge {
  reconcile(document: vscode.TextDocument, text: string, result: ScanOutput): Promise<Reconciled>;
  /** Marks a claim of the scan (the document's last) and saves the ledger. */
  setStatus(document: vscode.TextDocument, scan: { text: string; claims: readonly Claim[] }, claim: Claim, status: ClaimStatus, extra?: { source?: LedgerSource; note?: string }): Promise<void>;
  /** The ledger laid over the document's last scan, for reports. */
  view(document: vscode.TextDocument, scan: { text: string; claims: readonly Claim[] }): Promise<LedgerView>;
  /** Moves an unreadable ledger to a backup and starts an empty one; the backup's path, or null. */
  reset(articleUri: vscode.Uri): Promise<string | null>;
}

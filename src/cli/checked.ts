import type { Claim, ClaimKind, ScanOutput } from '../engine';
import type { Evidence } from '../engine/evidence';
import type { ClaimStatus } from '../ledger';

/** A file that was read and scanned. */
export interface CheckedFile {
  path: string;
  text: string;
  result: ScanOutput;
  /** The article's fact-check ledger; absent for standard input. */
  ledger?: LedgerSummary;
  /**
   * The ledger's state of each claim, by claim id, for {@link claimStatus}; absent without a ledger. The
   * claims themselves are left as the scan made them: the outputs add each one's status as they write it.
   */
  states?: ReadonlyMap<string, { status: ClaimStatus }>;
  /** Each claim's evidence from its sources or the reference folder, by claim id; absent without any. */
  evidence?: ReadonlyMap<string, readonly Evidence[]>;
}

/** A claim's fact-check status in its file's ledger: `unchecked` when it was never marked, or without a ledger. */
export function claimStatus(file: CheckedFile, claim: Claim): ClaimStatus {
  return file.states?.get(claim.id)?.status ?? 'unchecked';
}

/** What `check` reports of a ledger beside the claims' statuses. */
export interface LedgerSummary {
  path: string;
  exists: boolean;
  /** Entries whose claim is gone from the article: kept in the ledger, listed here. */
  orphans: { id: string; kind: ClaimKind; text: string; status: ClaimStatus }[];
}

/** A report written as the files are checked, one by one, rather than held until all are. */
export interface Report {
  /** Writes the file's part of the report. */
  file(file: CheckedFile): void;
  /** Writes what closes the report, once every file is in. */
  end(): void;
}

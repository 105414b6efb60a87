import type { Claim, ScanOutput } from '../engine';
import type { ClaimStatus, LedgerSource } from '../ledger/types';

/** What the ledger says of one claim, as an editor shows it. */
export interface ClaimState {
  status: ClaimStatus;
  sources: LedgerSource[];
  note: string;
  checkedAt: string | null;
}

export const UNCHECKED: ClaimState = { status: 'unchecked', sources: [], note: '', checkedAt: null };

/** What a card or a diagnostic reads of a document's last scan: its text, its result and the ledger's states. */
export interface ScannedText {
  text: string;
  result: Pick<ScanOutput, 'claims' | 'referenceDate' | 'partialReferenceDate'>;
  /** Ledger state by claim id; claims not in it are unchecked. */
  states: ReadonlyMap<string, ClaimState>;
}

/** The claim under the offset, the shortest where claims nest (a figure inside a quotation). */
export function claimAt(claims: readonly Claim[], offset: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) {
    if (c.start > offset) break;
    if (offset <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
}

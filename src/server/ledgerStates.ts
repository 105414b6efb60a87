import type { ClaimState } from '../cards/claimState';
import type { Claim, Finding } from '../engine';
import { layLedger, type ClaimStatus, type LedgerView } from '../ledger';
import type { LedgerSnapshot } from './checks';

/** What the ledger says of a document's claims after a scan. */
export interface Reconciled {
  /** The claims the ledger has an entry for; the others are unchecked. */
  states: Map<string, ClaimState>;
  /** `claim-changed`, `ledger-unreadable` findings. */
  findings: Finding[];
  /** Entries whose claim is gone from the article: kept in the ledger. */
  orphans: { id: string; text: string; status: ClaimStatus }[];
}

/** A ledger view as the server keeps it: only the claims with an entry (small to send between threads). */
export function reconciledOf(view: Pick<LedgerView, 'states' | 'findings' | 'orphans'>): Reconciled {
  const states = new Map<string, ClaimState>();
  for (const [id, s] of view.states) {
    if (s.entry) states.set(id, { status: s.status, sources: s.entry.sources, note: s.entry.note, checkedAt: s.entry.checkedAt });
  }
  const orphans = view.orphans.map((o) => ({ id: o.key, text: o.entry.text, status: o.entry.status }));
  return { states, findings: view.findings, orphans };
}

/** The snapshot laid over a scan's claims: pure, so the check worker runs it beside the scan. */
export function laySnapshot(snapshot: LedgerSnapshot, claims: readonly Claim[], text: string): Reconciled {
  return reconciledOf(layLedger(snapshot.path, snapshot.ledger, { exists: true, unreadable: snapshot.unreadable }, claims, text, snapshot.kinds));
}

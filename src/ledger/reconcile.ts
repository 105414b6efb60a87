import { entryTable, setEntry } from './entries';
import type { Claim, ClaimKind, Finding } from '../engine';
import { fingerprintOf } from './fingerprint';
import { claimChangedFinding } from './findings';
import { reanchor } from './reanchor';
import type { ClaimStatus, Fingerprint, Ledger, LedgerEntry } from './types';

/** What the ledger says about one claim of the current text. */
export interface ClaimState {
  /** The status to show: the entry's, or `unchecked` when there is none or the claim changed since. */
  status: ClaimStatus;
  /** The key of the claim's entry in the ledger, or null when the claim was never marked. */
  entryKey: string | null;
  entry: LedgerEntry | null;
  /** Set when the claim's text is no longer the text that was checked. */
  changed: { oldText: string; previousStatus: ClaimStatus } | null;
}

/** An entry whose claim is no longer in the article: kept in the ledger and listed, never dropped. */
export interface Orphan {
  key: string;
  entry: LedgerEntry;
}

/** The ledger laid over a scan. */
export interface Reconciliation {
  /** By claim id; every claim of the scan has a state. */
  states: Map<string, ClaimState>;
  /** `claim-changed` findings. */
  findings: Finding[];
  orphans: Orphan[];
  /** The claim each anchored entry stands on now, by entry key. */
  claimOf: Map<string, Claim>;
  /** The current fingerprint of each claim, by claim id: what an entry stores when it is written. */
  fingerprints: Map<string, Fingerprint>;
}

const UNCHECKED: Omit<ClaimState, 'status'> = { entryKey: null, entry: null, changed: null };

/**
 * Finds each entry's claim in the current text (see `reanchor`) and gives every claim its status.
 * `kinds`: the claim kinds the scan listed (`ScanOptions.kinds`), when not all.
 * Pure: the ledger is not modified. A claim whose text changed since it was checked shows as
 * `unchecked` (an ignored one stays ignored) with a `claim-changed` finding carrying the old text.
 */
export function reconcile(ledger: Ledger, claims: readonly Claim[], text: string, kinds?: readonly ClaimKind[]): Reconciliation {
  const fingerprints = claims.map((c) => fingerprintOf(c, text));
  // Entries of kinds the scan did not list are left aside: neither matched nor orphaned.
  const entries = Object.entries(ledger.entries)
    .filter(([, e]) => !kinds || kinds.includes(e.kind))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const anchors = reanchor(entries, fingerprints, claims.map((c) => c.id));
  const states = new Map<string, ClaimState>(claims.map((c) => [c.id, { status: 'unchecked', ...UNCHECKED }]));
  const findings: Finding[] = [];
  const orphans: Orphan[] = [];
  const claimOf = new Map<string, Claim>();
  for (const [key, entry] of entries) {
    const anchor = anchors.get(key);
    if (!anchor) {
      orphans.push({ key, entry });
      continue;
    }
    const claim = claims[anchor.claimIndex];
    claimOf.set(key, claim);
    const changed = anchor.changed ? { oldText: entry.text, previousStatus: entry.status } : null;
    const status = changed && entry.status !== 'ignored' ? 'unchecked' : entry.status;
    states.set(claim.id, { status, entryKey: key, entry, changed });
    if (changed && entry.status !== 'unchecked' && entry.status !== 'ignored') findings.push(claimChangedFinding(claim, entry));
  }
  return { states, findings, orphans, claimOf, fingerprints: new Map(claims.map((c, i) => [c.id, fingerprints[i]])) };
}

/**
 * The ledger with the anchors of its matched entries brought up to date, so that they keep finding
 * their claims as the article drifts. An entry whose claim changed keeps the text that was checked:
 * the change stays visible until the claim is marked again. Positions alone are not rewritten (every
 * edit above a claim moves it), which keeps ledger diffs to the entries whose context changed.
 */
export function refreshAnchors(ledger: Ledger, rec: Reconciliation): Ledger {
  const entries = entryTable(ledger.entries);
  for (const [key, claim] of rec.claimOf) {
    const now = rec.fingerprints.get(claim.id);
    const entry = entries[key];
    if (!now || (entry.before === now.before && entry.after === now.after)) continue;
    setEntry(entries, key, { ...entry, before: now.before, after: now.after, position: now.position });
  }
  return { ...ledger, entries };
}

import type { ClaimState } from '../cards/claimState';
import type { ClaimKind, Claim, Finding, ScanOutput } from '../engine';
import { LedgerStore, type ClaimStatus, type LedgerLocation, type LedgerSource } from '../ledger';
import type { ServerHost } from './host';

/** What the ledger says of a document's claims after a scan. */
export interface Reconciled {
  states: Map<string, ClaimState>;
  /** `claim-changed`, `ledger-unreadable` findings. */
  findings: Finding[];
  /** Entries whose claim is gone from the article: kept in the ledger. */
  orphans: { id: string; text: string; status: ClaimStatus }[];
}

/**
 * The ledger of each open article, one `LedgerStore` per document, through the host's file port: the
 * file beside the article (or under `.verity/` at the workspace root), in memory for untitled documents.
 */
export class Ledgers {
  private readonly stores = new Map<string, Promise<LedgerStore>>();

  constructor(private readonly host: ServerHost) {}

  async reconcile(uri: string, location: LedgerLocation, text: string, result: ScanOutput, kinds: readonly ClaimKind[]): Promise<Reconciled> {
    const store = await this.storeFor(uri, location);
    // No entries yet (the common case while writing): every claim is unchecked, and fingerprinting the
    // claims of a long article for nothing would hold the message loop on every keystroke.
    if (!store.unreadable && Object.keys(store.entries).length === 0) return { states: new Map(), findings: [], orphans: [] };
    // Entries of the kinds the user hid are not orphans: they are only out of view.
    const view = store.reconcile(result, text, kinds);
    const states = new Map<string, ClaimState>();
    for (const [id, s] of view.states) {
      states.set(id, { status: s.status, sources: s.entry?.sources ?? [], note: s.entry?.note ?? '', checkedAt: s.entry?.checkedAt ?? null });
    }
    const orphans = view.orphans.map((o) => ({ id: o.key, text: o.entry.text, status: o.entry.status }));
    return { states, findings: view.findings, orphans };
  }

  /** Marks a claim of the document's last scan and saves the ledger; throws LedgerUnreadableError for a broken file. */
  async setStatus(uri: string, location: LedgerLocation, scan: { text: string; claims: readonly Claim[] }, kinds: readonly ClaimKind[], claim: Claim, status: ClaimStatus, extra: { source?: LedgerSource; note?: string } = {}): Promise<string> {
    const store = await this.storeFor(uri, location);
    // The store marks the claims of the scan it last saw, which may be older than this one (or none).
    store.reconcile(scan, scan.text, kinds);
    await store.setStatus(claim.id, status, extra);
    return store.path;
  }

  async reset(uri: string, location: LedgerLocation): Promise<string | null> {
    return (await this.storeFor(uri, location)).reset();
  }

  /** Re-reads the ledgers at `path` (a file changed on disk); the documents whose ledger changed. */
  async reload(path: string): Promise<string[]> {
    const changed: string[] = [];
    for (const [key, pending] of this.stores) {
      const store = await pending.catch(() => null);
      if (store && store.path === path && (await store.reload())) changed.push(key.slice(key.indexOf('\n') + 1));
    }
    return changed;
  }

  /** Forgets a closed document's store: the file is read again when it is opened again. */
  forget(uri: string): void {
    for (const key of [...this.stores.keys()]) if (key.endsWith(`\n${uri}`)) this.stores.delete(key);
  }

  private storeFor(uri: string, location: LedgerLocation): Promise<LedgerStore> {
    // One store per document and location: a change of `ledgerLocation` opens the other file.
    const key = `${JSON.stringify(location)}\n${uri}`;
    let store = this.stores.get(key);
    if (!store) {
      const { port, path } = this.host.fileFor(uri);
      store = LedgerStore.open(path, port, location);
      // A failed read is retried on the next check rather than remembered.
      store.catch(() => this.stores.delete(key));
      this.stores.set(key, store);
    }
    return store;
  }
}

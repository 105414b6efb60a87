import type { ClaimKind, Claim, ScanOutput } from '../engine';
import { LedgerStore, type ClaimStatus, type Ledger, type LedgerLocation, type LedgerSource, type LedgerView } from '../ledger';
import type { LedgerSnapshot } from './checks';
import type { ServerHost } from './host';
import { reconciledOf, type Reconciled } from './ledgerStates';

export type { Reconciled } from './ledgerStates';

const NOTHING: Reconciled = { states: new Map(), findings: [], orphans: [] };

/**
 * The ledger of each open article, one `LedgerStore` per document, through the host's file port: the
 * file beside the article (or under `.verity/` at the workspace root), in memory for untitled documents.
 * Each store has a revision, raised by every mark, reload and reset, so that a check laid over an older
 * snapshot of the ledger is laid again.
 */
export class Ledgers {
  private readonly stores = new Map<string, Promise<LedgerStore>>();
  private readonly revisions = new Map<string, number>();

  constructor(private readonly host: ServerHost) {}

  /** The ledger to lay over the next check, or null while it has no entries (every claim unchecked). */
  async snapshot(uri: string, location: LedgerLocation, kinds: readonly ClaimKind[]): Promise<{ snapshot: LedgerSnapshot | null; revision: number }> {
    const key = keyOf(uri, location);
    const store = await this.storeFor(uri, location);
    const revision = this.revisions.get(key) ?? 0;
    if (!store.unreadable && Object.keys(store.entries).length === 0) return { snapshot: null, revision };
    // `reconcile` reads the entries alone; the rest of the file is the store's.
    const ledger = { version: 1, article: '', entries: store.entries } as Ledger;
    return { snapshot: { path: store.path, ledger, unreadable: store.unreadable, kinds }, revision };
  }

  revision(uri: string, location: LedgerLocation): number {
    return this.revisions.get(keyOf(uri, location)) ?? 0;
  }

  /** Lays the ledger over a scan here, on the message loop: after a mark, or a check made with an older snapshot. */
  async reconcile(uri: string, location: LedgerLocation, text: string, result: ScanOutput, kinds: readonly ClaimKind[]): Promise<Reconciled> {
    const store = await this.storeFor(uri, location);
    if (!store.unreadable && Object.keys(store.entries).length === 0) return NOTHING;
    // Entries of the kinds the user hid are not orphans: they are only out of view.
    return reconciledOf(store.reconcile(result, text, kinds));
  }

  /** The ledger laid over a scan, whole (every claim's state, the orphans): what a report lists. */
  async view(uri: string, location: LedgerLocation, text: string, result: ScanOutput, kinds: readonly ClaimKind[]): Promise<LedgerView> {
    return (await this.storeFor(uri, location)).reconcile(result, text, kinds);
  }

  /** Marks a claim of the document's last scan and saves the ledger; throws LedgerUnreadableError for a broken file. */
  async setStatus(uri: string, location: LedgerLocation, scan: { text: string; claims: readonly Claim[] }, kinds: readonly ClaimKind[], claim: Claim, status: ClaimStatus, extra: { source?: LedgerSource; note?: string } = {}): Promise<string> {
    const store = await this.storeFor(uri, location);
    // The store marks the claims of the scan it last saw, which may be older than this one (or none).
    store.reconcile(scan, scan.text, kinds);
    this.bump(keyOf(uri, location));
    await store.setStatus(claim.id, status, extra);
    return store.path;
  }

  async reset(uri: string, location: LedgerLocation): Promise<string | null> {
    this.bump(keyOf(uri, location));
    return (await this.storeFor(uri, location)).reset();
  }

  /** Re-reads the ledgers at `path` (a file changed on disk); the documents whose ledger changed. */
  async reload(path: string): Promise<string[]> {
    const changed: string[] = [];
    for (const [key, pending] of this.stores) {
      const store = await pending.catch(() => null);
      if (store && store.path === path && (await store.reload())) {
        this.bump(key);
        changed.push(key.slice(key.indexOf('\n') + 1));
      }
    }
    return changed;
  }

  /** Forgets a closed document's store: the file is read again when it is opened again. */
  forget(uri: string): void {
    for (const key of [...this.stores.keys()]) if (key.endsWith(`\n${uri}`)) this.stores.delete(key);
  }

  private bump(key: string): void {
    this.revisions.set(key, (this.revisions.get(key) ?? 0) + 1);
  }

  private storeFor(uri: string, location: LedgerLocation): Promise<LedgerStore> {
    const key = keyOf(uri, location);
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

/** One store per document and location: a change of `ledgerLocation` opens the other file. */
function keyOf(uri: string, location: LedgerLocation): string {
  return `${JSON.stringify(location)}\n${uri}`;
}

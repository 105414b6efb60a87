import * as vscode from 'vscode';
import type { Claim, ScanOutput } from '../engine';
import { LedgerStore, LedgerUnreadableError, type ClaimStatus, type FileSystemPort, type LedgerLocation, type LedgerSource, type LedgerView } from '../ledger';
import type { ClaimState } from './documentResults';
import type { LedgerBridge, Reconciled } from './ledgerBridge';
import { VscodeLedgerFs } from './ledgerFs';
import { MemoryLedgerFs } from './memoryLedgerFs';
import type { Settings } from './settings';

/**
 * The ledger of each open article, one `LedgerStore` per document: files beside the article (or under
 * `.verity/`) through `vscode.workspace.fs`, which works in desktop VS Code and VS Code for the web;
 * in memory for untitled documents. A ledger changed on disk (another window, a git checkout) is
 * reloaded and merged by the watcher, then the article is re-checked.
 */
export class LedgerFiles implements LedgerBridge, vscode.Disposable {
  private readonly stores = new Map<string, Promise<LedgerStore>>();
  private readonly memory = new MemoryLedgerFs();
  private readonly files: FileSystemPort = new VscodeLedgerFs();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.verity.json');

  constructor(
    private readonly settings: () => Settings,
    private readonly onDiskChange: (articleUri: vscode.Uri) => void,
  ) {
    const changed = (uri: vscode.Uri) => void this.reloadLedger(uri);
    this.watcher.onDidChange(changed);
    this.watcher.onDidCreate(changed);
    this.watcher.onDidDelete(changed);
  }

  async reconcile(document: vscode.TextDocument, text: string, result: ScanOutput): Promise<Reconciled> {
    const store = await this.storeFor(document.uri);
    // Entries of the kinds the user hid are not orphans: they are only out of view.
    const view = store.reconcile(result, text, this.settings().enabledKinds);
    const states = new Map<string, ClaimState>();
    for (const [id, s] of view.states) {
      states.set(id, { status: s.status, sources: s.entry?.sources ?? [], note: s.entry?.note ?? '', checkedAt: s.entry?.checkedAt ?? null });
    }
    const orphans = view.orphans.map((o) => ({ id: o.key, text: o.entry.text, status: o.entry.status }));
    return { states, findings: view.findings, orphans };
  }

  async setStatus(document: vscode.TextDocument, scan: { text: string; claims: readonly Claim[] }, claim: Claim, status: ClaimStatus, extra: { source?: LedgerSource; note?: string } = {}): Promise<void> {
    const store = await this.storeFor(document.uri);
    // The store marks claims of the scan it last saw; a mark can come before the ledger read of a scan ends.
    if (!store.stateFor(claim.id)) store.reconcile(scan, scan.text, this.settings().enabledKinds);
    try {
      await store.setStatus(claim.id, status, extra);
    } catch (e) {
      if (e instanceof LedgerUnreadableError) {
        // Not awaited: the message stays until the user answers, and the command is done already.
        const reset = 'Reset the ledger (keeps a backup)';
        void vscode.window.showErrorMessage(`Verity: ${e.message}`, reset).then((choice) => {
          if (choice === reset) void vscode.commands.executeCommand('verity.resetLedger', document.uri.toString());
        });
        return;
      }
      throw e;
    }
  }

  async view(document: vscode.TextDocument, scan: { text: string; claims: readonly Claim[] }): Promise<LedgerView> {
    return (await this.storeFor(document.uri)).reconcile(scan, scan.text, this.settings().enabledKinds);
  }

  /** Moves an unreadable ledger to a backup and starts an empty one. */
  async reset(articleUri: vscode.Uri): Promise<string | null> {
    const store = await this.storeFor(articleUri);
    return store.reset();
  }

  dispose(): void {
    this.watcher.dispose();
  }

  private storeFor(uri: vscode.Uri): Promise<LedgerStore> {
    const key = uri.toString();
    let store = this.stores.get(key);
    if (!store) {
      const port = uri.scheme === 'untitled' ? this.memory : this.files;
      store = LedgerStore.open(key, port, this.location(uri));
      // A failed read is retried on the next check rather than remembered.
      store.catch(() => this.stores.delete(key));
      this.stores.set(key, store);
    }
    return store;
  }

  private location(uri: vscode.Uri): LedgerLocation {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return this.settings().ledgerLocation === 'folder' && folder ? { kind: 'folder', root: folder.uri.toString() } : { kind: 'beside' };
  }

  private async reloadLedger(ledger: vscode.Uri): Promise<void> {
    for (const [key, pending] of this.stores) {
      const store = await pending.catch(() => null);
      if (store && store.path === ledger.toString() && (await store.reload())) this.onDiskChange(vscode.Uri.parse(key));
    }
  }
}

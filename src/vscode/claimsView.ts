import * as vscode from 'vscode';
import { describeValue, type Claim, type ClaimKind } from '../engine';
import { CLAIM_STATUSES, type ClaimStatus } from '../ledger/types';
import type { DocumentResults, DocumentScan } from './documentResults';
import { KIND_PLURAL, STATUS_LABEL } from './labels';

/** A row of the claims view: a status group, a kind group inside it, a claim, or an orphaned entry. */
export type ClaimNode =
  | { type: 'status'; status: ClaimStatus; claims: Claim[] }
  | { type: 'kind'; status: ClaimStatus; kind: ClaimKind; claims: Claim[] }
  | { type: 'claim'; claim: Claim; status: ClaimStatus }
  | { type: 'orphans'; entries: { id: string; text: string; status: ClaimStatus }[] }
  | { type: 'orphan'; text: string; status: ClaimStatus };

const STATUS_ICON: Record<ClaimStatus, string> = {
  unchecked: 'circle-large-outline',
  verified: 'pass',
  disputed: 'warning',
  false: 'error',
  'needs-source': 'question',
  ignored: 'circle-slash',
};

/**
 * The claims of the active article, grouped by status and then by kind, with counts. It is the full
 * list: the Problems panel is capped for large articles.
 */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly results: DocumentResults,
    private readonly orphans: (uri: vscode.Uri) => { id: string; text: string; status: ClaimStatus }[],
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  /** The document the view shows: the active editor's. */
  currentUri(): vscode.Uri | undefined {
    return vscode.window.activeTextEditor?.document.uri;
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    const uri = this.currentUri();
    const scan = uri && this.results.get(uri);
    if (!uri || !scan) return [];
    if (!node) return this.roots(uri, scan);
    if (node.type === 'status') {
      const kinds = [...new Set(node.claims.map((c) => c.kind))];
      return kinds.map((kind) => ({ type: 'kind', status: node.status, kind, claims: node.claims.filter((c) => c.kind === kind) }));
    }
    if (node.type === 'kind') return node.claims.map((claim) => ({ type: 'claim', claim, status: node.status }));
    if (node.type === 'orphans') return node.entries.map((e) => ({ type: 'orphan', text: e.text, status: e.status }));
    return [];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    switch (node.type) {
      case 'status': {
        const item = new vscode.TreeItem(STATUS_LABEL[node.status], node.status === 'unchecked' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.claims.length);
        item.iconPath = new vscode.ThemeIcon(STATUS_ICON[node.status]);
        item.id = `status:${node.status}`;
        return item;
      }
      case 'kind': {
        const item = new vscode.TreeItem(KIND_PLURAL[node.kind], vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.claims.length);
        item.id = `kind:${node.status}:${node.kind}`;
        return item;
      }
      case 'claim':
        return this.claimItem(node.claim, node.status);
      case 'orphans': {
        const item = new vscode.TreeItem('Orphaned ledger entries', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = String(node.entries.length);
        item.tooltip = 'Entries of the ledger whose claim is no longer in the article. They are kept, never dropped.';
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        return item;
      }
      case 'orphan': {
        const item = new vscode.TreeItem(node.text.replace(/\s+/g, ' '));
        item.description = STATUS_LABEL[node.status];
        return item;
      }
    }
  }

  private roots(uri: vscode.Uri, scan: DocumentScan): ClaimNode[] {
    const byStatus = new Map<ClaimStatus, Claim[]>();
    for (const c of scan.result.claims) {
      const status = scan.states.get(c.id)?.status ?? 'unchecked';
      const group = byStatus.get(status);
      if (group) group.push(c);
      else byStatus.set(status, [c]);
    }
    const roots: ClaimNode[] = CLAIM_STATUSES.filter((s) => byStatus.has(s)).map((status) => ({ type: 'status', status, claims: byStatus.get(status)! }));
    const orphans = this.orphans(uri);
    if (orphans.length > 0) roots.push({ type: 'orphans', entries: orphans });
    return roots;
  }

  private claimItem(claim: Claim, status: ClaimStatus): vscode.TreeItem {
    const item = new vscode.TreeItem(claim.text.replace(/\s+/g, ' ').slice(0, 80));
    item.description = describeValue(claim);
    item.tooltip = claim.attribution ? `${describeValue(claim)} — ${claim.attribution.source}` : describeValue(claim);
    item.contextValue = `verity.claim.${status}`;
    item.iconPath = new vscode.ThemeIcon(STATUS_ICON[status]);
    item.id = `claim:${claim.id}`;
    const uri = this.currentUri();
    item.command = { command: 'verity.revealClaim', title: 'Reveal', arguments: [uri?.toString(), claim.id] };
    return item;
  }
}

import type * as vscode from 'vscode';
import type { Claim, ScanOutput } from '../engine';
import { claimAt, UNCHECKED, type ClaimState } from '../cards/claimState';

export { UNCHECKED, type ClaimState } from '../cards/claimState';

/** The last scan of a document, with the version it was made from and the ledger's states. */
export interface DocumentScan {
  version: number;
  text: string;
  result: ScanOutput;
  /** Ledger state by claim id; claims not in it are unchecked. */
  states: Map<string, ClaimState>;
}

/**
 * The last scan result per open document. Hovers, code actions, the claims view and commands read
 * from here and never re-scan.
 */
export class DocumentResults {
  private readonly scans = new Map<string, DocumentScan>();
  private readonly listeners = new Set<(uri: vscode.Uri) => void>();

  set(uri: vscode.Uri, scan: DocumentScan): void {
    this.scans.set(uri.toString(), scan);
    for (const l of this.listeners) l(uri);
  }

  get(uri: vscode.Uri): DocumentScan | undefined {
    return this.scans.get(uri.toString());
  }

  delete(uri: vscode.Uri): void {
    if (this.scans.delete(uri.toString())) for (const l of this.listeners) l(uri);
  }

  /** Called after each new result: the claims view and the status bar follow it. */
  onDidChange(listener: (uri: vscode.Uri) => void): vscode.Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  stateOf(uri: vscode.Uri, claimId: string): ClaimState {
    return this.get(uri)?.states.get(claimId) ?? UNCHECKED;
  }

  /** The claim under the offset, the shortest where claims nest (a figure inside a quotation). */
  claimAt(uri: vscode.Uri, offset: number): Claim | undefined {
    const scan = this.get(uri);
    return scan ? claimAt(scan.result.claims, offset) : undefined;
  }
}

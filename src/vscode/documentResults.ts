import type * as vscode from 'vscode';
import type { Claim, ScanOutput } from '../engine';

/** The last scan of a document, with the version it was made from. */
export interface DocumentScan {
  version: number;
  text: string;
  result: ScanOutput;
}

/**
 * The last scan result per open document. Hovers, code actions, the claims view and commands read
 * from here and never re-scan.
 */
export class DocumentResults {
  private readonly scans = new Map<string, DocumentScan>();

  set(uri: vscode.Uri, scan: DocumentScan): void {
    this.scans.set(uri.toString(), scan);
  }

  get(uri: vscode.Uri): DocumentScan | undefined {
    return this.scans.get(uri.toString());
  }

  delete(uri: vscode.Uri): void {
    this.scans.delete(uri.toString());
  }

  /** The claim under the offset, the shortest where claims nest (a figure inside a quotation). */
  claimAt(uri: vscode.Uri, offset: number): Claim | undefined {
    const scan = this.get(uri);
    if (!scan) return undefined;
    let best: Claim | undefined;
    for (const c of scan.result.claims) {
      if (c.start > offset) break;
      if (offset <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
    }
    return best;
  }
}

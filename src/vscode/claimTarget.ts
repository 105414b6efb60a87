import * as vscode from 'vscode';
import type { Claim } from '../engine';
import type { DocumentResults } from './documentResults';

/** A claim a command acts on, with its document. */
export interface ClaimTarget {
  document: vscode.TextDocument;
  claim: Claim;
}

/** How commands receive their claim: from a hover link or code action (uri, id), a view item, or the cursor. */
export type ClaimArgs = [uri?: string | vscode.Uri | { uri: string; claimId: string }, claimId?: string];

/**
 * Finds the claim a command is about: the one named by its arguments, else the one under the cursor in
 * the active editor (checked first if its last scan is stale). Says why when there is none.
 */
export async function resolveClaimTarget(
  results: DocumentResults,
  args: ClaimArgs,
  ensureScan: (document: vscode.TextDocument) => Promise<unknown>,
): Promise<ClaimTarget | undefined> {
  let [first, claimId] = args;
  if (first && typeof first === 'object' && 'claimId' in first) {
    claimId = first.claimId;
    first = first.uri;
  }
  if (first && claimId) {
    const uri = typeof first === 'string' ? vscode.Uri.parse(first) : first;
    const document = await vscode.workspace.openTextDocument(uri);
    const claim = results.get(uri)?.result.claims.find((c) => c.id === claimId);
    if (claim) return { document, claim };
    void vscode.window.showWarningMessage('Verity: that claim is no longer in the article; check the document again.');
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Verity: open an article and put the cursor on a claim.');
    return undefined;
  }
  // A command right after opening or typing may come before the debounced check: check now.
  if (results.get(editor.document.uri)?.version !== editor.document.version) await ensureScan(editor.document);
  const claim = results.claimAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
  if (!claim) {
    void vscode.window.showInformationMessage('Verity: put the cursor on a claim (a figure, a date, an attribution or a quotation).');
    return undefined;
  }
  return { document: editor.document, claim };
}

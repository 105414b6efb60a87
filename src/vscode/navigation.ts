import * as vscode from 'vscode';
import type { Claim } from '../engine';
import type { DocumentResults } from './documentResults';
import { nextUnchecked } from './claimOrder';

/** Moves the cursor to the next or previous unchecked claim and selects it. */
export function goToUnchecked(results: DocumentResults, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  const scan = editor && results.get(editor.document.uri);
  if (!editor || !scan) {
    void vscode.window.showInformationMessage('Verity: open an article to go through its claims.');
    return;
  }
  const offset = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
  const isDone = (c: Claim) => (scan.states.get(c.id)?.status ?? 'unchecked') !== 'unchecked';
  const claim = nextUnchecked(scan.result.claims, isDone, offset, direction);
  if (!claim) {
    void vscode.window.showInformationMessage('Verity: every claim in this article has been checked.');
    return;
  }
  revealClaim(editor, claim);
}

export function revealClaim(editor: vscode.TextEditor, claim: Pick<Claim, 'start' | 'end'>): void {
  const range = new vscode.Range(editor.document.positionAt(claim.start), editor.document.positionAt(claim.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** `verity.revealClaim`: the claims view's click, opening the article if need be. */
export async function revealClaimCommand(results: DocumentResults, uri?: string, claimId?: string): Promise<void> {
  if (!uri || !claimId) return;
  const claim = results.get(vscode.Uri.parse(uri))?.result.claims.find((c) => c.id === claimId);
  if (!claim) return;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  revealClaim(editor, claim);
}

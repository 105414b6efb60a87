import * as vscode from 'vscode';
import type { DocumentResults } from './documentResults';

/** "Verity: 12/31 checked, 2 problems" for the active article; a click opens the claims view. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('verity.status', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly results: DocumentResults) {
    this.item.name = 'Verity';
    this.item.command = 'verity.showClaims';
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const scan = document && this.results.get(document.uri);
    if (!scan) {
      this.item.hide();
      return;
    }
    const claims = scan.result.claims;
    const done = claims.filter((c) => (scan.states.get(c.id)?.status ?? 'unchecked') !== 'unchecked').length;
    const problems = scan.result.findings.length;
    this.item.text = `$(checklist) Verity: ${done}/${claims.length} checked, ${problems} ${problems === 1 ? 'problem' : 'problems'}`;
    this.item.tooltip = 'Show the claims of this article';
    this.item.show();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}

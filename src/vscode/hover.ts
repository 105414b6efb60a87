import * as vscode from 'vscode';
import type { DocumentResults } from './documentResults';
import { TRUSTED_COMMANDS } from './commandLinks';
import { hoverCardMarkdown } from './hoverCard';
import { otherMentions } from './mentions';

/**
 * The hover card of a claim, built from the cached scan (never a re-scan) by {@link hoverCardMarkdown},
 * which escapes every piece of article and ledger text: the card is trusted for Verity's own commands
 * only, and the only links in it are the ones Verity builds.
 */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly results: DocumentResults) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const scan = this.results.get(document.uri);
    if (!scan || scan.version !== document.version) return undefined;
    const claim = this.results.claimAt(document.uri, document.offsetAt(position));
    if (!claim) return undefined;
    const markdown = hoverCardMarkdown({
      claim,
      referenceDate: scan.result.referenceDate,
      sentence: scan.text.slice(claim.sentence.start, claim.sentence.end),
      mentions: otherMentions(scan, claim).map((m) => ({ line: document.positionAt(m.start).line + 1, text: m.text })),
      state: scan.states.get(claim.id),
      uri: document.uri.toString(),
    });
    const md = new vscode.MarkdownString(markdown, true);
    md.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)));
  }
}

import * as vscode from 'vscode';
import { hoverCard } from '../cards/hoverCard';
import { TRUSTED_COMMANDS } from './commandLinks';
import type { DocumentResults } from './documentResults';
import { vscodeCardMarkdown } from './hoverCard';

/**
 * The hover card of a claim (built in src/cards, shared with the language server), from the cached
 * scan: never a re-scan. Every piece of article and ledger text goes through `markdownText`, which escapes
 * whatever could make a link, markup or an entity, so the card is trusted for Verity's own commands only
 * and the only links in it are the ones Verity builds.
 */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly results: DocumentResults) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const scan = this.results.get(document.uri);
    if (!scan || scan.version !== document.version) return undefined;
    const claim = this.results.claimAt(document.uri, document.offsetAt(position));
    if (!claim) return undefined;
    const md = new vscode.MarkdownString(vscodeCardMarkdown(hoverCard(scan, claim, { uri: document.uri.toString(), lineOf: (offset) => document.positionAt(offset).line })), true);
    md.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)));
  }
}

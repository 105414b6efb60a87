import * as vscode from 'vscode';
import { hoverCard, type CardPart } from '../cards/hoverCard';
import type { DocumentResults } from './documentResults';
import { commandLink, TRUSTED_COMMANDS } from './commandLinks';

/**
 * The hover card of a claim (built in src/cards, shared with the language server), from the cached
 * scan: never a re-scan. Article and ledger text is added with `appendText`, so it is never rendered
 * as Markdown; links go to Verity's own commands only.
 */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly results: DocumentResults) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const scan = this.results.get(document.uri);
    if (!scan || scan.version !== document.version) return undefined;
    const claim = this.results.claimAt(document.uri, document.offsetAt(position));
    if (!claim) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [...TRUSTED_COMMANDS] };
    const parts = hoverCard(scan, claim, { uri: document.uri.toString(), lineOf: (offset) => document.positionAt(offset).line });
    for (const part of parts) append(md, part);
    return new vscode.Hover(md, new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)));
  }
}

function append(md: vscode.MarkdownString, part: CardPart): void {
  if ('markdown' in part) md.appendMarkdown(part.markdown);
  else if ('text' in part) md.appendText(part.text);
  else md.appendMarkdown(part.links.map((l) => commandLink(l.label, l.command, l.args)).join(' · '));
}

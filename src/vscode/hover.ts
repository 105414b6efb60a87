import * as vscode from 'vscode';
import { describeValue, type Claim } from '../engine';
import type { DocumentResults } from './documentResults';

const KIND_TITLE: Record<Claim['kind'], string> = {
  number: 'Figure',
  date: 'Date',
  attribution: 'Attribution',
  quote: 'Quotation',
};

/**
 * The hover card of a claim, built from the cached scan. Article text is escaped: it is never rendered
 * as trusted Markdown.
 */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly results: DocumentResults) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const scan = this.results.get(document.uri);
    if (!scan || scan.version !== document.version) return undefined;
    const claim = this.results.claimAt(document.uri, document.offsetAt(position));
    if (!claim) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**Verity · ${KIND_TITLE[claim.kind]}** `);
    md.appendText(`${describeValue(claim)}\n`);
    md.appendMarkdown('\n\n*Sentence:* ');
    md.appendText(scan.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' '));
    md.appendMarkdown('\n\n*Source:* ');
    md.appendText(
      claim.attribution
        ? `${claim.attribution.source}${claim.attribution.role ? `, ${claim.attribution.role}` : ''} (${claim.attribution.via.replace('-', ' ')})`
        : "the article's own voice, no source named",
    );
    return new vscode.Hover(md, new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)));
  }
}

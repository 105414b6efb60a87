import * as vscode from 'vscode';
import { describeInWords, type Claim } from '../engine';
import { STATUS_LABEL } from './labels';
import type { DocumentResults, DocumentScan } from './documentResults';
import { commandLink, TRUSTED_COMMANDS } from './commandLinks';
import { otherMentions } from './mentions';

const KIND_TITLE: Record<Claim['kind'], string> = { number: 'Figure', date: 'Date', attribution: 'Attribution', quote: 'Quotation' };

const VIA: Record<string, string> = {
  'speaker-label': 'a speaker label above the speech',
  'reported-speech': 'reported speech',
  quotation: 'a quotation',
  'according-to': '"according to"',
};

/**
 * The hover card of a claim, built from the cached scan (never a re-scan): value in words, sentence,
 * source, other mentions, status and sources, and links to Verity's own commands only. Article text is
 * added with `appendText`, so it is never rendered as Markdown.
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
    md.appendMarkdown(`**Verity · ${KIND_TITLE[claim.kind]}**: `);
    md.appendText(describeInWords(claim, scan.result.referenceDate));
    if (claim.kind === 'date' && claim.relative && !claim.resolved) {
      md.appendMarkdown(` ${commandLink('Set the publication date', 'verity.setPublicationDate', [document.uri.toString()])}`);
    }
    section(md, 'Sentence');
    md.appendText(scan.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' '));
    section(md, 'Source');
    md.appendText(sourceLine(claim));
    const mentions = otherMentions(scan, claim);
    if (mentions.length > 0) {
      section(md, 'Other mentions');
      md.appendText(mentions.map((m) => `line ${document.positionAt(m.start).line + 1}: ${m.text}`).join('; '));
    }
    appendStatus(md, scan, claim, document.uri);
    return new vscode.Hover(md, new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end)));
  }
}

function section(md: vscode.MarkdownString, title: string): void {
  md.appendMarkdown(`\n\n*${title}:* `);
}

function sourceLine(claim: Claim): string {
  if (claim.kind === 'attribution') {
    const who = claim.speaker ?? claim.source?.text ?? 'no one named';
    return `${who}${claim.role ? `, ${claim.role}` : ''}${claim.vague ? ' (a vague source: no name)' : ''}, found through ${VIA[claim.via]}`;
  }
  if (claim.kind === 'quote') return claim.speaker ? `${claim.speaker}, found through a quotation` : 'no speaker found for this quotation';
  const a = claim.attribution;
  if (!a) return "the article's own voice, no source named";
  return `${a.source}${a.role ? `, ${a.role}` : ''}, found through ${VIA[a.via]}`;
}

function appendStatus(md: vscode.MarkdownString, scan: DocumentScan, claim: Claim, uri: vscode.Uri): void {
  const state = scan.states.get(claim.id);
  section(md, 'Status');
  md.appendText(STATUS_LABEL[state?.status ?? 'unchecked']);
  if (state?.checkedAt) md.appendText(` (${state.checkedAt.slice(0, 10)})`);
  for (const s of state?.sources ?? []) {
    md.appendMarkdown('\n- ');
    md.appendText([s.title, s.url ?? s.file ?? s.citation, s.accessed ? `accessed ${s.accessed}` : '', s.note].filter(Boolean).join(' · '));
  }
  if (state?.note) {
    md.appendMarkdown('\n\n*Note:* ');
    md.appendText(state.note);
  }
  const args = [uri.toString(), claim.id];
  md.appendMarkdown(
    `\n\n${commandLink('Mark verified', 'verity.markClaimVerified', args)} · ${commandLink('Mark disputed', 'verity.markClaimDisputed', args)} · ` +
      `${commandLink('Add source', 'verity.addSource', args)} · ${commandLink('Ignore', 'verity.ignoreClaim', args)}`,
  );
}

import { describeInWords, type Claim } from '../engine';
import type { ScannedText } from './claimState';
import { STATUS_LABEL } from './labels';
import { otherMentions } from './mentions';

/** The commands a card may offer: Verity's own, with JSON arguments. */
export type CardCommand = 'verity.markClaimVerified' | 'verity.markClaimDisputed' | 'verity.addSource' | 'verity.ignoreClaim' | 'verity.setPublicationDate';

/**
 * One piece of a hover card. `markdown` is Verity's own fixed markup; `text` is anything read from the
 * article or the ledger, which is untrusted: a renderer must show it as text, never as Markdown (no
 * link, no image, no HTML may come out of it). `command` is a `links` are links to Verity's commands, shown one after the other, for
 * editors that run commands from a hover (VS Code); others leave them out (the code actions do the same).
 */
export type CardPart = { markdown: string } | { text: string } | { links: CardLink[] };

/** A link that runs one of Verity's commands with JSON arguments. */
export interface CardLink {
  label: string;
  command: CardCommand;
  args: unknown[];
}

const KIND_TITLE: Record<Claim['kind'], string> = { number: 'Figure', date: 'Date', attribution: 'Attribution', quote: 'Quotation' };

const VIA: Record<string, string> = {
  'speaker-label': 'a speaker label above the speech',
  'reported-speech': 'reported speech',
  quotation: 'a quotation',
  'according-to': '"according to"',
};

/** What a card needs from the editor: the document's URI (for command arguments) and its lines. */
export interface CardContext {
  uri: string;
  /** The 0-based line of an offset. */
  lineOf(offset: number): number;
}

/**
 * The hover card of a claim, built from the cached scan (never a re-scan): value in words, sentence,
 * source, other mentions, status and sources, and links to Verity's own commands only.
 */
export function hoverCard(scan: ScannedText, claim: Claim, context: CardContext): CardPart[] {
  const parts: CardPart[] = [{ markdown: `**Verity · ${KIND_TITLE[claim.kind]}**: ` }, { text: describeInWords(claim, scan.result.referenceDate, scan.result.partialReferenceDate) }];
  if (claim.kind === 'date' && claim.relative && !claim.resolved) {
    parts.push({ markdown: ' ' }, { links: [{ label: 'Set the publication date', command: 'verity.setPublicationDate', args: [context.uri] }] });
  }
  parts.push(section('Sentence'), { text: scan.text.slice(claim.sentence.start, claim.sentence.end).replace(/\s+/g, ' ') });
  parts.push(section('Source'), { text: sourceLine(claim) });
  const mentions = otherMentions(scan, claim);
  if (mentions.length > 0) {
    parts.push(section('Other mentions'), { text: mentions.map((m) => `line ${context.lineOf(m.start) + 1}: ${m.text}`).join('; ') });
  }
  parts.push(...statusParts(scan, claim, context.uri));
  return parts;
}

function section(title: string): CardPart {
  return { markdown: `\n\n*${title}:* ` };
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

function statusParts(scan: ScannedText, claim: Claim, uri: string): CardPart[] {
  const state = scan.states.get(claim.id);
  const parts: CardPart[] = [section('Status'), { text: STATUS_LABEL[state?.status ?? 'unchecked'] }];
  if (state?.checkedAt) parts.push({ text: ` (${state.checkedAt.slice(0, 10)})` });
  for (const s of state?.sources ?? []) {
    parts.push({ markdown: '\n- ' }, { text: [s.title, s.url ?? s.file ?? s.citation, s.accessed ? `accessed ${s.accessed}` : '', s.note].filter(Boolean).join(' · ') });
  }
  if (state?.note) parts.push({ markdown: '\n\n*Note:* ' }, { text: state.note });
  const args = [uri, claim.id];
  const link = (label: string, command: CardCommand): CardLink => ({ label, command, args });
  parts.push(
    { markdown: '\n\n' },
    { links: [link('Mark verified', 'verity.markClaimVerified'), link('Mark disputed', 'verity.markClaimDisputed'), link('Add source', 'verity.addSource'), link('Ignore', 'verity.ignoreClaim')] },
  );
  return parts;
}

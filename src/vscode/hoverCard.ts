import { describeInWords, type Claim } from '../engine';
import type { ClaimStatus, LedgerSource } from '../ledger/types';
import { commandLink } from './commandLinks';
import { STATUS_LABEL } from './labels';

/** What a hover card shows of a claim: plain data, so a language server can build the same card. */
export interface HoverCardInput {
  claim: Claim;
  referenceDate: string | null;
  /** The claim's sentence as the article writes it. */
  sentence: string;
  /** The other mentions of the same value, with their 1-based lines. */
  mentions: { line: number; text: string }[];
  /** The ledger's state of the claim; unchecked when absent. */
  state?: { status: ClaimStatus; sources: LedgerSource[]; note: string; checkedAt: string | null };
  /** The document's URI, for the command links. */
  uri: string;
}

const KIND_TITLE: Record<Claim['kind'], string> = { number: 'Figure', date: 'Date', attribution: 'Attribution', quote: 'Quotation' };

const VIA: Record<string, string> = {
  'speaker-label': 'a speaker label above the speech',
  'reported-speech': 'reported speech',
  quotation: 'a quotation',
  'according-to': '"according to"',
};

/**
 * What Markdown (CommonMark, GFM and VS Code's theme icons) may read as markup in a line of text: links
 * and autolinks (`[`, `]`, `(`, `)`, `<`, `>`, and `:`, `.`, `@` that make `https://…`, `www.…` and
 * `a@b.c` links), entities (`&`), HTML, emphasis, code, strike-through, headings, lists, tables, images and
 * icons. Any ASCII punctuation may be backslash-escaped, and then reads as itself.
 */
const MARKUP = /[\\`*_{}[\]()<>#+\-.!|&:@~$=]/g;

/**
 * Article or ledger text as Markdown that reads as that text and nothing else: line breaks become spaces
 * and every character that could be markup is escaped, so no `<command:…>` or `<https://…>` autolink,
 * bare `https://…` or `www.` link, `[x](…)` link, `&lt;` entity, HTML, emphasis, code span or `$(icon)`
 * can come of it.
 */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKUP, (c) => `\\${c}`);
}

/**
 * The hover card of a claim as Markdown: value in words, sentence, source, other mentions, status and
 * sources, then links to Verity's own commands, which are the only links in it. Pure.
 */
export function hoverCardMarkdown(input: HoverCardInput): string {
  const { claim, uri } = input;
  let md = `**Verity · ${KIND_TITLE[claim.kind]}**: ${markdownText(describeInWords(claim, input.referenceDate))}`;
  if (claim.kind === 'date' && claim.relative && !claim.resolved) md += ` ${commandLink('Set the publication date', 'verity.setPublicationDate', [uri])}`;
  md += section('Sentence', input.sentence);
  md += section('Source', sourceLine(claim));
  if (input.mentions.length > 0) md += section('Other mentions', input.mentions.map((m) => `line ${m.line}: ${m.text}`).join('; '));
  const state = input.state;
  md += section('Status', `${STATUS_LABEL[state?.status ?? 'unchecked']}${state?.checkedAt ? ` (${state.checkedAt.slice(0, 10)})` : ''}`);
  for (const s of state?.sources ?? []) md += `\n- ${markdownText([s.title, s.url ?? s.citation, s.accessed ? `accessed ${s.accessed}` : '', s.note].filter(Boolean).join(' · '))}`;
  if (state?.note) md += `\n\n*Note:* ${markdownText(state.note)}`;
  const args = [uri, claim.id];
  md +=
    `\n\n${commandLink('Mark verified', 'verity.markClaimVerified', args)} · ${commandLink('Mark disputed', 'verity.markClaimDisputed', args)} · ` +
    `${commandLink('Add source', 'verity.addSource', args)} · ${commandLink('Ignore', 'verity.ignoreClaim', args)}`;
  return md;
}

function section(title: string, text: string): string {
  return `\n\n*${title}:* ${markdownText(text)}`;
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

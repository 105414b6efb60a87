import type { Claim, Finding } from '../types';
import { claimWords, hitsIn, hitsInPassage, SentenceWords, toEvidence, type Hit } from './match';
import { contentWords } from './words';
import type { Evidence, PreparedPassage, PreparedSource } from './types';

/** How many passages of each kind are listed per source. */
const PER_SOURCE = 3;

/** The finding a source that gives another value makes on the claim. */
export const EVIDENCE_RULES = {
  sourceDiffers: { id: 'VER911', name: 'source-differs', severity: 'warning', description: 'A source attached to the claim gives another value' },
} as const;

function best(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, PER_SOURCE);
}

/**
 * The claim checked against each of its sources: the passages that support it, then those that give
 * another value of the same thing, best first; a `not-found` entry for a source that says nothing of it.
 * `cache` may be shared by the claims of an article.
 */
export function checkEvidence(claim: Claim, articleText: string, sources: readonly PreparedSource[], cache = new SentenceWords()): Evidence[] {
  const words = claimWords(claim, articleText);
  const out: Evidence[] = [];
  for (const source of sources) {
    const hits = hitsIn(claim, words, source, cache);
    const supports = best(hits.filter((h) => h.match === 'supports'));
    // Of the other values, only those that follow the claim's sentence most closely: a report's other
    // dates and figures in sentences sharing fewer of its words are not what the claim is about.
    const others = best(hits.filter((h) => h.match === 'differs'));
    const differs = others.filter((h) => h.score === others[0].score);
    for (const h of [...supports, ...differs]) out.push(toEvidence(source.source, h));
    if (supports.length + differs.length === 0) out.push({ source: source.source, locator: null, passage: null, start: null, end: null, match: 'not-found', value: null });
  }
  return out;
}

/** Shared words a proposal needs: a folder of documents meets a bare figure by chance more often than a source does. */
const PROPOSAL_BAR = 2;

/**
 * Passages of the reference folder for a claim with no source, that support it or give another value,
 * ranked by how closely they follow the claim's sentence (a supporting one first at equal closeness).
 */
export function proposeEvidence(claim: Claim, articleText: string, folder: readonly PreparedSource[], limit = 3, cache = new SentenceWords()): Evidence[] {
  const words = claimWords(claim, articleText);
  const ranked: { source: string; hit: Hit; rank: number }[] = [];
  for (const { source, passage } of candidates(claim, words, folder)) {
    for (const hit of hitsInPassage(claim, words, passage, cache, PROPOSAL_BAR)) ranked.push({ source, hit, rank: hit.score + (hit.match === 'supports' ? 0.5 : 0) });
  }
  ranked.sort((a, b) => b.rank - a.rank || a.source.localeCompare(b.source) || a.hit.start - b.hit.start);
  return ranked.slice(0, limit).map((r) => toEvidence(r.source, r.hit, true));
}

/** How many passages of a folder are compared figure by figure for one claim. */
const CANDIDATES = 200;

/** A folder's passages by the words in them, built once per folder: where each claim's words stand. */
class FolderWords {
  readonly passages: { source: string; passage: PreparedPassage }[] = [];
  private readonly postings = new Map<string, Int32Array>();
  private readonly counts: Int32Array;

  constructor(folder: readonly PreparedSource[]) {
    const lists = new Map<string, number[]>();
    for (const s of folder) {
      for (const passage of s.passages) {
        const id = this.passages.push({ source: s.source, passage }) - 1;
        for (const w of passage.words ?? contentWords(passage.text)) {
          const list = lists.get(w);
          if (list) list.push(id);
          else lists.set(w, [id]);
        }
      }
    }
    for (const [w, list] of lists) this.postings.set(w, Int32Array.from(list));
    this.counts = new Int32Array(this.passages.length);
  }

  /** The passages holding at least `needed` of the words, most first, at most `limit`. */
  holding(words: Iterable<string>, needed: number, limit: number): { source: string; passage: PreparedPassage }[] {
    const counts = this.counts;
    const touched: number[] = [];
    for (const w of words) {
      const list = this.postings.get(w);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) if (counts[list[k]]++ === 0) touched.push(list[k]);
    }
    const found = touched.filter((id) => counts[id] >= needed).sort((a, b) => counts[b] - counts[a] || a - b);
    const out = found.slice(0, limit).map((id) => this.passages[id]);
    for (const id of touched) counts[id] = 0;
    return out;
  }
}

const FOLDERS = new WeakMap<readonly PreparedSource[], FolderWords>();

/**
 * The passages of a folder worth comparing with the claim: those sharing most of the claim's words (a
 * quotation's own words for a quotation), at most {@link CANDIDATES}. The folder's word index bounds the
 * slow part (each sentence's words) however large the folder is.
 */
function candidates(claim: Claim, words: ReadonlySet<string>, folder: readonly PreparedSource[]): { source: string; passage: PreparedPassage }[] {
  let index = FOLDERS.get(folder);
  if (!index) FOLDERS.set(folder, (index = new FolderWords(folder)));
  const wanted = claim.kind === 'quote' ? contentWords(claim.content.text) : words;
  const needed = claim.kind === 'quote' ? Math.min(3, wanted.size) : PROPOSAL_BAR;
  return needed === 0 ? [] : index.holding(wanted, needed, CANDIDATES);
}

/** A `source-differs` warning for a source that gives another value and nowhere the claim's. */
export function differsFindings(claim: Claim, evidence: readonly Evidence[]): Finding[] {
  const out: Finding[] = [];
  const bySource = new Map<string, Evidence[]>();
  for (const e of evidence) if (!e.proposed) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  for (const [source, list] of bySource) {
    if (list.some((e) => e.match === 'supports')) continue;
    const differs = list.find((e) => e.match === 'differs');
    if (!differs) continue;
    out.push({
      rule: EVIDENCE_RULES.sourceDiffers.name,
      severity: EVIDENCE_RULES.sourceDiffers.severity,
      message: `"${claim.text}": the source gives ${differs.value} (${source}${where(differs)}).`,
      start: claim.start,
      end: claim.end,
      claimId: claim.id,
    });
  }
  return out;
}

/** ", page 3, line 12" / ", row 5" / ", paragraph 4" / "". */
export function where(e: Pick<Evidence, 'locator'>): string {
  const l = e.locator;
  if (!l) return '';
  const parts = [
    l.page !== undefined ? `page ${l.page}` : '',
    l.row !== undefined ? `row ${l.row}` : '',
    l.paragraph !== undefined ? `paragraph ${l.paragraph}` : '',
    l.line !== undefined ? `line ${l.line}` : '',
  ].filter(Boolean);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

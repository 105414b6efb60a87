import { spokenRange } from '../extractors/attribution/spoken';
import { CONTEXT_REACH, idBase } from '../claimId';
import type { Draft } from '../extractors/extractor';
import { sentenceAt, type TextModel } from '../text/textModel';
import type { AttributionClaim, Claim, ClaimAttribution, Span } from '../types';

/** The edited paragraph's claims after the edit, and the claims a paragraph rule sees there. */
export interface ParagraphClaims {
  /** The claims starting in the paragraph, sorted as a full scan sorts them; new objects. */
  own: Claim[];
  /** `own` and copies of the claims from other paragraphs whose spans reach into it, sorted. */
  view: Claim[];
  /** The last scan's claim each moved copy in `own` was made from; new claims have none. */
  origin: Map<Claim, Claim>;
}

/** The order of the kinds among claims with one range: the extractors' order. */
const KIND_ORDER: Record<Claim['kind'], number> = { date: 0, number: 1, attribution: 2, quote: 3 };

/** Where a claim and its spans stand: a speech's content may stand before its source and cue. */
export function extentOf(c: Claim): { start: number; end: number } {
  let { start, end } = c;
  const spans = c.kind === 'attribution' ? [c.source, c.cue, c.content, c.continued] : c.kind === 'quote' ? [c.content] : [];
  for (const s of spans) {
    if (!s) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

/**
 * The paragraph's claims after the edit, built without touching the last scan's (`own0`, those that
 * start in it, and `reaching0`, those from elsewhere whose spans reach into it): its attributions and
 * quotations moved, its figures and dates either the old ones moved (`drafts` null: the paragraph reads
 * the same) or made from `drafts`, with their sentences, and each credited to the speech that holds it.
 */
export function paragraphClaims(
  own0: readonly Claim[],
  reaching0: readonly Claim[],
  drafts: readonly Draft[] | null,
  model: TextModel,
  move: (x: number) => number,
): ParagraphClaims {
  const reaching = reaching0.map((c) => movedCopy(c, move, model, false));
  const own: Claim[] = [];
  const origin = new Map<Claim, Claim>();
  for (const c of own0) {
    if (drafts && (c.kind === 'number' || c.kind === 'date')) continue;
    const copy = movedCopy(c, move, model, true);
    origin.set(copy, c);
    own.push(copy);
  }
  if (drafts) {
    const speech = [...reaching, ...own]
      .filter((c): c is AttributionClaim => c.kind === 'attribution' && c.content !== null)
      .sort((a, b) => a.start - b.start);
    for (const d of drafts) {
      const s = sentenceAt(model, d.start) ?? { start: d.start, end: d.end };
      own.push({ ...d, id: '', attribution: innermostSpeech(speech, d), sentence: { start: s.start, end: s.end } } as Claim);
    }
  }
  own.sort((a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const view = [...reaching, ...own].sort((a, b) => a.start - b.start || a.end - b.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return { own, view, origin };
}

/** A copy of a claim moved by the edit; in the edited paragraph its sentence comes from the new model. */
function movedCopy(c: Claim, move: (x: number) => number, model: TextModel, edited: boolean): Claim {
  const copy = { ...c, start: move(c.start), end: move(c.end) } as Claim;
  // A quotation that holds the edit reads its words again.
  if (copy.end - copy.start !== c.end - c.start) copy.text = model.text.slice(copy.start, copy.end);
  const s = edited ? sentenceAt(model, copy.start) ?? { start: copy.start, end: copy.end } : null;
  copy.sentence = s ? { start: s.start, end: s.end } : { start: move(c.sentence.start), end: move(c.sentence.end) };
  moveSpans(copy, move, model);
  return copy;
}

/**
 * Gives an attribution or a quotation its spans moved by the edit: new span objects, as other claims and
 * the quotations of the text before may share the old ones.
 */
function moveSpans(c: Claim, move: (x: number) => number, model: TextModel): void {
  if (c.kind === 'attribution') {
    c.source = c.source && moveSpan(c.source, move, model);
    c.cue = c.cue && moveSpan(c.cue, move, model);
    c.content = c.content && moveSpan(c.content, move, model);
    if (c.continued) c.continued = moveSpan(c.continued, move, model);
  } else if (c.kind === 'quote') c.content = moveSpan(c.content, move, model);
}

/** A span moved by the edit, its words read again when the edit fell inside it (a speech's content). */
function moveSpan(s: Span, move: (x: number) => number, model: TextModel): Span {
  const start = move(s.start);
  const end = move(s.end);
  return { start, end, text: end - start === s.end - s.start ? s.text : model.text.slice(start, end) };
}

/** The attribution of the innermost speech whose content holds the draft, as `linkAttributions` gives it. */
function innermostSpeech(speech: readonly AttributionClaim[], d: Draft): ClaimAttribution | null {
  let best: AttributionClaim | null = null;
  let bestRange: { start: number; end: number } | null = null;
  for (const a of speech) {
    const c = spokenRange(a)!;
    if (c.start > d.start || d.end > c.end) continue;
    // As linkAttributions: the speech that starts last, the shorter one at one start, and of two
    // equal ones the attribution that comes later.
    if (!bestRange || c.start > bestRange.start || (c.start === bestRange.start && c.end <= bestRange.end)) (best = a), (bestRange = c);
  }
  return best && { source: best.speaker ?? best.source?.text ?? 'unnamed source', role: best.role, via: best.via, attributionId: best.id };
}

/**
 * Moves the claims from index `from` on by `delta`, in place: everything after the edited paragraph.
 * One tight loop; sentence ranges and spans are replaced, not changed, as other claims and the
 * quotations of the text before may share them.
 */
export function shiftClaims(claims: Claim[], from: number, delta: number, move: (x: number) => number, model: TextModel): void {
  if (delta === 0) return;
  // Claims of one sentence share its range, and stand together: each range is replaced once.
  let was: Claim['sentence'] | null = null;
  let now: Claim['sentence'] = { start: 0, end: 0 };
  for (let i = from; i < claims.length; i++) {
    const c = claims[i];
    c.start += delta;
    c.end += delta;
    if (c.sentence !== was) {
      was = c.sentence;
      now = { start: was.start + delta, end: was.end + delta };
    }
    c.sentence = now;
    // A speech's content may stand before it, in the edited paragraph: spans move as the edit says.
    moveSpans(c, move, model);
  }
}

/**
 * Moves, in place, a claim of an earlier paragraph that reaches into the edited one: its end (and the
 * spans that reach) move with the edit.
 */
export function moveReaching(c: Claim, move: (x: number) => number, model: TextModel): void {
  c.end = move(c.end);
  // A quotation over paragraphs may hold the edited word: its text is read again, as for the paragraph's own.
  if (c.kind === 'quote') c.text = model.text.slice(c.start, c.end);
  c.sentence = { start: c.sentence.start, end: move(c.sentence.end) };
  moveSpans(c, move, model);
}

/**
 * The ids after the edit. The claims whose context words reach the edit, and the paragraph's new
 * claims, get their base again; the claims that share a base that changed (old or new) are numbered
 * again (two claims with one base are told apart by their order). Returns the bases and each changed
 * id, old to new.
 */
export function renumber(
  claims: Claim[],
  bases: string[],
  touched: Set<string>,
  edited: { start: number; end: number },
  longest: number,
  text: string,
): Map<string, string> {
  for (let i = firstStartingAt(claims, edited.start - CONTEXT_REACH - longest); i < claims.length && claims[i].start <= edited.end + CONTEXT_REACH; i++) {
    const c = claims[i];
    if (c.end + CONTEXT_REACH < edited.start) continue;
    const base = idBase(text, c);
    if (base === bases[i]) continue;
    touched.add(bases[i]).add(base);
    bases[i] = base;
  }
  const changed = new Map<string, string>();
  if (touched.size === 0) return changed;
  const seen = new Map<string, number>();
  for (let k = 0; k < claims.length; k++) {
    const base = bases[k];
    if (!touched.has(base)) continue;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    if (id === claims[k].id) continue;
    if (claims[k].id) changed.set(claims[k].id, id);
    claims[k].id = id;
  }
  // Only an attribution's id is linked to (figures and dates point to the speech that holds them).
  if ([...changed.keys()].some((id) => id.startsWith('a-'))) {
    for (const c of claims) {
      const id = c.attribution?.attributionId;
      if (id && changed.has(id)) c.attribution = { ...c.attribution!, attributionId: changed.get(id) };
    }
  }
  return changed;
}

/** The index of the first item starting at or after `offset` (claims, paragraphs: sorted by start). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

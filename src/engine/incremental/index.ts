import { idBase, CONTEXT_REACH } from '../claimId';
import { extractParagraph, type StageError } from '../extractParagraph';
import type { ExtractContext } from '../extractors/extractor';
import type { ReferenceDate } from '../resolvers/referenceDate';
import type { LastScan, ParagraphCache } from '../scanCache';
import { isNumber } from '../rules/support/claims';
import { type TextModel } from '../text/textModel';
import type { Claim, Finding } from '../types';
import { sameMoved } from './sameMoved';
import { moveClaims, moveFindings, paragraphFindings } from './moveResult';
import { figureKeysOf, mentionsOf, nameWindow, namesOf, quotationsAfter, speechOf } from './readings';
import { movePosition, wordEditIn, type WordEdit } from './wordEdit';
import type { TextEdit } from '../text/textEdit';

/** How far around a figure figure-conflict reads its subject (40 characters), plus one. */
const FIGURE_REACH = 41;

/** A claim's fields that the scan adds to an extractor's draft. */
const ADDED_BY_SCAN = new Set(['id', 'sentence', 'attribution']);

export interface WordEditScan {
  claims: Claim[];
  findings: Finding[];
}

/**
 * The scan after a keystroke inside one lower-case word, made from the cache's last scan: the edited
 * paragraph is read again, and when everything the document-wide stages read of it (its figures and
 * dates, its reported speech, its names and titles, its sentences, the subjects of its figures) is the
 * same, only moved, the rest of the last result stands, moved by the edit. The paragraph's own findings
 * are checked again. Returns null whenever any of that differs: the caller then scans in full.
 */
export function rescanWordEdit(cache: ParagraphCache, model: TextModel, edit: TextEdit, reference: ReferenceDate, ctx: ExtractContext): WordEditScan | null {
  const last = cache.last;
  if (!last || last.model.format !== 'plaintext' || model.ignores.ranges.length > 0 || last.model.ignores.ranges.length > 0) return null;
  if (!sameSet(last.model.ignores.rules, model.ignores.rules)) return null;
  if (reference.date !== last.reference.date || reference.source !== last.reference.source) return null;
  const capitals = !withinLabelSpeech(last, edit.start);
  const word = wordEditIn(last.model, model, edit, { capitals, spelling: (w) => last.spelling.turnsOn(w) });
  if (!word) return null;
  const before = last.model.paragraphs[word.paragraph];
  const after = model.paragraphs[word.paragraph];
  const move = movePosition(word.before, word.delta);

  const { first, end } = claimsIn(last.claims, before);
  const overlapping = last.claims.slice(first, end);
  for (const c of last.crossing) if (c.start < before.start && c.end > before.start) overlapping.unshift(c);
  if (overlapping.some((c) => touches(c, word))) return null;

  // The paragraph's figures and dates, read again, must be the old ones moved.
  const errors: StageError[] = [];
  const fresh = extractParagraph(after, ctx, errors);
  if (fresh.failed) return null;
  const drafts = fresh.drafts.flat().sort((a, b) => a.start - b.start || a.end - b.end);
  const old = overlapping.filter((c) => (c.kind === 'number' || c.kind === 'date') && c.start >= before.start);
  if (drafts.length !== old.length || !old.every((c, i) => sameMoved(c, drafts[i], move, 0, ADDED_BY_SCAN))) return null;

  // What the document-wide stages read of the paragraph must be the same, moved.
  const sentence = after.sentences.findIndex((s) => s.start <= word.before.start && word.before.end + word.delta <= s.end);
  if (sentence < 0) return null;
  const quotations = quotationsAfter(last.model, model, word);
  if (!quotations) return null;
  const speechBefore = speechOf(last.model, word.paragraph, sentence, quotations.before);
  if (!sameMoved(speechBefore, speechOf(model, word.paragraph, sentence, quotations.after), move)) return null;
  const oldWindow = nameWindow(before, sentence);
  const newWindow = nameWindow(after, sentence);
  if (!sameMoved(namesOf(last.model, oldWindow), namesOf(model, newWindow), move, oldWindow.start)) return null;
  if (!sameMoved(mentionsOf(last.model, oldWindow), mentionsOf(model, newWindow), move, oldWindow.start)) return null;
  const near = { start: word.before.start - FIGURE_REACH, end: word.before.end + FIGURE_REACH };
  const figures = overlapping.filter((c) => c.sentence.start < near.end && near.start < c.sentence.end);
  if (!sameFigureKeys(last.model.prose, model.prose, figures, move)) return null;

  // Everything agrees: move the claims in place, give new ids where the context words changed, and
  // check the paragraph again. From here the last scan's claims are moved: a failure drops it.
  moveClaims(last.claims, first, end, last.crossing, before.start, move, word.delta, model);
  const ids = renumber(last, model.text, word);
  const local = paragraphFindings(model, after, overlapping, ctx, errors);
  const findings = local && errors.length === 0 ? moveFindings(last.findings, before, move, local, ids) : null;
  if (!findings) {
    cache.last = null;
    return null;
  }
  const claims = last.claims.slice();
  cache.last = { ...last, text: model.text, model, claims, bases: ids.bases, findings };
  return { claims, findings };
}

/** The claims whose start lies in the paragraph: `[first, end)` of the sorted claims. */
function claimsIn(claims: readonly Claim[], p: { start: number; end: number }): { first: number; end: number } {
  return { first: firstStartingAt(claims, p.start), end: firstStartingAt(claims, p.end) };
}

/**
 * Whether the edited token touches what a claim is made of: its own range, or an attribution's source,
 * cue and role. Only a content (the words someone said) may hold the edit.
 */
function touches(c: Claim, word: WordEdit): boolean {
  const t = word.before;
  const near = (r: { start: number; end: number } | null | undefined) => !!r && r.start <= t.end && t.start <= r.end;
  if (near(c)) return true;
  if (c.kind === 'attribution' && (near(c.source) || near(c.cue))) return true;
  // A content may hold the word, but not end inside it ("rose." read as "rose").
  const content = c.kind === 'attribution' || c.kind === 'quote' ? c.content : null;
  const within = (x: number) => x > t.start && x < t.end;
  return !!content && (within(content.start) || within(content.end));
}

/**
 * The ids after the edit: the claims whose context words reach the edit get their base again; when one
 * changed, the claims that share its old or new base are numbered again (two claims with one base are
 * told apart by their order), and attributions and findings follow the new ids.
 */
function renumber(last: LastScan, text: string, word: WordEdit): { bases: string[]; changed: Map<string, string> } {
  const changed = new Map<string, string>();
  const from = word.before.start;
  const to = word.before.end + word.delta;
  const claims = last.claims;
  let bases = last.bases;
  const touched = new Set<string>();
  for (let i = firstStartingAt(claims, from - CONTEXT_REACH - last.longest); i < claims.length && claims[i].start <= to + CONTEXT_REACH; i++) {
    const c = claims[i];
    if (c.end + CONTEXT_REACH < from) continue;
    const base = idBase(text, c);
    if (base === bases[i]) continue;
    if (bases === last.bases) bases = bases.slice();
    touched.add(bases[i]).add(base);
    bases[i] = base;
  }
  if (touched.size === 0) return { bases, changed };
  const seen = new Map<string, number>();
  for (let k = 0; k < claims.length; k++) {
    const base = bases[k];
    if (!touched.has(base)) continue;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    if (id === claims[k].id) continue;
    changed.set(claims[k].id, id);
    claims[k].id = id;
  }
  if (changed.size > 0) {
    for (const c of claims) {
      const id = c.attribution?.attributionId;
      if (id && changed.has(id)) c.attribution = { ...c.attribution!, attributionId: changed.get(id) };
    }
  }
  return { bases, changed };
}

/** The index of the first claim starting at or after `offset` (claims are sorted by start). */
function firstStartingAt(claims: readonly Claim[], offset: number): number {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `offset` lies in a speaker label's speech or in the paragraph after it: a capitalized word
 * there (the speaker's name) decides where the speech ends.
 */
function withinLabelSpeech(last: LastScan, offset: number): boolean {
  const paragraphs = last.model.paragraphs;
  for (const c of last.claims) {
    if (c.kind !== 'attribution' || c.via !== 'speaker-label' || !c.content) continue;
    const after = paragraphs[firstParagraphFrom(paragraphs, c.content.end)];
    if (offset >= c.content.start && offset <= (after ? after.end : Infinity)) return true;
  }
  return false;
}

/** The index of the first paragraph starting at or after `offset`. */
function firstParagraphFrom(paragraphs: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * Whether figure-conflict gives the paragraph's figures the same subjects after the edit: read on
 * copies of the claims moved where the edit puts them.
 */
function sameFigureKeys(proseBefore: string, proseAfter: string, claims: readonly Claim[], move: (x: number) => number): boolean {
  const numbers = claims.filter(isNumber);
  if (numbers.length === 0) return true;
  const copyOf = new Map<Claim, Claim>();
  const copies = numbers.map((c) => {
    const copy = { ...c, start: move(c.start), end: move(c.end), sentence: { start: move(c.sentence.start), end: move(c.sentence.end) } };
    copyOf.set(c, copy);
    return copy;
  });
  const a = figureKeysOf(proseBefore, numbers);
  const b = figureKeysOf(proseAfter, copies);
  return a.length === b.length && a.every((k, i) => copyOf.get(k.claim) === b[i].claim && k.subject === b[i].subject && k.within === b[i].within);
}

import { idBase } from '../claimId';
import { extractParagraph, type StageError } from '../extractParagraph';
import type { Draft, ExtractContext } from '../extractors/extractor';
import { dependsOnFocus } from '../resolvers/dateFocus';
import type { ReferenceDate } from '../resolvers/referenceDate';
import { isPronounSource, PRONOUN_WINDOW } from '../resolvers/speakers';
import type { LastScan, ParagraphCache } from '../scanCache';
import { overlaps } from '../text/ranges';
import type { TextEdit } from '../text/textEdit';
import type { TextModel } from '../text/textModel';
import type { Claim, Finding } from '../types';
import { moveFindings, paragraphFindings } from './moveResult';
import { extentOf, firstStartingAt, moveReaching, paragraphClaims, renumber, shiftClaims } from './paragraphClaims';
import { figureKeysOf, mentionsOf, nameWindow, namesOf, quotationsAfter, speechOf } from './readings';
import { sameMoved } from './sameMoved';
import { movePosition, wordEditIn, type WordEdit } from './wordEdit';

export { extentOf } from './paragraphClaims';

/** How far around a figure figure-conflict reads its subject (40 characters), plus one. */
const FIGURE_REACH = 41;

/** A claim's fields that the scan adds to an extractor's draft. */
const ADDED_BY_SCAN = new Set(['id', 'sentence', 'attribution']);

export interface WordEditScan {
  claims: Claim[];
  findings: Finding[];
}

/**
 * The scan after a keystroke inside one word (see `wordEditIn`), made from the cache's last scan: the edited
 * paragraph is read again, and when everything the document-wide stages read of it (its figures and
 * dates, its reported speech, its names and titles, its sentences, the subjects of its figures) is the
 * same, only moved, the rest of the last result stands, moved by the edit. The paragraph's own findings
 * are checked again. Returns null whenever any of that differs: the caller then scans in full.
 */
export function rescanWordEdit(cache: ParagraphCache, model: TextModel, edit: TextEdit, reference: ReferenceDate, ctx: ExtractContext): WordEditScan | null {
  const last = cache.last;
  if (!last || last.model.format !== 'plaintext' || model.ignores.ranges.length > 0 || last.model.ignores.ranges.length > 0) return null;
  if (!sameSet(last.model.ignores.rules, model.ignores.rules)) return null;
  if (reference.date !== last.reference.date || reference.source !== last.reference.source || reference.time !== last.reference.time || reference.partial !== last.reference.partial) return null;
  const word = wordEditIn(last.model, model, edit, { labels: withinLabelSpeech(last, edit.start), spelling: (w) => last.spelling.turnsOn(w) });
  if (!word) return null;
  const before = last.model.paragraphs[word.paragraph];
  const after = model.paragraphs[word.paragraph];
  const move = movePosition(word.before, word.delta);

  const { first, end } = claimsIn(last.claims, before);
  const overlapping = last.claims.slice(first, end);
  // Claims of other paragraphs whose spans reach into this one: a quotation over paragraphs, or a
  // speech whose content stands a paragraph before its speaker.
  const reaching = last.crossing.filter((c) => (c.start < before.start || c.start >= before.end) && overlaps(extentOf(c), before));
  if (overlapping.some((c) => touches(c, word)) || reaching.some((c) => touches(c, word))) return null;
  if (nearPronounReach(last, word)) return null;

  // The paragraph's figures and dates, read again: the old ones moved, or new ones in their place.
  const errors: StageError[] = [];
  const fresh = extractParagraph(after, ctx, errors);
  if (fresh.failed) return null;
  const drafts = fresh.drafts.flat().sort((a, b) => a.start - b.start || a.end - b.end);
  // A date told from the period in focus reads the dates before its paragraph: a document-wide reading.
  if (drafts.some(dependsOnFocus)) return null;
  const old = overlapping.filter((c) => (c.kind === 'number' || c.kind === 'date') && c.start >= before.start);
  const same = drafts.length === old.length && old.every((c, i) => sameMoved(c, drafts[i], move, 0, ADDED_BY_SCAN));
  if (!same && !sameDates(old, drafts, move)) return null;

  // What the document-wide stages read of the paragraph must be the same, moved.
  const sentence = after.sentences.findIndex((s) => s.start <= word.before.start && word.before.end + word.delta <= s.end);
  if (sentence < 0) return null;
  const quotations = quotationsAfter(last.model, model, word);
  if (!quotations) return null;
  const speechBefore = speechOf(last.model, word.paragraph, sentence, quotations.before, word.before.end);
  const speechAfter = speechOf(model, word.paragraph, sentence, quotations.after, word.before.end + word.delta);
  if (!sameMoved(speechBefore, speechAfter, move)) return null;
  const oldWindow = nameWindow(before, sentence);
  const newWindow = nameWindow(after, sentence);
  if (!sameMoved(namesOf(last.model, oldWindow), namesOf(model, newWindow), move, oldWindow.start)) return null;
  if (!sameMoved(mentionsOf(last.model, oldWindow), mentionsOf(model, newWindow), move, oldWindow.start)) return null;
  const claimsAfter = paragraphClaims(overlapping, reaching, same ? null : drafts, model, move);
  const allBefore = [...reaching, ...overlapping].sort((a, b) => a.start - b.start);
  if (!sameFigures(last.model.prose, model.prose, allBefore, claimsAfter.view, word, move)) return null;

  // Everything agrees. From here the last scan's claims are moved in place: a failure drops the last scan.
  const own = claimsAfter.own;
  for (const c of reaching) if (c.start < before.start) moveReaching(c, move, model);
  const claims = last.claims.slice(0, first).concat(own, last.claims.slice(end));
  shiftClaims(claims, first + own.length, word.delta, move, model);
  const touched = new Set<string>();
  const indexOf = new Map<Claim, number>();
  for (let i = first; i < end; i++) indexOf.set(last.claims[i], i);
  const ownBases = own.map((c) => {
    const origin = claimsAfter.origin.get(c);
    if (origin) return last.bases[indexOf.get(origin)!];
    const base = idBase(model.text, c);
    touched.add(base);
    return base;
  });
  if (!same) for (const c of old) touched.add(last.bases[indexOf.get(c)!]);
  const bases = last.bases.slice(0, first).concat(ownBases, last.bases.slice(end));
  const edited = { start: word.before.start, end: word.before.end + word.delta };
  const changed = renumber(claims, bases, touched, edited, last.longest, model.text);
  const local = paragraphFindings(model, after, claimsAfter.view, ctx, errors);
  const findings = local && errors.length === 0 ? moveFindings(last.findings, before, move, local, { changed }) : null;
  if (!findings) {
    cache.last = null;
    return null;
  }
  const longest = own.reduce((m, c) => Math.max(m, c.end - c.start), last.longest);
  cache.last = { ...last, text: model.text, model, claims, bases, findings, longest };
  return { claims: claims.slice(), findings };
}

/**
 * Whether the paragraph's dates are the old ones moved: a date that changes may move the period in focus
 * that a date of a later paragraph is told from, so a changed date makes the scan a full one.
 */
function sameDates(old: readonly Claim[], drafts: readonly Draft[], move: (x: number) => number): boolean {
  const a = old.filter((c) => c.kind === 'date');
  const b = drafts.filter((d) => d.kind === 'date');
  return a.length === b.length && a.every((c, i) => sameMoved(c, b[i], move, 0, ADDED_BY_SCAN));
}

/** The claims whose start lies in the paragraph: `[first, end)` of the sorted claims. */
function claimsIn(claims: readonly Claim[], p: { start: number; end: number }): { first: number; end: number } {
  return { first: firstStartingAt(claims, p.start), end: firstStartingAt(claims, p.end) };
}

/**
 * Whether the edited token touches what an attribution or a quotation is made of: an attribution's own
 * range, source or cue, or a quotation's marks. A content (the words someone said, a quotation's words)
 * may hold the edit, but not begin or end inside it. Figures and dates may change: the paragraph's are
 * read again.
 */
function touches(c: Claim, word: WordEdit): boolean {
  if (c.kind !== 'attribution' && c.kind !== 'quote') return false;
  const t = word.before;
  const near = (r: { start: number; end: number } | null | undefined) => !!r && r.start <= t.end && t.start <= r.end;
  // A quotation's words may change where its marks stay: its text is read again.
  if (c.kind === 'quote') return near(c) && !(c.content.start <= t.start && t.end <= c.content.end);
  if (near(c)) return true;
  if (c.kind === 'attribution' && (near(c.source) || near(c.cue))) return true;
  const within = (x: number) => x > t.start && x < t.end;
  const continued = c.kind === 'attribution' ? c.continued : undefined;
  return (!!c.content && (within(c.content.start) || within(c.content.end))) || (!!continued && (within(continued.start) || within(continued.end)));
}

/**
 * Whether the edit moves a name across the edge of the reach within which "he said" finds who "he" is
 * (PRONOUN_WINDOW characters back): some pronoun source after the edit whose edge, moved by the edit,
 * passes a capital letter (a name's start). The one place where a distance in characters, not a word,
 * decides a result across paragraphs.
 */
function nearPronounReach(last: LastScan, word: WordEdit): boolean {
  const t = word.before;
  const slack = Math.abs(word.delta) + 1;
  const text = last.model.text;
  const claims = last.claims;
  for (let i = firstStartingAt(claims, t.end - 500); i < claims.length && claims[i].start <= t.end + PRONOUN_WINDOW + slack + 500; i++) {
    const c = claims[i];
    if (c.kind !== 'attribution' || !c.source || c.source.start <= t.end || c.source.start > t.end + PRONOUN_WINDOW + slack) continue;
    if (!isPronounSource(c.source.text)) continue;
    const edge = c.source.start - PRONOUN_WINDOW;
    if (edge + slack < 0) continue;
    if (/\p{Lu}/u.test(text.slice(Math.max(0, edge - slack), edge + slack + 1))) return true;
  }
  return false;
}

/**
 * Whether `offset` lies in a speaker label's speech or in the paragraph after it: a capitalized word
 * there (the speaker's name) decides where the speech ends.
 */
function withinLabelSpeech(last: LastScan, offset: number): boolean {
  const paragraphs = last.model.paragraphs;
  for (const c of last.labels) {
    if (c.kind !== 'attribution' || !c.content) continue;
    const after = paragraphs[firstStartingAt(paragraphs, c.content.end)];
    if (offset >= c.content.start && offset <= (after ? after.end : Infinity)) return true;
  }
  return false;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/**
 * Whether figure-conflict reads the figures near the edit as before: the same figures (as the old ones
 * moved) with the same subjects, sentence by sentence. Read on copies, before anything is moved.
 */
function sameFigures(proseBefore: string, proseAfter: string, before: readonly Claim[], after: readonly Claim[], word: WordEdit, move: (x: number) => number): boolean {
  const near = { start: word.before.start - FIGURE_REACH, end: word.before.end + FIGURE_REACH };
  const nearAfter = { start: near.start, end: near.end + word.delta };
  const a = figureKeysOf(proseBefore, before.filter((c) => c.sentence.start < near.end && near.start < c.sentence.end));
  const b = figureKeysOf(proseAfter, after.filter((c) => c.sentence.start < nearAfter.end && nearAfter.start < c.sentence.end));
  return a.length === b.length && a.every((k, i) => k.subject === b[i].subject && k.within === b[i].within && k.period === b[i].period && sameMoved(k.claim, b[i].claim, move, 0, ADDED_BY_SCAN));
}

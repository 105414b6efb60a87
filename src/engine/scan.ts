import { idBase, numberIds, CONTEXT_REACH } from './claimId';
import { extractParagraph, PARAGRAPH_EXTRACTORS, withoutDates } from './extractParagraph';
import { EXTRACTORS } from './extractors';
import type { Draft, ExtractContext } from './extractors/extractor';
import { extentOf, rescanWordEdit } from './incremental';
import { resolveFocus } from './resolvers/dateFocus';
import { linkAttributions } from './resolvers/linkAttributions';
import { resolveReferenceDate } from './resolvers/referenceDate';
import { activeRules } from './rules';
import { SpellingReads, spellingReads } from './rules/nameSpelling';
import { baseKey, ParagraphCache, type LastScan, type ParagraphDrafts } from './scanCache';
import { flat } from './text/flat';
import { diffTexts, type TextEdit } from './text/textEdit';
import { buildTextModel, paragraphAt, sentenceAt, type TextModel } from './text/textModel';
import { sortRanges } from './text/ranges';
import { updateTextModel } from './text/updateModel';
import { CLAIM_KINDS, type Claim, type Finding, type ScanOptions, type ScanResult } from './types';

export { ParagraphCache } from './scanCache';

export interface ScanOutput extends ScanResult {
  /** Extractors or rules that failed on this text; the rest of the result stands. */
  errors: { stage: string; message: string }[];
}


/** Finds the claims in an article and checks them. Pure: the same text and options give the same result. */
export function scan(text: string, options: ScanOptions = {}, cache?: ParagraphCache): ScanOutput {
  const steps = scanSteps(text, options, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The scan as a generator that pauses (yields) between small units of work: a paragraph, a document
 * extractor, a rule. `scan` runs it through; the editor runs it in time slices and drops it when a newer
 * edit makes it stale. With a cache, only the paragraphs that changed since the cache's last scan are
 * extracted again.
 */
export function* scanSteps(input: string, options: ScanOptions = {}, cache?: ParagraphCache): Generator<void, ScanOutput, void> {
  const text = flat(input);
  const format = options.format ?? 'plaintext';
  const optionsKey = JSON.stringify([format, options.referenceDate ?? null, options.dateOrder ?? 'mdy', options.kinds ?? null]);
  const kinds = new Set(options.kinds ?? CLAIM_KINDS);
  const output = (claims: Claim[], findings: Finding[], reference: ReturnType<typeof resolveReferenceDate>, errors: ScanOutput['errors']): ScanOutput => ({
    referenceDate: reference.date,
    referenceDateSource: reference.source,
    ...(reference.time ? { referenceTime: reference.time } : {}),
    ...(reference.partial ? { partialReferenceDate: reference.partial } : {}),
    claims: kinds.size === CLAIM_KINDS.length ? claims : claims.filter((c) => kinds.has(c.kind)),
    findings,
    errors,
  });

  // A keystroke inside a word moves the last result rather than scanning again.
  const last = cache?.last?.options === optionsKey ? cache.last : null;
  if (last && last.text === text) return output(last.claims.slice(), last.findings, last.reference, []);
  const wordEdit = last ? diffTexts(last.text, text) : null;
  if (cache && last && wordEdit && last.model.format === format) {
    const model = updateTextModel(last.model, text, wordEdit);
    const reference = resolveReferenceDate(model, options.referenceDate);
    const ctx: ExtractContext = { model, referenceDate: reference.date, referenceTime: reference.time ?? null, partialReferenceDate: reference.partial, dateOrder: options.dateOrder ?? 'mdy' };
    const quick = rescanWordEdit(cache, model, wordEdit, reference, ctx);
    if (quick) {
      cache.stats.wordEdits++;
      return output(quick.claims, quick.findings, reference, []);
    }
  }
  if (cache) cache.stats.full++;

  const prev = cache?.previous;
  const edit = prev && prev.model.format === format ? diffTexts(prev.model.text, text) : null;
  const model = !prev || prev.model.format !== format ? buildTextModel(text, format) : edit ? updateTextModel(prev.model, text, edit) : prev.model;
  const span: TextEdit = edit ?? { start: text.length, oldEnd: text.length, newEnd: text.length };
  const reference = resolveReferenceDate(model, options.referenceDate);
  const ctx: ExtractContext = { model, referenceDate: reference.date, referenceTime: reference.time ?? null, partialReferenceDate: reference.partial, dateOrder: options.dateOrder ?? 'mdy' };
  const context = `${ctx.referenceDate}|${ctx.referenceTime}|${ctx.dateOrder}`;
  const errors: ScanOutput['errors'] = [];

  const found: ParagraphDrafts[] = [];
  const failed = new Set<number>();
  const cursor = { at: 0 };
  for (const p of model.paragraphs) {
    const reused = cache?.reuse(model, p, span, context, cursor);
    if (reused) found.push(reused);
    else {
      const fresh = extractParagraph(p, ctx, errors);
      if (fresh.failed) failed.add(found.length);
      found.push(fresh.drafts);
    }
    yield;
  }
  if (cache) cache.previous = { model, context, found, failed };

  let drafts: Draft[] = [];
  // Dates a document extractor found before the numbers ran (none in today's order): numbers that
  // overlap them are dropped too.
  const documentDates: Draft[] = [];
  for (const extractor of EXTRACTORS) {
    if (extractor.scope === 'paragraph') {
      const k = PARAGRAPH_EXTRACTORS.indexOf(extractor);
      const own = found.flatMap((f) => f[k]);
      // A date told from the period in focus reads the dates of the paragraphs before it.
      drafts = drafts.concat(extractor.kind === 'number' ? withoutDates(own, documentDates) : extractor.kind === 'date' ? resolveFocus(own) : own);
      continue;
    }
    yield;
    try {
      const own = extractor.steps ? yield* extractor.steps(ctx, drafts) : extractor.extract(ctx, drafts);
      for (const d of own) if (d.kind === 'date') documentDates.push(d);
      drafts = drafts.concat(own);
    } catch (e) {
      errors.push({ stage: `extractor ${extractor.name}`, message: String((e as Error)?.message ?? e) });
    }
  }
  yield;
  sortRanges(drafts);
  const { claims: all, bases } = yield* toClaims(model, drafts, cache, span);
  yield;
  linkAttributions(all);

  const findings: Finding[] = [];
  for (const rule of activeRules(model.ignores.rules)) {
    yield;
    try {
      // The rule's own objects take its name and severity: no copy of each (an article can hold 100,000).
      for (const f of rule.run({ ...ctx, claims: all }) as Finding[]) {
        f.rule = rule.name;
        f.severity = rule.defaultSeverity;
        findings.push(f);
      }
    } catch (e) {
      errors.push({ stage: `rule ${rule.name}`, message: String((e as Error)?.message ?? e) });
    }
  }
  sortRanges(findings);
  if (cache) cache.last = errors.length === 0 ? lastScan(text, model, optionsKey, reference, all, bases, findings) : null;
  return output(all, findings, reference, errors);
}

/** The scan a word edit will move: its claims with their id bases, and which of them cross paragraphs. */
function lastScan(text: string, model: TextModel, options: string, reference: LastScan['reference'], claims: Claim[], bases: string[], findings: Finding[]): LastScan {
  const crossing: Claim[] = [];
  let longest = 0;
  for (const c of claims) {
    longest = Math.max(longest, c.end - c.start);
    const { start, end } = extentOf(c);
    if (end - start > 1 && paragraphAt(model, start) !== paragraphAt(model, end - 1)) crossing.push(c);
  }
  const labels = claims.filter((c) => c.kind === 'attribution' && c.via === 'speaker-label');
  return { text, model, options, reference, claims, bases, crossing, longest, labels, findings, spelling: spellingReads(model) ?? new SpellingReads(new Set(), []) };
}

/** How many claims a step of the scan makes from drafts before it pauses. */
const CLAIMS_PER_STEP = 1000;

/**
 * The claims from the sorted drafts: ids, sentences, no attribution yet, pausing every CLAIMS_PER_STEP
 * claims. A draft whose context words lie clear of the edit keeps the id base computed in an earlier scan.
 */
function* toClaims(model: TextModel, drafts: Draft[], cache: ParagraphCache | undefined, edit: TextEdit): Generator<void, { claims: Claim[]; bases: string[] }, void> {
  const bases: string[] = [];
  const basesAt = new Map<string, string>();
  for (let i = 0; i < drafts.length; i++) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    const d = drafts[i];
    const clear = d.end + CONTEXT_REACH < edit.start || d.start - CONTEXT_REACH > edit.newEnd;
    // Where the draft stood before the edit, when clear of it: drafts after the edit moved by its length.
    const before = d.start >= edit.newEnd ? d.start - (edit.newEnd - edit.oldEnd) : d.start;
    let base = clear ? cache?.idBases.get(d) ?? cache?.basesAt.get(baseKey(d, before)) : undefined;
    if (!base) {
      base = idBase(model.text, d);
      cache?.idBases.set(d, base);
    }
    if (cache) basesAt.set(baseKey(d, d.start), base);
    bases.push(base);
  }
  if (cache) cache.basesAt = basesAt;
  const ids = numberIds(bases);
  const claims: Claim[] = [];
  let at: { start: number; end: number } | null = null;
  let sentence = { start: 0, end: 0 };
  for (let i = 0; i < drafts.length; i++) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    const d = drafts[i];
    const found = sentenceAt(model, d.start);
    // The claims of one sentence share its range (read, never changed: a re-scan that moves claims
    // gives them new ranges); an article of 200,000 dates in one sentence holds one object, not 200,000.
    if (!found) sentence = { start: d.start, end: d.end };
    else if (found !== at) sentence = { start: found.start, end: found.end };
    at = found;
    // Without a cache the drafts are this scan's alone, and become the claims (no copy of each); a
    // cache keeps the drafts of unchanged paragraphs for the next scan, so the claims are copies.
    const claim = (cache ? { ...d } : d) as Claim;
    if (proseDiffers(model)) Object.assign(claim, ownText(model, d));
    claim.id = ids[i];
    claim.attribution = null;
    claim.sentence = sentence;
    claims.push(claim);
  }
  return { claims, bases };
}

/**
 * The draft's text and spans as the article writes them. Extractors read the prose, where NUL and other
 * control characters are blanked, so a claim across one ("1\u00002%") would not be the slice of its text.
 */
function ownText(model: TextModel, d: Draft): Record<string, unknown> {
  if (!proseDiffers(model)) return {};
  const out: Record<string, unknown> = { text: model.text.slice(d.start, d.end) };
  for (const key of ['source', 'cue', 'content'] as const) {
    const span = (d as Record<string, unknown>)[key] as { start: number; end: number } | null | undefined;
    if (span) out[key] = { ...span, text: model.text.slice(span.start, span.end) };
  }
  return out;
}

/** Whether anything was blanked, compared once per model: two 2 MB texts that differ near their end take 50 µs to compare. */
const DIFFERS = new WeakMap<TextModel, boolean>();
function proseDiffers(model: TextModel): boolean {
  let differs = DIFFERS.get(model);
  if (differs === undefined) DIFFERS.set(model, (differs = model.prose !== model.text));
  return differs;
}

import { idBase, numberIds, CONTEXT_REACH } from './claimId';
import { EXTRACTORS } from './extractors';
import type { Draft, ExtractContext, ParagraphExtractor } from './extractors/extractor';
import { linkAttributions } from './resolvers/linkAttributions';
import { resolveReferenceDate } from './resolvers/referenceDate';
import { RULES } from './rules';
import { baseKey, ParagraphCache, type ParagraphDrafts } from './scanCache';
import { flat } from './text/flat';
import { diffTexts, type TextEdit } from './text/textEdit';
import { buildTextModel, sentenceAt, type Paragraph, type TextModel } from './text/textModel';
import { overlaps, sortRanges } from './text/ranges';
import { updateTextModel } from './text/updateModel';
import { CLAIM_KINDS, type Claim, type Finding, type ScanOptions, type ScanResult } from './types';

export { ParagraphCache } from './scanCache';

export interface ScanOutput extends ScanResult {
  /** Extractors or rules that failed on this text; the rest of the result stands. */
  errors: { stage: string; message: string }[];
}

/** The paragraph extractors, in pipeline order: they run paragraph by paragraph, all of them at once. */
const PARAGRAPH_EXTRACTORS = EXTRACTORS.filter((e): e is ParagraphExtractor => e.scope === 'paragraph');

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
  const prev = cache?.previous;
  const edit = prev && prev.model.format === format ? diffTexts(prev.model.text, text) : null;
  const model = !prev || prev.model.format !== format ? buildTextModel(text, format) : edit ? updateTextModel(prev.model, text, edit) : prev.model;
  const span: TextEdit = edit ?? { start: text.length, oldEnd: text.length, newEnd: text.length };
  const reference = resolveReferenceDate(model, options.referenceDate);
  const ctx: ExtractContext = { model, referenceDate: reference.date, dateOrder: options.dateOrder ?? 'mdy' };
  const context = `${ctx.referenceDate}|${ctx.dateOrder}`;
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
      drafts = drafts.concat(extractor.kind === 'number' ? withoutDates(own, documentDates) : own);
      continue;
    }
    yield;
    try {
      const own = extractor.extract(ctx, drafts);
      for (const d of own) if (d.kind === 'date') documentDates.push(d);
      drafts = drafts.concat(own);
    } catch (e) {
      errors.push({ stage: `extractor ${extractor.name}`, message: String((e as Error)?.message ?? e) });
    }
  }
  yield;
  sortRanges(drafts);
  const all = yield* toClaims(model, drafts, cache, span);
  yield;
  linkAttributions(all);

  const findings: Finding[] = [];
  const silenced = model.ignores.rules;
  for (const rule of RULES) {
    if (silenced.has('*') || silenced.has(rule.name)) continue;
    yield;
    try {
      for (const f of rule.run({ ...ctx, claims: all })) findings.push({ ...f, rule: rule.name, severity: rule.defaultSeverity });
    } catch (e) {
      errors.push({ stage: `rule ${rule.name}`, message: String((e as Error)?.message ?? e) });
    }
  }
  const kinds = new Set(options.kinds ?? CLAIM_KINDS);
  return {
    referenceDate: reference.date,
    referenceDateSource: reference.source,
    claims: kinds.size === CLAIM_KINDS.length ? all : all.filter((c) => kinds.has(c.kind)),
    findings: sortRanges(findings),
    errors,
  };
}

/**
 * Runs every paragraph extractor on one paragraph. A number that overlaps a date of the same paragraph
 * is dropped: a year or a day of the month is a date, not a count. An extractor that fails loses only
 * this paragraph's claims, and the failure is reported once.
 */
function extractParagraph(p: Paragraph, ctx: ExtractContext, errors: ScanOutput['errors']): { drafts: ParagraphDrafts; failed: boolean } {
  const out: ParagraphDrafts = [];
  const dates: Draft[] = [];
  let failed = false;
  for (const extractor of PARAGRAPH_EXTRACTORS) {
    let list: Draft[] = [];
    try {
      list = extractor.extract(p, ctx);
    } catch (e) {
      failed = true;
      const stage = `extractor ${extractor.name}`;
      if (!errors.some((x) => x.stage === stage)) errors.push({ stage, message: String((e as Error)?.message ?? e) });
    }
    if (extractor.kind === 'number' && dates.length > 0) list = withoutDates(list, dates);
    for (const d of list) if (d.kind === 'date') dates.push(d);
    out.push(list);
  }
  return { drafts: out, failed };
}

/** How many claims a step of the scan makes from drafts before it pauses. */
const CLAIMS_PER_STEP = 1000;

/**
 * The claims from the sorted drafts: ids, sentences, no attribution yet, pausing every CLAIMS_PER_STEP
 * claims. A draft whose context words lie clear of the edit keeps the id base computed in an earlier scan.
 */
function* toClaims(model: TextModel, drafts: Draft[], cache: ParagraphCache | undefined, edit: TextEdit): Generator<void, Claim[], void> {
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
  for (let i = 0; i < drafts.length; i++) {
    if (i > 0 && i % CLAIMS_PER_STEP === 0) yield;
    const d = drafts[i];
    const sentence = sentenceAt(model, d.start) ?? { start: d.start, end: d.end };
    claims.push({ ...d, ...ownText(model, d), id: ids[i], attribution: null, sentence: { start: sentence.start, end: sentence.end } } as Claim);
  }
  return claims;
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

/** The numbers that overlap no date: a sweep over both lists sorted by start. */
function withoutDates(numbers: Draft[], before: readonly Draft[]): Draft[] {
  if (before.length === 0) return numbers;
  const dates = sortRanges(before.filter((d) => d.kind === 'date'));
  const out: Draft[] = [];
  let i = 0;
  for (const n of sortRanges([...numbers])) {
    while (i < dates.length && dates[i].end <= n.start) i++;
    // Dates do not overlap each other, so the next date ending after the number's start is the only one
    // that can overlap it.
    if (i < dates.length && overlaps(dates[i], n)) continue;
    out.push(n);
  }
  return out;
}

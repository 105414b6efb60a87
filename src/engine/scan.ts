import { assignIds } from './claimId';
import { EXTRACTORS } from './extractors';
import type { Draft, ExtractContext, Extractor } from './extractors/extractor';
import { linkAttributions } from './resolvers/linkAttributions';
import { resolveReferenceDate } from './resolvers/referenceDate';
import { RULES } from './rules';
import { buildTextModel, sentenceAt, type Paragraph } from './text/textModel';
import { overlaps, sortRanges } from './text/ranges';
import { CLAIM_KINDS, type Claim, type Finding, type ScanOptions, type ScanResult } from './types';

export interface ScanOutput extends ScanResult {
  /** Extractors or rules that failed on this text; the rest of the result stands. */
  errors: { stage: string; message: string }[];
}

/**
 * Remembers what each paragraph extractor found in each paragraph text, so that re-scanning after an
 * edit only extracts from the paragraphs that changed. Keep one per open document.
 */
export class ParagraphCache {
  private entries = new Map<string, Draft[]>();
  private used = new Set<string>();

  get(key: string): Draft[] | undefined {
    const hit = this.entries.get(key);
    if (hit) this.used.add(key);
    return hit;
  }

  set(key: string, drafts: Draft[]): void {
    this.entries.set(key, drafts);
    this.used.add(key);
  }

  /** Forgets the paragraphs the last scan did not see: the cache never outgrows the document. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }
}

/** Finds the claims in an article and checks them. Pure: the same text and options give the same result. */
export function scan(text: string, options: ScanOptions = {}, cache?: ParagraphCache): ScanOutput {
  const model = buildTextModel(text, options.format ?? 'plaintext');
  const reference = resolveReferenceDate(model, options.referenceDate);
  const ctx: ExtractContext = { model, referenceDate: reference.date, dateOrder: options.dateOrder ?? 'mdy' };
  const errors: ScanOutput['errors'] = [];

  let drafts: Draft[] = [];
  for (const extractor of EXTRACTORS) {
    try {
      const found = runExtractor(extractor, ctx, drafts, cache);
      drafts = drafts.concat(extractor.kind === 'number' ? withoutDates(found, drafts) : found);
    } catch (e) {
      errors.push({ stage: `extractor ${extractor.name}`, message: String((e as Error)?.message ?? e) });
    }
  }
  cache?.sweep();
  sortRanges(drafts);
  const ids = assignIds(text, drafts);
  const all = drafts.map((d, i) => {
    const sentence = sentenceAt(model, d.start) ?? { start: d.start, end: d.end };
    return { ...d, id: ids[i], attribution: null, sentence: { start: sentence.start, end: sentence.end } } as Claim;
  });
  linkAttributions(all);

  const findings: Finding[] = [];
  const silenced = model.ignores.rules;
  for (const rule of RULES) {
    if (silenced.has('*') || silenced.has(rule.name)) continue;
    try {
      for (const f of rule.run({ ...ctx, claims: all })) {
        findings.push({ ...f, rule: rule.name, severity: rule.defaultSeverity });
      }
    } catch (e) {
      errors.push({ stage: `rule ${rule.name}`, message: String((e as Error)?.message ?? e) });
    }
  }
  const kinds = new Set(options.kinds ?? CLAIM_KINDS);
  const claims = all.filter((c) => kinds.has(c.kind));
  return {
    referenceDate: reference.date,
    referenceDateSource: reference.source,
    claims,
    findings: sortRanges(findings),
    errors,
  };
}

function runExtractor(extractor: Extractor, ctx: ExtractContext, before: Draft[], cache?: ParagraphCache): Draft[] {
  if (extractor.scope === 'document') return extractor.extract(ctx, before);
  const out: Draft[] = [];
  for (const p of ctx.model.paragraphs) out.push(...extractParagraph(extractor, p, ctx, cache));
  return out;
}

/** Runs a paragraph extractor, or reuses what it found in the same paragraph text, moved to its place. */
function extractParagraph(extractor: Extractor & { scope: 'paragraph' }, p: Paragraph, ctx: ExtractContext, cache?: ParagraphCache): Draft[] {
  if (!cache) return extractor.extract(p, ctx);
  const body = ctx.model.prose.slice(p.start, p.end);
  const key = `${extractor.name}\u0000${ctx.referenceDate}\u0000${ctx.dateOrder}\u0000${body}`;
  const hit = cache.get(key);
  if (hit) return hit.map((d) => shift(d, p.start));
  const found = extractor.extract(p, ctx);
  cache.set(key, found.map((d) => shift(d, -p.start)));
  return found;
}

/** A copy of the draft with every offset moved by `delta`. */
function shift(d: Draft, delta: number): Draft {
  const moved: Record<string, unknown> = { ...d, start: d.start + delta, end: d.end + delta };
  for (const key of ['source', 'cue', 'content'] as const) {
    const span = (d as Record<string, unknown>)[key] as { start: number; end: number; text: string } | null | undefined;
    if (span) moved[key] = { ...span, start: span.start + delta, end: span.end + delta };
  }
  return moved as Draft;
}

/** The numbers that overlap no date: a sweep over both lists sorted by start. */
function withoutDates(numbers: Draft[], before: readonly Draft[]): Draft[] {
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

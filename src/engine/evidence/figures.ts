import { extractParagraph, type StageError } from '../extractParagraph';
import type { Draft } from '../extractors/extractor';
import { resolveReferenceDate } from '../resolvers/referenceDate';
import { flat } from '../text/flat';
import { buildTextModel } from '../text/textModel';
import type { Claim } from '../types';
import { contentWords } from './words';
import type { PreparedPassage, PreparedSource, SourceFigure, SourcePassage } from './types';

/**
 * "37 of the 44", "37 out of 44", "37 in 44": the forms a share is written in. The article's scan reads
 * some of them as two counts; a source is read for all of them so that a ratio meets its other forms.
 */
const RATIO = /(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)\s+(?:out\s+of|of(?:\s+the)?|in(?:\s+every)?)\s+(\d{1,3}(?:,\d{3})*|\d+)(?![\d.,]*\d)/g;

/** The passage with its figures and dates, found by the same scan as an article's. */
export function preparePassage(passage: SourcePassage): PreparedPassage {
  const figures: SourceFigure[] = [];
  for (const c of figureDrafts(passage.text)) {
    if (c.kind === 'number') {
      const { type, value, valueHigh, unit, numerator, denominator, start, end, text } = c;
      figures.push({ kind: 'number', type, value, unit, start, end, text, ...(valueHigh !== undefined ? { valueHigh } : {}), ...(numerator !== undefined ? { numerator, denominator } : {}) });
    } else if (c.kind === 'date' && c.resolved && !c.value.includes('X')) {
      figures.push({ kind: 'date', type: c.type, value: c.value, start: c.start, end: c.end, text: c.text });
    }
  }
  for (const m of passage.text.matchAll(RATIO)) {
    const numerator = Number(m[1].replace(/,/g, ''));
    const denominator = Number(m[2].replace(/,/g, ''));
    if (denominator === 0 || numerator > denominator) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (figures.some((f) => f.kind === 'number' && f.type === 'ratio' && f.start <= start && f.end >= end)) continue;
    figures.push({ kind: 'number', type: 'ratio', value: numerator / denominator, unit: null, numerator, denominator, start, end, text: m[0] });
  }
  return { ...passage, figures, words: [...contentWords(passage.text)] };
}

/** A source's passages, each scanned. */
export function prepareSource(source: string, passages: readonly SourcePassage[]): PreparedSource {
  return { source, passages: passages.map(preparePassage) };
}

/**
 * The figures and dates of a text by the scan's own paragraph extractors, without what a source does not
 * need (attributions, quotations, the rules): a reference folder of 1,000 documents is read in seconds.
 * Relative dates resolve against the source's own dateline or front matter when it has one.
 */
function figureDrafts(text: string): Draft<Claim>[] {
  const model = buildTextModel(flat(text), 'plaintext');
  const ctx = { model, referenceDate: resolveReferenceDate(model, null).date, dateOrder: 'mdy' as const };
  const errors: StageError[] = [];
  const out: Draft<Claim>[] = [];
  for (const p of model.paragraphs) {
    for (const list of extractParagraph(p, ctx, errors).drafts) for (const d of list) if (d.kind === 'number' || d.kind === 'date') out.push(d);
  }
  return out;
}

import { TextMemo } from '../../scanCache';
import { drain, PARAGRAPHS_PER_STEP, type Steps } from '../../steps';
import type { Range } from '../../text/ranges';
import type { Paragraph, TextModel } from '../../text/textModel';
import type { SentenceContext } from './content';
import type { Found } from './found';
import { findQuotations, type Quotation } from './quotations';
import { findReportedSpeech } from './reportedSpeech';
import { tokenize } from './tokens';

/** Each paragraph's reported speech, relative to the paragraph's start, by what the parsers read of it. */
const memo = new TextMemo<Found[]>(20000);
/** How far before a sentence the parsers look for the quotation it follows ('"..." Smith said so.'). */
export const LOOK_BACK = 3;

/**
 * The reported speech of every sentence but the speaker labels' lines (known by their colons). A
 * paragraph's parse reads its own text, the next paragraph when it holds a colon (the speech below "X
 * said:") and the quotations that start or end in either, so it is remembered under those and reused
 * while they stay as they are: a keystroke parses one or two paragraphs again, not the document.
 */
export function reportedSpeech(model: TextModel, labelColons: Set<number>): Found[] {
  return drain(reportedSpeechSteps(model, labelColons));
}

/** `reportedSpeech`, pausing every PARAGRAPHS_PER_STEP paragraphs. */
export function* reportedSpeechSteps(model: TextModel, labelColons: Set<number>): Steps<Found[]> {
  // Titles and scare quotes are not speech: "wrote \"The Art of the Deal\"" attributes nothing.
  const quotes = findQuotations(model).filter((q) => q.speech);
  const quotesByStart = new Map<number, Quotation>(quotes.map((q) => [q.start, q]));
  const quotesByEnd = new Map<number, Quotation>(quotes.map((q) => [q.end, q]));
  const out: Found[] = [];
  let qi = 0;
  for (let pi = 0; pi < model.paragraphs.length; pi++) {
    if (pi > 0 && pi % PARAGRAPHS_PER_STEP === 0) yield;
    const p = model.paragraphs[pi];
    if (labelColons.has(p.end - 1)) continue;
    const next = model.paragraphs[pi + 1] ?? null;
    const from = Math.max(0, p.start - LOOK_BACK);
    // Only a sentence that ends in a colon ("X said:") reads the next paragraph.
    const body = model.prose.slice(p.start, p.end);
    const to = next && body.includes(':') ? next.end : p.end;
    // Quotations are disjoint and in order: those that reach the window form one run of the list.
    while (qi < quotes.length && quotes[qi].end < from) qi++;
    let context = `${p.start - from}|${next ? next.start - p.start : -1}|${model.prose.slice(from, p.start)}|${model.prose.slice(p.end, to)}|`;
    for (let k = qi; k < quotes.length && quotes[k].start <= to; k++) context += quoteKey(quotes[k], p.start);
    for (const s of p.sentences) context += `${s.start - p.start},${s.end - p.start};`;
    const found = memo.get(body, context, () => {
      const ctx = { prose: model.prose, paragraph: p, next, quotesByStart, quotesByEnd };
      return paragraphSpeech(ctx).map((f) => moved(f, -p.start));
    });
    for (const f of found) out.push(moved(f, p.start));
  }
  return out;
}

/**
 * The reported speech of one sentence (`sentence` of paragraph `index`), parsed afresh (not remembered)
 * with the quotations given, in document offsets: a sentence's parse reads its own words, where the one
 * before it stands, the paragraph after it and the quotations.
 */
export function sentenceSpeechAt(model: TextModel, index: number, sentence: number, quotations: readonly Quotation[]): Found[] {
  const p = model.paragraphs[index];
  const next = model.paragraphs[index + 1] ?? null;
  const quotes = quotations.filter((q) => q.speech && q.end >= p.start - LOOK_BACK && q.start <= (next ?? p).end);
  const s = p.sentences[sentence];
  return findReportedSpeech({
    prose: model.prose,
    tokens: tokenize(model.prose, s.start, s.end),
    sentence: s,
    previous: sentence > 0 ? p.sentences[sentence - 1] : null,
    nextParagraph: next,
    quotesByStart: new Map<number, Quotation>(quotes.map((q) => [q.start, q])),
    quotesByEnd: new Map<number, Quotation>(quotes.map((q) => [q.end, q])),
  });
}

function quoteKey(q: Quotation, origin: number): string {
  return `${q.start - origin},${q.end - origin},${q.inner.start - origin},${q.inner.end - origin};`;
}

interface ParagraphContext {
  prose: string;
  paragraph: Paragraph;
  next: Paragraph | null;
  quotesByStart: ReadonlyMap<number, Quotation>;
  quotesByEnd: ReadonlyMap<number, Quotation>;
}

/** The reported speech of one paragraph's sentences, in document offsets. */
function paragraphSpeech({ prose, paragraph: p, next, quotesByStart, quotesByEnd }: ParagraphContext): Found[] {
  const out: Found[] = [];
  p.sentences.forEach((s, si) => {
    const ctx: SentenceContext = {
      prose,
      tokens: tokenize(prose, s.start, s.end),
      sentence: s,
      previous: si > 0 ? p.sentences[si - 1] : null,
      nextParagraph: next,
      quotesByStart,
      quotesByEnd,
    };
    for (const d of findReportedSpeech(ctx)) out.push(d);
  });
  return out;
}

/** A copy of the attribution with every offset moved by `delta`. */
function moved(f: Found, delta: number): Found {
  const at = (r: Range | null): Range | null => r && { start: r.start + delta, end: r.end + delta };
  const copy: Found = { source: at(f.source), role: at(f.role), cue: at(f.cue)!, content: at(f.content), via: f.via };
  if (f.detached !== undefined) copy.detached = f.detached;
  return copy;
}

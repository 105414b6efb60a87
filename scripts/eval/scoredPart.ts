import { buildTextModel } from '../../src/engine/text/textModel';
import type { GoldArticle } from './corpus';

/**
 * MEANTIME's annotators read only the start of each article: the title, the dateline and the first four
 * sentences of the body (no gold span lies past them, and the later sentences hold hundreds of
 * unannotated dates and figures). Scoring claims found past that point as spurious would measure the
 * corpus, not the engine, so the main figures cover the annotated part; the whole-article figures are
 * printed beside them.
 */
export const ANNOTATED_SENTENCES = 6;

/** Where the first six sentences of an article end. */
export function annotatedEnd(text: string): number {
  const sentences = buildTextModel(text, 'plaintext').paragraphs.flatMap((p) => p.sentences);
  return sentences[Math.min(ANNOTATED_SENTENCES, sentences.length) - 1]?.end ?? text.length;
}

/**
 * Where the scored part of an article ends: its annotated part, or further where the gold (dates or
 * numbers) reaches further. A fully annotated corpus thus keeps (nearly) its whole text, and recall is
 * never cut: no gold span lies past the end.
 */
export function scoredEnd(a: GoldArticle): number {
  let lastGold = 0;
  for (const span of [...(a.values ?? []), ...a.timex]) lastGold = Math.max(lastGold, span.end);
  const sentenceEnd = a.text.slice(lastGold).search(/[.!?\n]/);
  return Math.max(annotatedEnd(a.text), sentenceEnd < 0 ? a.text.length : lastGold + sentenceEnd + 1);
}

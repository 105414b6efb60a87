import { sentenceSpeechAt } from '../extractors/attribution/speechByParagraph';
import { findQuotations, isSpeech, rememberQuotations, type Quotation } from '../extractors/attribution/quotations';
import { nameRuns, type NameRun } from '../resolvers/mentionTable';
import { figureKeys, type Keyed } from '../rules/figureConflict';
import { claimsBySentence, isNumber } from '../rules/support/claims';
import { paragraphMentions, type PersonMention } from '../rules/support/personNames';
import type { Paragraph, TextModel } from '../text/textModel';
import type { Claim } from '../types';
import type { Found } from '../extractors/attribution/found';
import type { WordEdit } from './wordEdit';

/**
 * What the document-wide stages read of one paragraph, each read afresh (not looked up) so that the
 * text before and after an edit can be compared.
 */

/**
 * The quotations before the edit and after it (moved), or null when the edit could change one: no
 * quotation mark came near the edit, so the marks pair as before, and a quotation whose words hold the
 * edit must still read as speech (or as scare quotes) as it did. The new text model is given them.
 */
export function quotationsAfter(before: TextModel, after: TextModel, word: WordEdit): { before: Quotation[]; after: Quotation[] } | null {
  const old = findQuotations(before);
  const t = word.before;
  const moved: Quotation[] = [];
  for (const q of old) {
    if (q.end <= t.start) moved.push(q);
    else if (q.start >= t.end) moved.push(shiftQuotation(q, word.delta));
    else {
      if (!(q.inner.start <= t.start && t.end <= q.inner.end)) return null;
      const end = q.inner.end + word.delta;
      const inner = { start: q.inner.start, end, text: after.prose.slice(q.inner.start, end) };
      if (isSpeech(inner.text) !== isSpeech(q.inner.text)) return null;
      moved.push({ ...q, end: q.end + word.delta, inner });
    }
  }
  rememberQuotations(after, moved);
  return { before: old, after: moved };
}

/** A quotation moved by `by`: written out field by field, as every keystroke copies hundreds of them. */
function shiftQuotation(q: Quotation, by: number): Quotation {
  return { start: q.start + by, end: q.end + by, inner: { start: q.inner.start + by, end: q.inner.end + by, text: q.inner.text }, speech: q.speech, closed: q.closed };
}

/**
 * The reported speech of the edited sentence, and of the one after it when the edit stands within a few
 * characters of their border: a sentence's parse reads its own words and only the places (not the
 * words) of the sentences and quotations around it.
 */
export function speechOf(model: TextModel, index: number, sentence: number, quotations: readonly Quotation[], editEnd: number): Found[] {
  const out = sentenceSpeechAt(model, index, sentence, quotations);
  const sentences = model.paragraphs[index].sentences;
  if (sentence + 1 < sentences.length && editEnd + NEAR_BORDER >= sentences[sentence + 1].start) out.push(...sentenceSpeechAt(model, index, sentence + 1, quotations));
  return out;
}

/** How close to the next sentence an edit must stand for that sentence to be parsed again. */
const NEAR_BORDER = 4;

/**
 * The stretch of the paragraph whose names and titles the edited sentence can change: from the sentence
 * before it (whose appositive roles read on) to the sentence after it. No run of capitals, no role and
 * no title reaches over a sentence's end.
 */
export function nameWindow(p: Paragraph, sentence: number): { start: number; end: number } {
  return { start: (p.sentences[sentence - 1] ?? p).start, end: (p.sentences[sentence + 1] ?? p).end };
}

/** The names (and appositive roles) the mention table reads in a stretch of the prose, relative to its start. */
export function namesOf(model: TextModel, window: { start: number; end: number }): NameRun[] {
  return nameRuns(model.prose, window.start, window.end);
}

/** The people and titles a stretch of the prose names, relative to its start. */
export function mentionsOf(model: TextModel, window: { start: number; end: number }): PersonMention[] {
  return paragraphMentions(model.prose.slice(window.start, window.end));
}

/** The subjects figure-conflict gives the figures among `claims`, sentence by sentence. */
export function figureKeysOf(prose: string, claims: readonly Claim[]): Keyed[] {
  return claimsBySentence(claims.filter(isNumber)).flatMap((s) => figureKeys(prose, s));
}

import { decidesLabelSpeech } from '../extractors/attribution/speakerLabels';
import { LOOK_BACK } from '../extractors/attribution/speechByParagraph';
import type { TextEdit } from '../text/textEdit';
import type { TextModel } from '../text/textModel';

/**
 * A keystroke inside one word of one paragraph: the commonest edit there is. The document-wide stages
 * read words through what the scan compares before and after (the paragraph's names, titles, speech and
 * figures) and otherwise only quotation marks, colons, a few pronouns and the words name-spelling turns
 * on; an edit that reaches none of those leaves the rest of the document's result as it was.
 */
export interface WordEdit {
  edit: TextEdit;
  /** The paragraph's index, the same in the text before and after. */
  paragraph: number;
  /** The word's token (its punctuation included) in the text before the edit. */
  before: { start: number; end: number };
  /** How far everything after the token moved. */
  delta: number;
}

/** What the document lets a word edit touch. */
export interface WordEditAllowance {
  /**
   * Whether the edit stands where a speaker label's speech runs on until a paragraph names the speaker
   * or hands back to the narrator ("he said"): then no capital and no pronoun may change.
   */
  labels: boolean;
  /** Whether changing the word could change name-spelling's findings. */
  spelling: (word: string) => boolean;
}

/**
 * A token the fast path accepts: ASCII letters and digits with the punctuation of words and figures
 * ("company's", "long-term", "$4.5bn,", "(12%)", "3/4/2025"). Quotation marks and colons are not among
 * them, nor anything else a stage of the scan might read as structure.
 */
const PLAIN_TOKEN = /^[A-Za-z0-9.,;!?()%$€£¥&/+'’\-–]*$/;
/** What an edit may type or delete: letters and digits. */
const TYPED = /^[A-Za-z0-9]*$/;
const CAPITAL = /[A-Z]/;
/** The words of a token, as the word-level stages read them. */
const WORDS = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;
/**
 * Characters whose neighbours decide quotations and labels (a mark opens before a word and closes after
 * one; a quotation opens a sentence when only spaces stand before it): a token beside one, with spaces
 * at most between them, takes the full scan.
 */
const SENSITIVE = new Set(['"', '“', '”', '«', '»', ':', "'"]);

/**
 * The word edit that turned `before` into `after`, or null when the edit is anything else: not only
 * letters or digits typed or deleted, a token with other symbols, a quotation mark or a colon beside it, a word
 * that decides a speaker label's reach, a capital where `allow` forbids one, a word name-spelling turns
 * on, or a paragraph whose shape changed.
 */
export function wordEditIn(before: TextModel, after: TextModel, edit: TextEdit, allow: WordEditAllowance): WordEdit | null {
  const removed = before.text.slice(edit.start, edit.oldEnd);
  const typed = after.text.slice(edit.start, edit.newEnd);
  if (!TYPED.test(removed) || !TYPED.test(typed)) return null;
  const delta = edit.newEnd - edit.oldEnd;
  const newToken = tokenAround(after.text, edit.start, edit.newEnd);
  const oldToken = { start: newToken.start, end: newToken.end - delta };
  const newWord = after.text.slice(newToken.start, newToken.end);
  const oldWord = before.text.slice(oldToken.start, oldToken.end);
  if (!PLAIN_TOKEN.test(newWord) || !PLAIN_TOKEN.test(oldWord)) return null;
  if (allow.labels && (CAPITAL.test(newWord) || CAPITAL.test(oldWord))) return null;
  // Masked prose (a URL) is not prose: the token must read the same in the prose as in the text.
  if (after.prose.slice(newToken.start, newToken.end) !== newWord || before.prose.slice(oldToken.start, oldToken.end) !== oldWord) return null;
  if (SENSITIVE.has(beside(after.text, newToken.start, -1)) || SENSITIVE.has(beside(after.text, newToken.end, 1))) return null;
  for (const token of [oldWord, newWord]) {
    for (const [whole] of token.matchAll(WORDS)) {
      for (const word of [whole, ...whole.split(/['’-]/)]) if ((allow.labels && decidesLabelSpeech(word.toLowerCase())) || allow.spelling(word)) return null;
    }
  }
  const paragraph = paragraphHolding(after, newToken.start, newToken.end);
  if (paragraph < 0 || before.paragraphs.length !== after.paragraphs.length) return null;
  const p = after.paragraphs[paragraph];
  const old = before.paragraphs[paragraph];
  const next = after.paragraphs[paragraph + 1];
  if (old.start !== p.start || old.end + delta !== p.end) return null;
  // A paragraph that ends in a colon may be a speaker label; one before it with a colon reads this one.
  const previous = after.paragraphs[paragraph - 1];
  if (after.prose[p.end - 1] === ':' || (previous && after.prose.slice(previous.start, previous.end).includes(':'))) return null;
  // The next paragraph's parse reads the few characters before it.
  if (next && edit.newEnd + LOOK_BACK > next.start) return null;
  if (!sameSentences(old.sentences, p.sentences, oldToken, delta)) return null;
  return { edit, paragraph, before: oldToken, delta };
}

/** The first character that is not a space or tab from `at` in `direction` (-1: before `at`). */
function beside(text: string, at: number, direction: 1 | -1): string {
  let i = direction < 0 ? at - 1 : at;
  while (i >= 0 && i < text.length && (text[i] === ' ' || text[i] === '\t')) i += direction;
  return i >= 0 && i < text.length ? text[i] : '';
}

/** The run of non-space characters around `[start, end)`. */
function tokenAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  return { start: from, end: to };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/** The index of the paragraph holding `[start, end)` whole, or -1. */
function paragraphHolding(model: TextModel, start: number, end: number): number {
  let lo = 0;
  let hi = model.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = model.paragraphs[mid];
    if (end <= p.start) hi = mid - 1;
    else if (start >= p.end) lo = mid + 1;
    else return p.start <= start && end <= p.end ? mid : -1;
  }
  return -1;
}

/** The paragraph's sentences before and after, the same but moved by the edit. */
function sameSentences(
  before: readonly { start: number; end: number }[],
  after: readonly { start: number; end: number }[],
  token: { start: number; end: number },
  delta: number,
): boolean {
  if (before.length !== after.length) return false;
  const move = movePosition(token, delta);
  return before.every((s, i) => move(s.start) === after[i].start && move(s.end) === after[i].end);
}

/**
 * Where an offset of the text before the edit stands after it: unmoved up to the token's start, moved
 * by `delta` from its end, NaN strictly inside the token (whose letters changed), so that a comparison
 * with anything fails.
 */
export function movePosition(token: { start: number; end: number }, delta: number): (x: number) => number {
  return (x) => (x <= token.start ? x : x >= token.end ? x + delta : Number.NaN);
}

import { forEachMatch } from '../../text/matchLoop';

/** A word or a punctuation mark of a sentence, in document offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True for words (letters or digits); false for punctuation. */
  word: boolean;
  /** True when the word opens with a capital letter. */
  cap: boolean;
}

// A word is letters and digits joined by single inner apostrophes, hyphens, dots or ampersands
// ("company's", "U.S", "AT&T"); the joiner is required between runs, so the pattern cannot backtrack.
// Two apostrophes are one token, a quotation mark; anything else that is not space is a one-character token.
const TOKEN = /[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*|''|\S/gu;
const CAPITAL = /^\p{Lu}/u;

/** The tokens of `text` between `start` and `end`, in document offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  forEachMatch(TOKEN, body, (m) => {
    const t = m[0];
    // ASCII answers without a Unicode pattern: most tokens of English news are ASCII.
    const c = t.charCodeAt(0);
    const word = t !== "''" && (t.length > 1 || (c < 128 ? isAsciiAlnum(c) : WORD_CHAR.test(t)));
    const cap = word && (c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(t));
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: start + m.index, end: start + m.index + t.length, word, cap });
  });
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True for the marks that open or close a quotation. */
export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && !t.word && (t.text === '"' || t.text === "''" || t.text === '“' || t.text === '”' || t.text === '«' || t.text === '»');
}

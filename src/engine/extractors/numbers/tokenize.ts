/**
 * A linear tokenizer for the number scanner: one pass over the paragraph, character codes only, no
 * regular expressions. Digits, letters and single symbols become separate tokens, and each token
 * remembers whether whitespace stood before it, so `$15bn`, `$ 15 bn` and `15 bn` read alike while
 * `A320` (a letter glued to digits) stays recognisable as an identifier.
 */

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  /** Offsets into the paragraph text; `end` is exclusive. */
  start: number;
  end: number;
  text: string;
  /** Lowercased text, for table look-ups. */
  lower: string;
  /** Whitespace (or the paragraph start) stands right before the token. */
  gap: boolean;
  /** The token is the first on its line. */
  lineStart: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/** Letters of any script: cheap ASCII test first, then the case-mapping test for the rest. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  const ch = text[i];
  return ch.toLowerCase() !== ch.toUpperCase();
}

/**
 * Reads digits with internal separators: `1,234.56`, `3.79`, `.5` is left to the caller. A comma or a
 * dot joins only when a digit follows it, so the sentence's full stop after `44.` stays outside.
 */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 44 || c === 46) && j + 1 < text.length && isDigit(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}

/** Where the word at `i` ends; sets `sawUpper` when the word needs lowercasing. */
function wordEnd(text: string, i: number): number {
  let j = i;
  sawUpper = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) j++;
    else if ((c >= 65 && c <= 90) || (c >= 0xc0 && isLetter(text, j))) {
      sawUpper = true;
      j++;
    }
    // An apostrophe inside a word ("Boeing's" is one token for our purposes: it is never a unit).
    else if ((text[j] === "'" || text[j] === '’') && j + 1 < text.length && isLetter(text, j + 1)) j++;
    else break;
  }
  return j;
}

// Set by wordEnd: most words are lowercase ASCII, and they skip the toLowerCase copy.
let sawUpper = false;

/** Splits a paragraph into number, word and symbol tokens in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let gap = true;
  let lineStart = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10) lineStart = true;
      gap = true;
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isDigit(c)) {
      sawUpper = false;
      kind = 'num';
      end = numberEnd(text, i);
    } else if (isLetter(text, i)) {
      kind = 'word';
      end = wordEnd(text, i);
    } else {
      sawUpper = false;
      kind = 'sym';
      // Keep surrogate pairs whole so an emoji is one symbol.
      end = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
    }
    const t = text.slice(i, end);
    tokens.push({ kind, start: i, end, text: t, lower: kind === 'word' && sawUpper ? t.toLowerCase() : t, gap, lineStart });
    gap = false;
    lineStart = false;
    i = end;
  }
  return tokens;
}

/**
 * The capitalized words of an article as spellings to compare: where each stands, and an index that
 * finds the spellings one edit from a word without comparing every pair.
 */

import { TextMemo } from '../../scanCache';
import type { TextModel } from '../../text/textModel';

/** Capitalized words of four letters or more (a possessive "'s" and a trailing hyphen are left out after). */
const CAPITALIZED = /\b[A-Z][\p{Ll}'’-]{3,}/gu;

/** A capitalized word and its uses. */
export interface Spelling {
  word: string;
  at: number[];
  /** True when some use stands inside a sentence, where a capital says "name" more surely. */
  midSentence: boolean;
}

/** More words one edit from a name than this, before any filter, and the name is not checked. */
const CROWDED = 8;

/**
 * The spellings one edit from a word, found through the words each spelling makes with one letter
 * dropped: two words one letter apart always share one (the symmetric-delete index), so no word is
 * compared with every other. Null when the word is crowded: a name with many near spellings stands
 * among many names, not a misspelling to point at.
 */
export function nearIndex(spellings: Map<string, Spelling>): (word: string) => Spelling[] | null {
  const byDeletion = deletionIndex([...spellings.keys()]);
  return (word) => {
    const found = new Set<string>();
    for (const key of deletions(word)) {
      for (const other of byDeletion.get(key) ?? []) if (other !== word) found.add(other);
      // A name with many near spellings stands among many names: not a misspelling to point at.
      if (found.size > CROWDED) return null;
    }
    return [...found].map((w) => spellings.get(w)!);
  };
}

/** The last index built, by its words: a keystroke seldom changes an article's capitalized words. */
let lastIndex: { words: string; byDeletion: Map<string, string[]> } | null = null;

/** Each word with one letter dropped (and the word itself), to the words that make it. */
function deletionIndex(words: string[]): Map<string, string[]> {
  const key = words.join('\u0000');
  if (lastIndex?.words === key) return lastIndex.byDeletion;
  const byDeletion = new Map<string, string[]>();
  for (const word of words) {
    for (const d of deletions(word)) {
      const bucket = byDeletion.get(d);
      if (bucket) bucket.push(word);
      else byDeletion.set(d, [word]);
    }
  }
  lastIndex = { words: key, byDeletion };
  return byDeletion;
}

/** The word and the words it makes with one letter dropped. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The lower-case words of the text. */
export function lowerCaseWords(prose: string): Set<string> {
  return new Set(prose.match(LOWER_CASE) ?? []);
}

/** Every capitalized word of the text with where it stands. */
export function spellingsOf(prose: string): Map<string, Spelling> {
  return mergeSpellings([{ start: 0, found: paragraphSpellings(prose) }]);
}

/**
 * The spellings and lower-case words of an article, read paragraph by paragraph and remembered under
 * each paragraph's text, so that a keystroke reads one paragraph again. Paragraphs stand apart by line
 * breaks and whitespace only, where no word and no look-behind reaches over: the same as reading the
 * whole prose.
 */
export function articleWords(model: TextModel): { spellings: Map<string, Spelling>; isLowerCase: (word: string) => boolean } {
  const parts = model.paragraphs.map((p) => {
    const body = model.prose.slice(p.start, p.end);
    return { start: p.start, found: byParagraph.get(body, '', () => ({ capitalized: paragraphSpellings(body), lower: lowerCaseWords(body) })) };
  });
  const spellings = mergeSpellings(parts.map((x) => ({ start: x.start, found: x.found.capitalized })));
  // Asked about a few words only: each paragraph's set is asked, not merged into one for the article.
  const asked = new Map<string, boolean>();
  const isLowerCase = (word: string) => {
    let known = asked.get(word);
    if (known === undefined) asked.set(word, (known = parts.some((x) => x.found.lower.has(word))));
    return known;
  };
  return { spellings, isLowerCase };
}

/** A capitalized word where it stands (relative to its paragraph) and whether a sentence's start precedes it. */
interface Capitalized {
  word: string;
  at: number;
  midSentence: boolean;
}

const LOWER_CASE = /\b[a-z][a-z'’-]{3,}\b/g;
const byParagraph = new TextMemo<{ capitalized: Capitalized[]; lower: Set<string> }>(20000);

function paragraphSpellings(body: string): Capitalized[] {
  const out: Capitalized[] = [];
  for (const m of body.matchAll(CAPITALIZED)) {
    // "Clinton's", "Cuban-American", "Podesta-Mills", a name inside single quotes: the name without the
    // possessive, the hyphen or the closing mark, so that a compound is not a second spelling of its parts.
    const word = m[0].replace(/['’]s$/, '').replace(/[-'’]+$/, '');
    if (word.length < 4) continue;
    out.push({ word, at: m.index, midSentence: !/(?:^|[.!?:"“”]|\n)\s*$/.test(body.slice(Math.max(0, m.index - 6), m.index)) });
  }
  return out;
}

/** The words of each part, in text order, as spellings with their offsets in the document. */
function mergeSpellings(parts: { start: number; found: Capitalized[] }[]): Map<string, Spelling> {
  const out = new Map<string, Spelling>();
  for (const { start, found } of parts) {
    for (const c of found) {
      let s = out.get(c.word);
      if (!s) out.set(c.word, (s = { word: c.word, at: [], midSentence: false }));
      s.at.push(start + c.at);
      if (!s.midSentence) s.midSentence = c.midSentence;
    }
  }
  return out;
}

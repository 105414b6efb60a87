/**
 * The capitalized words of an article as spellings to compare: where each stands, and an index that
 * finds the spellings one edit from a word without comparing every pair.
 */

/** Capitalized words of four letters or more, with a possessive "'s" left out of the word. */
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
  const byDeletion = new Map<string, Spelling[]>();
  for (const s of spellings.values()) {
    for (const key of deletions(s.word)) {
      const bucket = byDeletion.get(key);
      if (bucket) bucket.push(s);
      else byDeletion.set(key, [s]);
    }
  }
  return (word) => {
    const found = new Set<Spelling>();
    for (const key of deletions(word)) {
      for (const s of byDeletion.get(key) ?? []) if (s.word !== word) found.add(s);
      // A name with many near spellings stands among many names: not a misspelling to point at.
      if (found.size > CROWDED) return null;
    }
    return [...found];
  };
}

/** The word and the words it makes with one letter dropped. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The lower-case words of the text. */
export function lowerCaseWords(prose: string): Set<string> {
  return new Set(prose.match(/\b[a-z][a-z'’-]{3,}\b/g) ?? []);
}

/** Every capitalized word of the text with where it stands. */
export function spellingsOf(prose: string): Map<string, Spelling> {
  const out = new Map<string, Spelling>();
  for (const m of prose.matchAll(CAPITALIZED)) {
    const word = m[0].replace(/['’]s?$/, '');
    if (word.length < 4) continue;
    const s = out.get(word) ?? { word, at: [], midSentence: false };
    s.at.push(m.index);
    if (!s.midSentence) s.midSentence = !/(?:^|[.!?:"“”]|\n)\s*$/.test(prose.slice(Math.max(0, m.index - 6), m.index));
    out.set(word, s);
  }
  return out;
}

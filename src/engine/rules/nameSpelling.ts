import type { Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { oneEditApart } from './support/oneEditApart';
import { personMentions } from './support/personNames';

/** Capitalized words of four letters or more, with a possessive "'s" left out of the word. */
const CAPITALIZED = /\b[A-Z][\p{Ll}'’-]{3,}/gu;

interface Spelling {
  word: string;
  at: number[];
  /** True when some use stands inside a sentence, where a capital says "name" more surely. */
  midSentence: boolean;
}

/**
 * "Lukashenko" and "Lukashenka" in one article: one letter apart, one of them a surname written with a
 * given name or a title. Different people are told apart by their given names: "Anna Petrov" and "Ivan
 * Petrova" are two people, so words whose given names differ, endings that make plurals, demonyms or
 * feminine forms (-s, -n, -a), and words used as given names are left alone.
 */
export const nameSpelling: Rule = {
  id: 'VER016',
  name: 'name-spelling',
  description: 'One name spelt two ways in one article ("Lukashenko", "Lukashenka").',
  defaultSeverity: 'warning',
  run(ctx) {
    const names = knownNames(ctx);
    const { firstsOf } = names;
    const spellings = spellingsOf(ctx.model.prose);
    const near = nearIndex(spellings);
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const seen = new Set<string>();
    const common = lowerCaseWords(ctx.model.prose);
    const reported = new Set<number>();
    for (const [surname, firsts] of firstsOf) {
      const own = spellings.get(surname);
      if (!own || surname.length < 5) continue;
      const variants = (near(surname) ?? []).filter(
        (other) => !seen.has(pairKey(surname, other.word)) && secondSpelling(surname, firsts, other, names, common),
      );
      // More than two real variants: still a crowd of names, not one misspelt.
      if (variants.length > 2) continue;
      for (const other of variants) {
        seen.add(pairKey(surname, other.word));
        for (const f of report(own, other, firstsOf)) {
          if (!reported.has(f.start)) out.push(f);
          reported.add(f.start);
        }
      }
    }
    return out;
  },
};

/** True when `other` reads as a second spelling of the name `surname`, not as another word or person. */
function secondSpelling(surname: string, firsts: Set<string>, other: Spelling, names: KnownNames, common: Set<string>): boolean {
  // Misspelt names keep their first letters: "Bower" and "Power" are two names.
  if (other.word.slice(0, 2) !== surname.slice(0, 2)) return false;
  if (!variantPair(surname, other.word) || names.givenNames.has(other.word)) return false;
  const otherFirsts = names.firstsOf.get(other.word);
  if (!otherFirsts) return nameLike(surname, other, common);
  // Both written with given names and none shared: two people.
  return !(otherFirsts.size && firsts.size && ![...firsts].some((f) => otherFirsts.has(f)));
}

interface KnownNames {
  firstsOf: Map<string, Set<string>>;
  givenNames: Set<string>;
}

/** The surnames the article writes as names, with their given names, and every given name. */
function knownNames(ctx: RuleContext): KnownNames {
  const firstsOf = new Map<string, Set<string>>();
  const givenNames = new Set<string>();
  // Named sources are people (or bodies) too: "Lukashenka said" makes "Lukashenka" a name.
  for (const c of ctx.claims) {
    const last = c.kind === 'attribution' && !c.vague ? /\b([A-Z][\p{Ll}'’-]{4,})$/u.exec(c.speaker ?? '') : null;
    if (last && !firstsOf.has(last[1])) firstsOf.set(last[1], new Set());
  }
  for (const m of personMentions(ctx.model)) {
    if (!firstsOf.has(m.surname)) firstsOf.set(m.surname, new Set());
    if (m.first) {
      firstsOf.get(m.surname)!.add(m.first);
      givenNames.add(m.first);
    }
  }
  return { firstsOf, givenNames };
}

/**
 * Whether a capitalized word that is not itself known as a name may be a second spelling of `name`. A
 * word the article also writes in lower case is a common word ("Start" beside "Stark", "start"). A
 * word seen only at the head of sentences may be any word, so only the edits that transliteration and
 * typing make to names count then.
 */
function nameLike(name: string, other: Spelling, common: Set<string>): boolean {
  if (common.has(other.word.toLowerCase())) return false;
  return other.midSentence || nameLikeEdit(name, other.word);
}

/** True for two words one letter apart, other than by an ending that makes another word. */
function variantPair(a: string, b: string): boolean {
  if (b.length < 5 || !oneEditApart(a, b)) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return !(long.startsWith(short) && long.length === short.length + 1 && /[sna]$/.test(long));
}

/** More words one edit from a name than this, before any filter, and the name is not checked. */
const CROWDED = 8;

/**
 * The spellings one edit from a word, found through the words each spelling makes with one letter
 * dropped: two words one letter apart always share one (the symmetric-delete index), so no word is
 * compared with every other. Null when the word is crowded: a name with many near spellings stands
 * among many names, not a misspelling to point at.
 */
function nearIndex(spellings: Map<string, Spelling>): (word: string) => Spelling[] | null {
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

/** A vowel for a vowel (Lukashenko, Lukashenka), two letters swapped, or a letter doubled or undoubled. */
function nameLikeEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 1) return /[aeiouy]/.test(a[diff[0]]) && /[aeiouy]/.test(b[diff[0]]);
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long[i] === long[i - 1] || long[i] === long[i + 1];
}

/** Findings on each use of the rarer spelling; on a tie, of the one never written with a given name. */
function report(a: Spelling, b: Spelling, firstsOf: Map<string, Set<string>>): Omit<Finding, 'rule' | 'severity'>[] {
  if (a.at.length !== b.at.length) return a.at.length < b.at.length ? uses(a, b) : uses(b, a);
  // As frequent: the spelling written with a given name is the careful one ("Sen. Tom Halvorson" beside
  // "Halvorsen said"). When both or neither are, nothing tells, and each use of both is reported.
  const aFull = (firstsOf.get(a.word)?.size ?? 0) > 0;
  const bFull = (firstsOf.get(b.word)?.size ?? 0) > 0;
  if (aFull !== bFull) return aFull ? uses(b, a) : uses(a, b);
  return [...uses(a, b), ...uses(b, a)].sort((x, y) => x.start - y.start);
}

/** A finding on each use of `odd`, naming the other spelling. */
function uses(odd: Spelling, usual: Spelling): Omit<Finding, 'rule' | 'severity'>[] {
  const times = usual.at.length === 1 ? 'once' : `${usual.at.length} times`;
  return odd.at.map((start) => ({
    start,
    end: start + odd.word.length,
    message: `"${odd.word}" here, but "${usual.word}" ${times} elsewhere in the article: one name, two spellings?`,
  }));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The lower-case words of the text. */
function lowerCaseWords(prose: string): Set<string> {
  return new Set(prose.match(/\b[a-z][a-z'’-]{3,}\b/g) ?? []);
}

/** Every capitalized word of the text with where it stands. */
function spellingsOf(prose: string): Map<string, Spelling> {
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

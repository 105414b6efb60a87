import { MONTH_NAMES, WEEKDAYS } from '../extractors/dates/lexicon';
import type { TextModel } from '../text/textModel';
import type { Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { nameLikeEdit, variantPair } from './support/nameVariants';
import { personMentions } from './support/personNames';
import { articleWords, nearIndex, type Spelling } from './support/spellings';

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
  scope: 'document',
  run(ctx) {
    const names = knownNames(ctx);
    const { firstsOf } = names;
    const words = articleWords(ctx.model);
    const spellings = words.spellings;
    const asked = new Set<string>();
    READ.set(ctx.model, new SpellingReads(asked, firstsOf.keys()));
    const isLowerCase = (word: string) => {
      asked.add(word);
      return words.isLowerCase(word);
    };
    const near = nearIndex(spellings);
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const seen = new Set<string>();
    const reported = new Set<number>();
    for (const [surname, firsts] of firstsOf) {
      const own = spellings.get(surname);
      if (!own || surname.length < 5) continue;
      const variants = (near(surname) ?? []).filter(
        (other) => !seen.has(pairKey(surname, other.word)) && secondSpelling(surname, firsts, other, names, isLowerCase),
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

/** Calendar words are capitalised but never a name's second spelling: "March 2024" beside "Marsh". */
/** What each run read, by text model: see `spellingReads`. */
const READ = new WeakMap<TextModel, SpellingReads>();

/**
 * What the rule's last run on `model` turned on, or null when it did not run there: the lower-case
 * words it asked about (whether "marsh" is written in lower case beside "Marsh" and "Marsch") and the
 * surnames it checked. A word that is neither, nor one edit from a surname, can be typed or changed
 * without changing the rule's findings (its variants are the words one edit from a surname).
 */
export function spellingReads(model: TextModel): SpellingReads | null {
  return READ.get(model) ?? null;
}

export class SpellingReads {
  private readonly surnames: string[];
  private keys: Set<string> | null = null;

  constructor(
    private readonly asked: ReadonlySet<string>,
    surnames: Iterable<string>,
  ) {
    this.surnames = [...surnames];
  }

  /** Whether changing `word` (as written) could change the rule's findings. */
  turnsOn(word: string): boolean {
    if (this.asked.has(word)) return true;
    if (!/^[A-Z]/.test(word)) return false;
    // A variant shares a word made by dropping one letter with the surname (the symmetric-delete test
    // the near index makes).
    const keys = (this.keys ??= nearKeys(this.surnames));
    for (const key of oneLetterDropped(word)) if (keys.has(key)) return true;
    return false;
  }
}

/** The last surnames' one-letter-dropped words, kept while the surnames stay the same (most keystrokes). */
let lastKeys: { surnames: string; keys: Set<string> } | null = null;

function nearKeys(surnames: readonly string[]): Set<string> {
  const id = surnames.join('\u0000');
  if (lastKeys?.surnames !== id) lastKeys = { surnames: id, keys: new Set(surnames.flatMap((s) => [...oneLetterDropped(s)])) };
  return lastKeys.keys;
}

/** The word and the words it makes with one letter dropped. */
function oneLetterDropped(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAYS]);

/** True when `other` reads as a second spelling of the name `surname`, not as another word or person. */
function secondSpelling(surname: string, firsts: Set<string>, other: Spelling, names: KnownNames, isLowerCase: (word: string) => boolean): boolean {
  if (CALENDAR_WORDS.has(other.word.toLowerCase()) || CALENDAR_WORDS.has(surname.toLowerCase())) return false;
  // Misspelt names keep their first letters: "Bower" and "Power" are two names.
  if (other.word.slice(0, 2) !== surname.slice(0, 2)) return false;
  if (!variantPair(surname, other.word) || names.givenNames.has(other.word) || names.givenNames.has(surname)) return false;
  const otherFirsts = names.firstsOf.get(other.word);
  if (!otherFirsts) return nameLike(surname, other, isLowerCase);
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
  // Named sources are people (or bodies) too: "Lukashenka said" makes "Lukashenka" a name. Its last whole
  // word only: the "Marie" of "Jean-Marie" or the "Presse" of "Agence France-Presse" is no surname.
  for (const c of ctx.claims) {
    const last = c.kind === 'attribution' && !c.vague ? /(?:^|\s)([A-Z][\p{Ll}'’-]{4,})$/u.exec(c.speaker ?? '') : null;
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
function nameLike(name: string, other: Spelling, isLowerCase: (word: string) => boolean): boolean {
  if (isLowerCase(other.word.toLowerCase())) return false;
  return other.midSentence || nameLikeEdit(name, other.word);
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


/**
 * Job titles as news writes them before or after a name ("Finance Minister Ana Silva", "Silva, the
 * deputy finance minister"), read into what can be compared: the head noun, the rank words and the
 * portfolio words.
 */

/** Head nouns of titles, with their synonyms mapped to one form. */
const HEADS: Record<string, string> = {
  minister: 'minister', president: 'president', secretary: 'secretary', chairman: 'chair', chairwoman: 'chair',
  chairperson: 'chair', chair: 'chair', director: 'director', governor: 'governor', mayor: 'mayor',
  senator: 'senator', ambassador: 'ambassador', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson', commissioner: 'commissioner', chancellor: 'chancellor', premier: 'premier',
  speaker: 'speaker', judge: 'judge', prosecutor: 'prosecutor', commander: 'commander', leader: 'leader',
  editor: 'editor', professor: 'professor', coach: 'coach', captain: 'captain', ceo: 'ceo', manager: 'manager',
};
/** Words that change the office: a deputy minister is not the minister. */
const RANKS = new Set(['deputy', 'vice', 'acting', 'interim', 'assistant', 'associate', 'junior', 'shadow', 'under']);
/** Words that name the office's field: a finance minister is not the foreign minister. */
const PORTFOLIOS = new Set([
  'prime', 'finance', 'foreign', 'defence', 'defense', 'interior', 'home', 'health', 'education', 'justice',
  'economy', 'economic', 'trade', 'labour', 'labor', 'agriculture', 'energy', 'environment', 'transport',
  'culture', 'tourism', 'treasury', 'industry', 'communications', 'sport', 'sports', 'housing', 'welfare',
  'security', 'development', 'science', 'technology', 'digital', 'fisheries', 'employment', 'immigration',
  'transportation', 'commerce', 'homeland', 'veterans', 'infrastructure', 'finances',
]);
/** A title with these is about another time: it may differ from the present one. */
const OTHER_TIME = /\b(?:former|ex|then|late|outgoing|incoming|future|previous|erstwhile|one-time|onetime)\b/i;

/** Title words a reader can compare. */
export interface Title {
  text: string;
  head: string;
  ranks: Set<string>;
  portfolios: Set<string>;
}

/** The head noun of a word, or null when the word is no title head. */
export function titleHead(word: string): string | null {
  return HEADS[word.toLowerCase()] ?? null;
}

/** True for words that may stand before a head inside a title: ranks, portfolios, "Prime". */
export function isTitleModifier(word: string): boolean {
  const w = word.toLowerCase();
  return RANKS.has(w) || PORTFOLIOS.has(w) || w === 'first' || w === 'general' || w === 'chief' || w === 'state';
}

/** Reads a title from its words ("deputy finance minister", "Minister of Finance"); null when no head. */
export function readTitle(text: string): Title | null {
  if (OTHER_TIME.test(text)) return null;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const headAt = words.findIndex((w) => HEADS[w]);
  if (headAt < 0) return null;
  const ranks = new Set<string>();
  const portfolios = new Set<string>();
  for (const w of words) {
    if (RANKS.has(w)) ranks.add(w);
    else if (PORTFOLIOS.has(w)) portfolios.add(w === 'defense' ? 'defence' : w === 'labor' ? 'labour' : w);
  }
  return { text: text.trim(), head: HEADS[words[headAt]], ranks, portfolios };
}

/** Two present titles of one person that cannot both be right: one office, other rank or field. */
export function titlesConflict(a: Title, b: Title): boolean {
  if (a.head !== b.head) return false;
  if (!sameSet(a.ranks, b.ranks)) return true;
  if (a.portfolios.size === 0 || b.portfolios.size === 0) return false;
  for (const p of a.portfolios) if (b.portfolios.has(p)) return false;
  return true;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

import { isOrganizationWord, NOT_NAMES, TITLE_WORDS } from './nameWords';

/** A name the article gives in full, where it stands. */
export interface PersonMention {
  name: string;
  start: number;
}

/** The people an article names, for coreference: surnames to full names, full names to roles. */
export interface MentionTable {
  /** The fullest name ending in each surname ("Snopkov" → "Nikolai Snopkov"). */
  bySurname: Map<string, string>;
  /** Every mention of a person that opens a sentence or a clause, in text order, as full names. */
  mentions: PersonMention[];
  /** The role the article gives each person, by full name. */
  roles: Map<string, string>;
  /** Single capitalized words seen inside a sentence, where a capital marks a name, not a sentence start. */
  proper: Set<string>;
}

/** The name in a run of capitalized words, without the function words and titles before it. */
export function personName(words: string[]): string[] | null {
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const bare = words[i].replace(/\.$/, '');
    // Titles, function words, and an organisation before the name ("Air Force James Roche").
    const organization = i < words.length - 1 && isOrganizationWord(bare);
    if (NOT_NAMES.has(bare) || TITLE_WORDS.has(bare.toLowerCase()) || organization) from = i + 1;
  }
  const name = words.slice(from).map((w) => w.replace(/['’]s$/, ''));
  if (name.length === 0 || name.length > 4 || name.some((w) => NOT_NAMES.has(w))) return null;
  return name;
}

/** The most recent mention before `offset`, within `window` characters. */
export function mentionBefore(table: MentionTable, offset: number, window: number): PersonMention | null {
  let lo = 0;
  let hi = table.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  const m = table.mentions[lo - 1];
  return m && offset - m.start <= window ? m : null;
}

/** The fullest form of a name: "Snopkov" → "Nikolai Snopkov"; a full name stays as it is. */
export function fullName(table: MentionTable, name: string): string {
  const words = name.split(' ');
  const fuller = table.bySurname.get(words[words.length - 1]);
  return fuller && fuller.length > name.length && fuller.endsWith(name) ? fuller : name;
}

import { fullName, mentionBefore, personName, type MentionTable, type PersonMention } from './mentions';
import { isOrganization } from './nameWords';

export { buildMentionTable } from './mentionTable';
export type { MentionTable } from './mentions';

/** What a source resolves to. */
export interface ResolvedSpeaker {
  speaker: string | null;
  role: string | null;
  /** True when the source names a person ("Nikolai Snopkov", "he" → a named person). */
  named: boolean;
}

/** A source as the resolver reads it: its words, and the role an appositive or label gave it. */
export interface SourceMention {
  source: { start: number; text: string } | null;
  role: string | null;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on', 'by', 'to', 'and', 'or', 'nor']);
/** How far back "he" looks for the person it stands for, in characters. */
export const PRONOUN_WINDOW = 1500;

/** Whether a source is a pronoun that takes the person named last before it, within PRONOUN_WINDOW. */
export function isPronounSource(text: string): boolean {
  return PRONOUNS.has(text.toLowerCase());
}

/**
 * Resolves each source, in text order, to the fullest name the article gives it, with its role: a
 * surname to the full name, "he"/"she" to the last person named before it, "the president" to the
 * person whose role says so. First the roles every source states (labels, appositives, titles before a
 * name), so that a role given later in the article still reaches an earlier mention.
 */
export function resolveSpeakers(table: MentionTable, sources: readonly SourceMention[]): ResolvedSpeaker[] {
  const named = sources.map((s) => (s.source ? nameOf(table, s.source.text, s.role) ?? reversed(table, s) : null));
  named.forEach((n) => {
    if (n?.role && !table.roles.has(n.name)) table.roles.set(n.name, n.role);
  });
  const byRole = roleIndex(table);
  let last: PersonMention | null = null;
  return sources.map((s, i) => {
    const n = named[i];
    if (!s.source) return { speaker: null, role: null, named: false };
    if (n) {
      if (n.person) last = { name: n.name, start: s.source.start };
      return { speaker: n.name, role: n.role ?? table.roles.get(n.name) ?? null, named: true };
    }
    const lower = s.source.text.toLowerCase();
    if (PRONOUNS.has(lower)) {
      const person = latest(mentionBefore(table, s.source.start, PRONOUN_WINDOW), last && s.source.start - last.start <= PRONOUN_WINDOW ? last : null);
      return person ? { speaker: person.name, role: table.roles.get(person.name) ?? null, named: true } : { speaker: null, role: null, named: false };
    }
    const holder = lower.startsWith('the ') ? byRole.get(lower.split(/\s+/).pop()!) : undefined;
    if (holder) return { speaker: holder, role: table.roles.get(holder) ?? null, named: true };
    return { speaker: s.source.text, role: s.role, named: false };
  });
}

/** The later of two mentions: "he" stands for the person named last, as a source or anywhere. */
function latest(a: PersonMention | null, b: PersonMention | null): PersonMention | null {
  if (!a || !b) return a ?? b;
  return a.start >= b.start ? a : b;
}

/**
 * The person a source names, and the role it states: the capitalized run at its end, after the titles
 * before it ("Northrop Grumman CEO Ron Sugar" → "Ron Sugar", role "Northrop Grumman CEO"). A run after a
 * preposition is an organisation ("a spokesman for Google"), not the source's name.
 */
function nameOf(table: MentionTable, text: string, role: string | null): { name: string; role: string | null; person: boolean } | null {
  // The appositive after a comma and a party tag in parentheses ("(R-S.C.)") are not the name.
  const head = text.replace(/,.*$/s, '').replace(/\([^()]*\)/g, ' ');
  const words = head.split(/\s+/).filter((w) => w.length > 0);
  let from = words.length;
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1])) from--;
  // The run names the source when it opens it or follows a title or a noun ("press secretary Sarah
  // Sanders", "my colleague John Doe"); after a preposition or a conjunction it names something else ("a
  // spokesman for the Office of Management and Budget").
  if (from === words.length) return null;
  if (from > 0 && LINKS.has(words[from - 1].toLowerCase())) return null;
  const name = personName(words.slice(from));
  if (!name || (name.length === 1 && !table.bySurname.has(name[0]) && !table.proper.has(name[0]))) return null;
  const before = words.slice(0, words.length - name.length);
  if (before.length > 0 && DETERMINERS.has(before[0].toLowerCase())) before.shift();
  const title = before.join(' ');
  const person = !isOrganization(name);
  return { name: person ? fullName(table, name.join(' ')) : name.join(' '), role: role ?? (title.length > 0 ? title : null), person };
}

/**
 * A role before the name: "Airbus chief executive, Tom Enders" or "Clinton's campaign manager, Robby
 * Cole": the name is the appositive, the role the words before its comma.
 */
function reversed(table: MentionTable, s: SourceMention): ReturnType<typeof nameOf> {
  if (!s.source || !s.role) return null;
  const comma = s.source.text.indexOf(',');
  if (comma < 0) return null;
  const named = nameOf(table, s.role, null);
  return named && named.person && named.role === null ? { ...named, role: s.source.text.slice(0, comma).trim() } : null;
}

/** Each word of each role, to the person who holds it: "the president" → the president the article named. */
function roleIndex(table: MentionTable): Map<string, string> {
  const index = new Map<string, string>();
  for (const [name, role] of table.roles) {
    for (const word of role.toLowerCase().split(/[\s,]+/)) if (word.length >= 4) index.set(word, name);
  }
  return index;
}

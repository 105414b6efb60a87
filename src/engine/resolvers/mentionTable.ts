/** The mention table: the names an article gives, read paragraph by paragraph, for coreference. */

import { TextMemo } from '../scanCache';
import { forEachMatch } from '../text/matchLoop';
import { drain, PARAGRAPHS_PER_STEP, type Steps } from '../steps';
import type { TextModel } from '../text/textModel';
import { personName, type MentionTable, type PersonMention } from './mentions';
import { isOrganization, TITLE_WORDS } from './nameWords';

/** Verbs that show an appositive is a clause, not a role. */
const VERBS = new Set(['is', 'was', 'were', 'are', 'would', 'will', 'has', 'have', 'had', 'said', 'says', 'told', 'can', 'could']);

// Runs of capitalized words or initials ("John F. Kennedy"), not inside a word: the lookbehind keeps
// "AAAA..." linear, and a full stop only follows an initial, so a run never crosses a sentence end.
const CAPITALIZED_RUN = /(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)(?:[ \t]+\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)){0,5}/gu;

/** Finds the capitalized names of the text and builds the table of surnames. Linear in the text. */
export function buildMentionTable(prose: string): MentionTable {
  return tableOf([{ start: 0, runs: nameRuns(prose, 0, prose.length) }]);
}

/**
 * The mention table of an article, its names read paragraph by paragraph and remembered under each
 * paragraph's text and the context the reading looks at beside it (the character before it, the rest
 * of its last line), so that a keystroke reads one paragraph again. No run of capitals crosses the
 * line breaks between paragraphs: the same table as `buildMentionTable(model.prose)`.
 */
export function mentionTableOf(model: TextModel): MentionTable {
  return drain(mentionTableSteps(model));
}

/** `mentionTableOf`, pausing every PARAGRAPHS_PER_STEP paragraphs. */
export function* mentionTableSteps(model: TextModel): Steps<MentionTable> {
  const { prose } = model;
  const parts: { start: number; runs: NameRun[] }[] = [];
  for (let k = 0; k < model.paragraphs.length; k++) {
    if (k > 0 && k % PARAGRAPHS_PER_STEP === 0) yield;
    const p = model.paragraphs[k];
    let i = p.start - 1;
    while (i >= 0 && p.start - i < 13 && (prose[i] === ' ' || prose[i] === '\t')) i--;
    const lineEnd = prose.indexOf('\n', p.end);
    const after = prose.slice(p.end, Math.min(p.end + 100, lineEnd < 0 ? prose.length : lineEnd));
    const context = `${p.start - i}${i >= 0 ? prose[i] : ''}|${after}`;
    parts.push({ start: p.start, runs: byParagraph.get(prose.slice(p.start, p.end), context, () => nameRuns(prose, p.start, p.end)) });
  }
  return tableOf(parts);
}

/** A run of capitalized words read as a name, relative to the start of the paragraph it stands in. */
export interface NameRun {
  at: number;
  name: string[];
  /** A single word inside a sentence, where a capital marks a name. */
  proper: boolean;
  organization: boolean;
  /** Opens a sentence or follows a comma. */
  opens: boolean;
  role: string | null;
}

const byParagraph = new TextMemo<NameRun[]>(20000);

/** Where a run of CAPITALIZED_RUN can start: its own start, alone. */
const RUN_START = /(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}/gu;
/** CAPITALIZED_RUN read at one offset. */
const RUN_AT = new RegExp(CAPITALIZED_RUN.source, 'uy');

/** The names whose runs start in `from`..`to` of the prose, offsets relative to `from`. */
export function nameRuns(prose: string, from: number, to: number): NameRun[] {
  const out: NameRun[] = [];
  // Starts are sought in the paragraph alone (and the two characters before it, for the lookbehind): a
  // search of the rest of the prose would read on to the next capital, which in lower-cased wire text is
  // far away, for every paragraph. A run found is read in the prose, as it may go on past `to`.
  const lead = Math.min(from, 2);
  const base = from - lead;
  let after = 0;
  forEachMatch(RUN_START, prose.slice(base, to), (s) => {
    if (s.index < after) return;
    RUN_AT.lastIndex = base + s.index;
    const m = RUN_AT.exec(prose);
    if (!m) return;
    after = s.index + m[0].length;
    const name = personName(m[0].split(/[ \t]+/));
    if (!name) return;
    const organization = isOrganization(name);
    out.push({
      at: m.index - from,
      name,
      proper: name.length === 1 && insideSentence(prose, m.index),
      organization,
      opens: !organization && opensClause(prose, m.index),
      role: !organization && name.length >= 2 ? appositiveRole(prose, m.index + m[0].length) : null,
    });
  }, lead);
  return out;
}

/** The table of the runs of each part of the text, parts in text order. */
function tableOf(parts: { start: number; runs: NameRun[] }[]): MentionTable {
  const bySurname = new Map<string, string>();
  const runs: PersonMention[] = [];
  const proper = new Set<string>();
  const roles = new Map<string, string>();
  // The words of each surname's fullest name so far.
  const longest = new Map<string, number>();
  for (const { start, runs: found } of parts) {
    for (const r of found) {
      if (r.proper) proper.add(r.name[0]);
      if (r.organization) continue;
      // "he" mostly stands for a subject: keep the names that open a sentence or follow a comma.
      const name = r.name.join(' ');
      if (r.opens) runs.push({ name, start: start + r.at });
      if (r.name.length < 2) continue;
      if (r.role && !roles.has(name)) roles.set(name, r.role);
      const last = r.name[r.name.length - 1];
      if ((longest.get(last) ?? 0) < r.name.length) {
        bySurname.set(last, name);
        longest.set(last, r.name.length);
      }
    }
  }
  const mentions: PersonMention[] = [];
  for (const r of runs) {
    const full = r.name.includes(' ') ? r.name : bySurname.get(r.name);
    if (full) mentions.push({ name: bySurname.get(full.split(' ').pop()!) ?? full, start: r.start });
  }
  return { bySurname, mentions, roles, proper };
}

/**
 * The role in an appositive after a name, ", First Deputy Prime Minister of Belarus," or ", a spokeswoman
 * for the party.": up to ten words that hold a title word, closed by a comma or a full stop.
 */
function appositiveRole(prose: string, at: number): string | null {
  if (prose[at] !== ',' || prose[at + 1] !== ' ') return null;
  const end = prose.slice(at + 2, at + 100).search(/[,.;:!?\n]/);
  if (end < 0) return null;
  const role = prose.slice(at + 2, at + 2 + end).trim();
  const words = role.split(/\s+/);
  if (words.length === 0 || words.length > 10 || !words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')))) return null;
  // A clause is not a role: "Robby Cole, told reporters the candidate would ...".
  if (/ed$/.test(words[0]) || words.some((w) => VERBS.has(w.toLowerCase()))) return null;
  return role;
}

/** True when the word at `at` opens a sentence or follows a comma. */
function opensClause(prose: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i < 12 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return !insideSentence(prose, at) || prose[i] === ',';
}

/** True when the word at `at` follows a word or a comma on its line, not a sentence's end. */
function insideSentence(prose: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i >= 0 && !/[.!?\n\r"“”:]/.test(prose[i]);
}

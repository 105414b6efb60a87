import { TextMemo } from '../../scanCache';
import type { TextModel } from '../../text/textModel';
import { isTitleModifier, readTitle, titleHead, type Title } from './titles';

/** A name in the text, with the title written before it or in apposition after it. */
export interface PersonMention {
  start: number;
  end: number;
  /** The given name when written ("Ana" in "Ana Silva"), else null. */
  first: string | null;
  surname: string;
  title: Title | null;
  /** Where the title stands, for findings. */
  titleStart: number;
  titleEnd: number;
}

/** Runs of capitalized words: "Finance Minister Ana Silva". Each step needs a space then a capital: linear. */
const RUN = /\b[A-Z][\p{L}'’-]*(?:[ \t]+[A-Z][\p{L}'’-]*)*/gu;
/** Words that open a sentence or a clause, not names. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'But', 'And', 'Or', 'As', 'When', 'While', 'If', 'After', 'Before',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'He', 'She', 'It', 'They',
  'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'Its', 'There', 'Here', 'So', 'Yet',
  'However', 'Moreover', 'Meanwhile', 'Still', 'Also', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  'Unlike', 'Like', 'Despite', 'Although', 'Though', 'Because', 'Since', 'Until', 'Without', 'With', 'Within',
  'During', 'Under', 'Over', 'Among', 'Between', 'Through', 'Following', 'According', 'Including', 'Later',
  'Earlier', 'Last', 'Next', 'Instead', 'Overall', 'Elsewhere', 'Even', 'Only', 'Both', 'Each', 'Every', 'All',
  'Some', 'Many', 'Most', 'Several', 'Few', 'Other', 'Another', 'Such', 'What', 'Where', 'Why', 'How', 'Who',
  'Which', 'Whose', 'Not', 'No', 'Yes', 'From', 'To', 'Of', 'About', 'Against', 'Ask', 'Asked', 'Let', 'Dear',
]);
/** Last words of the names of organizations, places and events, which runs of capitals also make. */
const NOT_SURNAMES = new Set([
  'Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Group', 'Bank', 'Ministry', 'Department', 'Agency', 'Council',
  'University', 'College', 'School', 'Institute', 'Party', 'Association', 'Union', 'Airlines', 'Airways', 'Motors',
  'Times', 'News', 'Post', 'Street', 'Road', 'Avenue', 'Square', 'Park', 'House', 'Court', 'Committee', 'Commission',
  'Fund', 'Organization', 'Organisation', 'Foundation', 'Center', 'Centre', 'Office', 'Service', 'Services', 'Force',
  'Army', 'Navy', 'Systems', 'Technologies', 'International', 'Holdings', 'Airport', 'Station', 'River', 'Sea',
  'Ocean', 'Island', 'Islands', 'Mountains', 'Republic', 'Kingdom', 'States', 'Federation', 'Senate', 'Congress',
  'Parliament', 'Assembly', 'Cup', 'League', 'Games', 'Awards', 'Festival', 'Day', 'Week', 'Year', 'Affairs',
  'Defence', 'Defense', 'Security', 'Research', 'Studies', 'Technology', 'Science', 'Energy', 'Health', 'Finance',
  'Trade', 'Exchange', 'Market', 'Markets', 'Reserve', 'Hospital', 'Church', 'Club', 'Team', 'Act', 'Bill', 'Law',
  'Treaty', 'Agreement', 'Summit', 'War', 'Forum', 'Network', 'Media', 'Press', 'Journal', 'Review', 'Index',
]);
const MONTHS_AND_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const HEAD_WORDS = 'minister|president|secretary|chairman|chairwoman|chairperson|chair|director|governor|mayor|senator|ambassador|spokesman|spokeswoman|spokesperson|commissioner|chancellor|premier|speaker|judge|prosecutor|commander|leader|editor|professor|coach|captain|ceo|manager';
/** ", the deputy finance minister", ", Minister of Finance": up to four words before the head. */
const APPOSITION = new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+)?((?:[\\p{L}'’-]+\\s+){0,4}?)(${HEAD_WORDS})\\b(?!['’]s)(?:\\s+of\\s+(?:the\\s+)?([\\p{L}]+))?`, 'iu');

/** Each paragraph's mentions by its text, from scan to scan: a keystroke reads one paragraph again. */
const byParagraph = new TextMemo<PersonMention[]>(20000);
/** The mentions of each text model read so far; a model is dropped with its scan. */
const cache = new WeakMap<TextModel, PersonMention[]>();

/** Every name mention of the article, paragraph by paragraph, in order. */
export function personMentions(model: TextModel): PersonMention[] {
  // Two rules read the mentions of one scan: read them once per text model.
  const known = cache.get(model);
  if (known) return known;
  const out: PersonMention[] = [];
  for (const p of model.paragraphs) {
    const body = model.prose.slice(p.start, p.end);
    for (const mention of byParagraph.get(body, '', () => paragraphMentions(body))) out.push(shift(mention, p.start));
  }
  cache.set(model, out);
  return out;
}

/** The mentions of one paragraph, relative to its start. */
export function paragraphMentions(body: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of body.matchAll(RUN)) {
    const mention = readRun(body, m.index, m[0]);
    if (mention) out.push(mention);
  }
  return out;
}

function readRun(body: string, at: number, run: string): PersonMention | null {
  const tokens = [...run.matchAll(/\S+/g)];
  const words = tokens.map((t) => t[0]);
  let i = 0;
  while (i < words.length && NOT_NAMES.has(words[i])) i++;
  const titleFrom = i;
  // The title runs to its last head word ("Transportation Secretary"), or over the known modifiers.
  let head = -1;
  for (let k = i; k < words.length - 1; k++) if (titleHead(words[k])) head = k;
  if (head >= 0) i = head + 1;
  else while (i < words.length - 1 && isTitleModifier(words[i])) i++;
  let name = words.slice(i).map((w) => w.replace(/['’]s?$/, ''));
  // Three words with no initial in the middle: the first opens the sentence ("Later Pieter Janssen").
  if (name.length === 3 && !/^[A-Z]\.?$/.test(name[1])) [name, i] = [name.slice(1), i + 1];
  if (!plausibleName(name)) return null;
  const nameStart = at + tokens[i].index;
  const end = at + run.length;
  let title = titleFrom < i ? { text: words.slice(titleFrom, i).join(' '), start: at + tokens[titleFrom].index, end: nameStart } : null;
  const lower = lowerTitleBefore(body, title ? title.start : nameStart);
  if (lower) title = { text: `${lower.text} ${title?.text ?? ''}`, start: lower.start, end: nameStart };
  title ??= appositionAfter(body, end);
  const read = title ? readTitle(title.text) : null;
  if (name.length === 1 && !read) return null;
  return {
    start: nameStart,
    end,
    first: name.length > 1 ? name[0] : null,
    surname: name[name.length - 1],
    title: read,
    titleStart: read ? title!.start : nameStart,
    titleEnd: read ? title!.end : nameStart,
  };
}

/**
 * A name is one to three capitalized words, the middle one of three an initial ("George W. Bush"), the
 * last not the word that ends an organization's or a place's name, none a month or a weekday.
 */
function plausibleName(name: string[]): boolean {
  if (name.length === 0 || name.length > 3 || (name.length === 3 && !/^[A-Z]\.?$/.test(name[1]))) return false;
  const last = name[name.length - 1];
  if (titleHead(last) || NOT_SURNAMES.has(last) || last.length < 2) return false;
  return !name.some((w) => MONTHS_AND_DAYS.test(w) || NOT_NAMES.has(w));
}

/** A title in apposition after a name: ", the deputy finance minister". */
function appositionAfter(body: string, end: number): { text: string; start: number; end: number } | null {
  if (body[end] !== ',') return null;
  const app = APPOSITION.exec(body.slice(end, end + 80));
  if (!app || !app[1].split(/\s+/).filter(Boolean).every(modifierLike)) return null;
  return {
    text: `${app[1]}${app[2]}${app[3] ? ` of ${app[3]}` : ''}`,
    start: end + app[0].indexOf(app[1] || app[2]),
    end: end + app[0].length,
  };
}

/** A lower-case title right before a name: "deputy finance minister Ana Silva". */
function lowerTitleBefore(body: string, at: number): { text: string; start: number } | null {
  // Cheap test first: most names follow no title word.
  const lastWord = /([a-z]+)\s+$/.exec(body.slice(Math.max(0, at - 16), at));
  if (!lastWord || !titleHead(lastWord[1])) return null;
  const before = body.slice(Math.max(0, at - 60), at);
  const words = [...before.matchAll(/\b[a-z][a-z-]*\b/g)].filter((w) => w.index + w[0].length <= before.length);
  const last = words[words.length - 1];
  if (!last || !titleHead(last[0]) || before.slice(last.index + last[0].length).trim() !== '') return null;
  let k = words.length - 1;
  while (k > 0 && isTitleModifier(words[k - 1][0]) && /^\s+$/.test(before.slice(words[k - 1].index + words[k - 1][0].length, words[k].index))) k--;
  const start = at - before.length + words[k].index;
  return { text: body.slice(start, at).trim(), start };
}

/** Words that may stand in a title before its head: ranks, fields, a nationality, a possessive. */
function modifierLike(word: string): boolean {
  return isTitleModifier(word) || /^[A-Z]/.test(word) || /['’]s$/.test(word);
}

function shift(m: PersonMention, by: number): PersonMention {
  return { ...m, start: m.start + by, end: m.end + by, titleStart: m.titleStart + by, titleEnd: m.titleEnd + by };
}

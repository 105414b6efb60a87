import type { MentionTable } from '../../resolvers/speakers';
import type { Paragraph, TextModel } from '../../text/textModel';
import { CUE_WORDS } from './cueWords';
import type { Found } from './found';
import { tokenize, type Token } from './tokens';

/** Heading words: "Key points:", "Background:", "Monday:" are titles, not speakers. */
const HEADING_WORDS = new Set(
  (
    'key points point background summary note notes update updated related editor editors contents conclusion ' +
    'introduction highlights takeaways takeaway source sources read more see also what why how when where who the a an ' +
    'of and for in on with to our your this here there example examples step steps warning caution tip tips q question ' +
    'answer results methods data table figure chart photo video watch listen breaking live latest advertisement ' +
    'correction clarification disclaimer ingredients instructions agenda timeline transcript subscribe follow share ' +
    'topics tags keywords abstract references appendix faq overview details location date time venue price contact ' +
    'email phone address by via credits quote quotes day part chapter section article news report analysis opinion ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today tomorrow yesterday morning evening'
  ).split(' '),
);
const CAPITAL = /\p{Lu}/u;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'da', 'del', 'di', 'la', 'le', 'du', 'dos', 'y', 'ibn']);
const FIRST_PERSON = new Set(["i", 'we', 'my', 'our', 'us', 'me', 'mine', 'ours', 'myself', 'ourselves', "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll"]);
const THIRD_PERSON_OPENERS = new Set(['he', 'she', 'his', 'her', 'they', 'their']);

/**
 * The lower-case words that decide how far a label's speech runs over the paragraphs below it: whether
 * a paragraph still speaks in the first person or hands back to the narrator. Another lower-case word
 * typed into a paragraph cannot end or extend a label's speech.
 */
export function decidesLabelSpeech(word: string): boolean {
  return FIRST_PERSON.has(word) || THIRD_PERSON_OPENERS.has(word);
}

/** A speaker label's name and role tokens, when the paragraph is one: `Name, role:` or `Name:`. */
function readLabel(model: TextModel, p: Paragraph, table: MentionTable): { name: Token[]; role: Token[] } | null {
  // Cheap tests first: most paragraphs are long, or do not end in a colon, or open with no capital.
  if (p.end - p.start > 160 || model.prose[p.end - 1] !== ':' || !CAPITAL.test(model.prose[p.start])) return null;
  const tokens = tokenize(model.prose, p.start, p.end - 1);
  const comma = tokens.findIndex((t) => t.text === ',');
  const name = comma < 0 ? tokens : tokens.slice(0, comma);
  const role = comma < 0 ? [] : tokens.slice(comma + 1);
  if (name.length === 0 || name.length > 6 || role.length > 20 || !isName(name, table)) return null;
  if (role.some((t) => !t.word && /[!?:;"“”]/.test(t.text))) return null;
  return { name, role };
}

function isName(name: Token[], table: MentionTable): boolean {
  const words = name.filter((t) => t.word);
  if (!name[0].cap || !name[name.length - 1].word) return false;
  for (const t of name) {
    if (!t.word) {
      if (t.text !== '.' && t.text !== '-') return false;
    } else if (/\p{N}/u.test(t.text) || HEADING_WORDS.has(t.lower) || (CUE_WORDS.has(t.lower) && !t.cap)) return false;
    else if (!t.cap && !PARTICLES.has(t.lower)) return false;
  }
  if (words.length > 1) return true;
  // One word: a transcript's "TRUMP:" or a surname the article gives in full elsewhere.
  const only = words[0].text;
  return (only.length > 1 && only === only.toUpperCase()) || table.bySurname.has(only);
}

/**
 * The speaker labels of broadcast reports and transcripts: a line of its own, `Name, role:` or `Name:`.
 * The speech is the paragraph below and the ones after it that still speak in the first person, up to
 * the next label or the return of the narrator (a paragraph that names the speaker or opens with "he").
 */
export function findSpeakerLabels(model: TextModel, table: MentionTable): Found[] {
  const out: Found[] = [];
  const paras = model.paragraphs;
  for (let i = 0; i + 1 < paras.length; i++) {
    const label = readLabel(model, paras[i], table);
    if (!label || readLabel(model, paras[i + 1], table)) continue;
    const nameWords = new Set(label.name.filter((t) => t.word && t.cap).map((t) => t.lower));
    let last = i + 1;
    while (last + 1 < paras.length && continuesSpeech(model, paras[last + 1], nameWords, table)) last++;
    const { name, role } = label;
    out.push({
      source: { start: name[0].start, end: name[name.length - 1].end },
      role: role.length > 0 ? { start: role[0].start, end: role[role.length - 1].end } : null,
      cue: { start: paras[i].end - 1, end: paras[i].end },
      content: { start: paras[i + 1].start, end: paras[last].end },
      via: 'speaker-label',
    });
    i = last;
  }
  return out;
}

function continuesSpeech(model: TextModel, p: Paragraph, nameWords: Set<string>, table: MentionTable): boolean {
  if (readLabel(model, p, table)) return false;
  const tokens = tokenize(model.prose, p.start, p.end);
  const opener = tokens.find((t) => t.word);
  if (!opener || THIRD_PERSON_OPENERS.has(opener.lower)) return false;
  let firstPerson = false;
  for (const t of tokens) {
    if (t.cap && nameWords.has(t.lower.replace(/'s$/, ''))) return false;
    if (FIRST_PERSON.has(t.lower)) firstPerson = true;
  }
  return firstPerson;
}

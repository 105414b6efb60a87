import { AUXILIARIES, BE_FORMS, CUE_WORDS, NOUN_MARKERS, OPTIONAL_PARTICLES, PARTICLES, RECIPIENT_VERBS, SUBJECT_PRONOUNS, type CueWord } from './cueWords';
import { isQuoteMark, type Token } from './tokens';
import { CLAUSE_STOPS, INNER_PREPOSITIONS, OUTER_PREPOSITIONS, TIME_WORDS, TIME_LEADS, isAdverb } from './wordLists';

const CUE_ADVERBS = new Set(['also', 'later', 'often', 'once', 'previously', 'recently', 'repeatedly', 'again', 'already', 'publicly', 'privately', 'frequently', 'subsequently', 'initially', 'reportedly']);
const QUANTIFIERS = new Set(['some', 'any', 'no', 'each', 'every']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** A verb cue: its verb group's token range and how it reads. */
export interface VerbCue {
  word: CueWord;
  /** The first token of the verb group: an auxiliary ("has said") or the verb. */
  from: number;
  /** The verb, or the last word of its recipient ("told reporters"): where its content is read from. */
  to: number;
  /** The cue's last token: the verb or its particle, without the hearer ("told", as PolNeAR marks it). */
  cueEnd: number;
  verb: number;
  /** "was stated by", "it is claimed": a form of "be" with the past participle. */
  passive: boolean;
}

/**
 * The verb cue at token `i`, or null when the word is not a verb of saying there: "the said property",
 * "their claims", "to say", "United States".
 */
export function verbCueAt(tokens: Token[], i: number, firstWord: number): VerbCue | null {
  const t = tokens[i];
  const word = CUE_WORDS.get(t.lower);
  if (!word || (t.cap && i !== firstWord && !titleCase(tokens, i, word))) return null;
  const prev = tokens[i - 1];
  // "some" and "no" make a noun of "claims" but not of "believe": "some believe", "some say".
  if (prev?.word && NOUN_MARKERS.has(prev.lower) && !(word.form === 'base' && QUANTIFIERS.has(prev.lower))) return null;
  if (prev?.word && /'s$|s'$/.test(prev.lower) && word.form !== 'past') return null;
  if (word.form === 'base' && (!prev?.word || prev.lower === 'to')) return null;
  // "expressed doubts", "issued reports": a noun after a verb in the past.
  if ((word.form === 'base' || word.form === 's') && prev?.word && !prev.cap && prev.lower.endsWith('ed')) return null;
  // "disparaging comments", "early-morning tweets", "derogatory remarks": a noun after an adjective.
  if ((word.form === 's' || word.form === 'base') && prev?.word && !prev.cap && isAdjective(prev.lower)) return null;
  // "all 50 states", "149 confirmed orders": a noun or an adjective after a number.
  if (prev?.word && /^\p{N}/u.test(prev.text)) return null;
  // "a request for comment", "in response": a noun after a preposition.
  if ((word.form === 'base' || word.form === 's') && prev?.word && (OUTER_PREPOSITIONS.has(prev.lower) || INNER_PREPOSITIONS.has(prev.lower))) return null;
  if (word.form === 's' && !prev) return null;
  // "..., saying", "was saying", or a participle before a quotation: 'a statement saying "..."'.
  const beforeQuote = isQuoteMark(tokens[i + 1]) || ((tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === ':') && isQuoteMark(tokens[i + 2]));
  if (word.form === 'ing' && !(prev?.text === ',' || (prev?.word && BE_FORMS.has(prev.lower)) || beforeQuote)) return null;
  const particle = PARTICLES.get(word.lemma);
  if (particle && tokens[i + 1]?.lower !== particle) return null;
  const from = groupStart(tokens, i);
  let passive = false;
  for (let k = from; k < i; k++) if (BE_FORMS.has(tokens[k].lower) && word.form === 'past') passive = true;
  const verbEnd = particle || OPTIONAL_PARTICLES.get(word.lemma)?.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
  const to = RECIPIENT_VERBS.has(word.lemma) && !passive ? recipientEnd(tokens, i + 1) ?? i : verbEnd;
  // "said:" before the speech: PolNeAR's cue takes the colon in.
  const cueEnd = tokens[verbEnd + 1]?.text === ':' ? verbEnd + 1 : verbEnd;
  return { word, from, to, cueEnd, verb: i, passive };
}

const ING_ADJECTIVES = new Set(['disparaging', 'insulting', 'damning', 'scathing', 'glowing', 'sweeping', 'misleading', 'shocking', 'stunning', 'surprising', 'lengthy', 'angry', 'public', 'private', 'recent', 'previous', 'earlier', 'latest', 'racist', 'sexist', 'offensive', 'controversial', 'critical', 'positive', 'negative', 'many', 'several', 'numerous', 'other', 'new', 'false', 'similar']);

/** A word that reads as an adjective before a noun: hyphenated ("late-night"), "-ory", "-ous", or a listed one. */
function isAdjective(lower: string): boolean {
  return ING_ADJECTIVES.has(lower) || (lower.includes('-') && /[a-z]$/.test(lower)) || /(?:ory|ous|ful)$/.test(lower);
}

/** A headline's cue: "Lindsey Graham Says ...", "New Poll Shows ..." (not "United States", a name). */
function titleCase(tokens: Token[], i: number, word: CueWord): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return word.lemma !== 'state' && word.form !== 'base' && !!prev?.word && prev.cap && (!next?.word || next.cap);
}

/**
 * The first token of the verb group: auxiliaries and negation, with an adverb among them ("has also
 * said"), and an adverb of repetition or time just before the verb ("also said", "later wrote"), which
 * PolNeAR counts as part of the cue.
 */
function groupStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && tokens[k].word) {
    const lower = tokens[k].lower;
    if (AUXILIARIES.has(lower) || CUE_ADVERBS.has(lower)) k--;
    else if (isAdverb(lower) && k > 0 && AUXILIARIES.has(tokens[k - 1].lower)) k -= 2;
    else break;
  }
  return k + 1;
}

/** The hearer after "told" ("told reporters", "told The Associated Press"): up to five words. */
function recipientEnd(tokens: Token[], j: number): number | null {
  let end: number | null = null;
  for (let k = j; k < tokens.length && k < j + 5; k++) {
    const t = tokens[k];
    if (!t.word || CLAUSE_STOPS.has(t.lower) || OUTER_PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    if ((CUE_WORDS.has(t.lower) && !t.cap) || SUBJECT_PRONOUNS.has(t.lower) || AUXILIARIES.has(t.lower) || t.lower === 'there') break;
    // A second noun phrase is the clause told: "told reporters the candidate would not drop out".
    if (k > j && DETERMINERS.has(t.lower) && !DETERMINERS.has(tokens[k - 1].lower)) break;
    end = k;
  }
  return end;
}

/**
 * Steps back over what may stand between a source and its cue: adverbs and time adjuncts ("Smith also
 * said", "Trump on Monday said", "officials last week warned"). Returns the index before them.
 */
export function skipAdjunctsBack(tokens: Token[], k: number): number {
  while (k >= 0 && tokens[k].word) {
    const lower = tokens[k].lower;
    const nextIsTime = TIME_WORDS.has(tokens[k + 1]?.lower ?? '');
    if (isAdverb(lower) || TIME_WORDS.has(lower) || (TIME_LEADS.has(lower) && nextIsTime)) k--;
    else break;
  }
  return k;
}

/** Steps forward over a time adjunct after a cue ("noted last month, ..."): the index after it. */
export function skipTimeForward(tokens: Token[], k: number): number {
  while (k < tokens.length && tokens[k].word) {
    const lower = tokens[k].lower;
    if (TIME_WORDS.has(lower) || (TIME_LEADS.has(lower) && TIME_WORDS.has(tokens[k + 1]?.lower ?? ''))) k++;
    else break;
  }
  return k;
}

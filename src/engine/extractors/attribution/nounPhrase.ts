import { CUE_WORDS, SUBJECT_PRONOUNS } from './cueWords';
import { isQuoteMark, type Token } from './tokens';
import { CLAUSE_STOPS, INNER_PREPOSITIONS, LEADING_FILLERS, OUTER_PREPOSITIONS, TIME_WORDS, TITLE_ABBREVIATIONS } from './wordLists';

/** A run of tokens, by inclusive indexes, and an appositive role inside it when there is one. */
export interface Phrase {
  from: number;
  to: number;
  /** The appositive's token range ("Smith, the minister," → "the minister"). */
  role?: { from: number; to: number };
  /** True when an aside stands between the phrase and its cue ("The president, according to two aides,"). */
  aside?: boolean;
}

const MAX_WORDS = 10;

/** The stop after a title abbreviation or an initial belongs to the name ("Sen. Warren", "John F. Kennedy"). */
function isInnerStop(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k].text === '.' && !!prev && prev.word && (TITLE_ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
}

/** "and" joins two names ("Smith and Jones said") but ends a source in "... strong and experts say". */
function isNameConjunction(tokens: Token[], k: number): boolean {
  return tokens[k].lower === 'and' && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap;
}

/**
 * The noun phrase that ends at token `end`, read backwards: it stops at punctuation, at a word that
 * opens a clause, at another cue verb, or at a time word once it has a head. A relative clause stays in
 * ("officials who spoke on condition of anonymity"). Null when no word stands there.
 */
export function phraseBefore(tokens: Token[], end: number): Phrase | null {
  const first = tokens[end];
  // A verb form ends no source ("said said ..."); a noun-like one may ("the report found").
  const form = first?.word && !first.cap ? CUE_WORDS.get(first.lower)?.form : undefined;
  if (!first?.word || CLAUSE_STOPS.has(first.lower) || form === 'past' || form === 'ing') return null;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'who') return { from: end, to: end };
  let from = end;
  let count = 0;
  for (let k = end; k >= 0 && count < MAX_WORDS; k--) {
    const t = tokens[k];
    if (!t.word) {
      if (isInnerStop(tokens, k)) continue;
      break;
    }
    if (t.lower === 'who' && k < end) {
      from = k;
      continue;
    }
    if (CLAUSE_STOPS.has(t.lower) && !isNameConjunction(tokens, k)) break;
    if (CUE_WORDS.has(t.lower) && !t.cap && k < end) break;
    if (TIME_WORDS.has(t.lower) && k < end) break;
    if (SUBJECT_PRONOUNS.has(t.lower) && k < end) break;
    from = k;
    count++;
  }
  while (from < end && LEADING_FILLERS.has(tokens[from].lower)) from++;
  if (tokens[from].lower === 'who') return null;
  return { from, to: end };
}

/**
 * The noun phrase that starts at token `start`, read forwards ("said Sen. John Smith", "according to
 * the agency's annual report"), with an appositive role after a comma ("said Smith, a spokesman for the
 * ministry"). It stops at punctuation, at a clause word, a preposition of time or place, or a cue.
 */
export function phraseAfter(tokens: Token[], start: number, closedRoleOnly = false): Phrase | null {
  const sentenceEnd = tokens.length;
  const first = tokens[start];
  if (!first?.word || CLAUSE_STOPS.has(first.lower) || OUTER_PREPOSITIONS.has(first.lower)) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return { from: start, to: start };
  let to = start;
  for (let k = start + 1; k < sentenceEnd && k - start < MAX_WORDS; k++) {
    const t = tokens[k];
    if (!t.word) {
      if (isInnerStop(tokens, k)) continue;
      break;
    }
    const innerPrep = INNER_PREPOSITIONS.has(t.lower) || (t.lower === 'at' && !!tokens[k + 1]?.cap);
    if (!innerPrep && (OUTER_PREPOSITIONS.has(t.lower) || CLAUSE_STOPS.has(t.lower)) && !isNameConjunction(tokens, k)) break;
    if (t.lower === 'who' || TIME_WORDS.has(t.lower) || (CUE_WORDS.has(t.lower) && !t.cap)) break;
    to = k;
  }
  // With content still to come after the phrase ("According to Smith, the economy grew"), only a role
  // closed by a second comma is a role: "According to Smith, an economist, the economy grew".
  const role = appositiveAfter(tokens, to + 1, sentenceEnd);
  if (!role || (closedRoleOnly && tokens[role.to + 1]?.text !== ',')) return { from: start, to };
  return { from: start, to: role.to, role };
}

const ROLE_OPENERS_REJECTED = new Set(['who', 'which', 'that', 'adding', 'saying', 'noting', 'according', 'in', 'on', 'at', 'during', 'after', 'before', 'and', 'but', 'as', 'when', 'while', 'if']);

/** ", a spokesman for the ministry" after a name: the words up to the next comma or the sentence end. */
export function appositiveAfter(tokens: Token[], comma: number, sentenceEnd: number): { from: number; to: number } | null {
  if (tokens[comma]?.text !== ',') return null;
  const from = comma + 1;
  const head = tokens[from];
  if (!head?.word || ROLE_OPENERS_REJECTED.has(head.lower)) return null;
  let to = from;
  for (let k = from; k < sentenceEnd && k - from < 14; k++) {
    const t = tokens[k];
    if (!t.word && !isInnerStop(tokens, k) && t.text !== '-' && t.text !== '(' && t.text !== ')') break;
    if (isQuoteMark(t) || (t.word && CUE_WORDS.has(t.lower) && !t.cap)) return null;
    to = k;
  }
  while (to > from && !tokens[to].word) to--;
  return { from, to };
}

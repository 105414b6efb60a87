import type { Amount } from './amount';
import { ORDINAL_SUFFIXES } from './numberWords';
import type { Token } from './tokenize';

/** Words after which a number names a thing rather than counts it: "page 5", "Section 3", "route 66". */
const REFERENCE_WORDS = new Set(
  ('page pages p pp section sections chapter chapters article articles paragraph paragraphs clause clauses ' +
    'subsection no nos number figure fig table vol volume issue episode season part route highway interstate ' +
    'room gate platform flight rule amendment step phase stage apartment suite box version v rev model line ' +
    'item items exhibit appendix verse psalm bus channel level grade row seat ward district precinct lot ' +
    'code zip ext extension tel phone fax call dial').split(' '),
);

/** Words after a number that make it a clock time. */
const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'hrs', 'h']);

const MONTHS = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Capitalized words that may stand before a count without naming it ("About 9,000", "Only ten"). */
const FUNCTION_WORDS = new Set(
  ('a an the about around some nearly almost over under only all just and or but of in on at to by for with from ' +
    'as than more less fewer up down another those these its their his her our every each ' +
    'approximately roughly least most further total additional').split(' '),
);

const isCapitalized = (t: Token) => t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase();
const isSym = (t: Token | undefined, chars: string) => t?.kind === 'sym' && chars.includes(t.text);

/** True at the start of a sentence or a line (so a capital there says nothing). */
function sentenceStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || tokens[i].lineStart || isSym(prev, '.!?:;"“”\'‘’(');
}

/** True when the month words around the figure make it part of a date ("March 27", "27 March"). */
function nextToMonth(tokens: Token[], a: Amount): boolean {
  const before = tokens[a.first - 1];
  const after = tokens[a.end];
  const isMonth = (t: Token | undefined) =>
    t?.kind === 'word' && MONTHS.has(t.lower) && (isCapitalized(t) || (t.lower !== 'may' && t.lower !== 'march' && t.lower.length > 3));
  return isMonth(before) || isMonth(after) || (isMonth(tokens[a.end + 1]) && after?.lower === 'of');
}

/** A figure glued to letters, slashes, colons or dots that make it a code, a time, a date or a model. */
function glued(tokens: Token[], a: Amount): boolean {
  const before = tokens[a.first - 1];
  const after = tokens[a.end];
  if (before && !tokens[a.first].gap && (before.kind === 'word' || isSym(before, '#№/:.+@_\\'))) return true;
  // "FTSE-100", "747-400": a dash glued on both sides joins the figure to a name or another figure.
  const twoBack = tokens[a.first - 2];
  if (isSym(before, '-') && !before.gap && !tokens[a.first].gap && twoBack && twoBack.kind !== 'sym') return true;
  if (!after || after.gap) return false;
  if (after.kind === 'word') return true;
  return isSym(after, '/:@_\\') && tokens[a.end + 1]?.kind === 'num' && !tokens[a.end + 1].gap;
}

/** A number that is the label of a list item at the start of a line ("1.", "2)", "(3)"). */
function listNumber(tokens: Token[], a: Amount): boolean {
  const after = tokens[a.end];
  const start = tokens[a.first].lineStart || (isSym(tokens[a.first - 1], '(') && tokens[a.first - 1].lineStart);
  return start && isSym(after, '.)') && !after.gap && (!tokens[a.end + 1] || tokens[a.end + 1].gap);
}

/** A bare number right after a name: "Boeing 787", "Flight 200", "Nikkei 225", "the 787 Dreamliner". */
function namePart(tokens: Token[], a: Amount): boolean {
  if (!a.numeral.plainInteger) return false;
  const before = tokens[a.first - 1];
  if (before && isCapitalized(before) && !FUNCTION_WORDS.has(before.lower) && !sentenceStart(tokens, a.first - 1)) return true;
  if (isSym(before, '&') && tokens[a.first - 2]?.kind === 'word') return true;
  const after = tokens[a.end];
  return !!after && isCapitalized(after) && !!before && (before.lower === 'the' || before.lower === 'a' || before.lower === 'an');
}

/**
 * True when a bare figure (no currency, percent or unit) is not a claim: a year, a time, a date's day,
 * a phone number or code, a list label, a page or section reference, part of a name, an ordinal.
 */
export function notAClaim(tokens: Token[], a: Amount): boolean {
  const n = a.numeral;
  if (n.digits !== null && n.plainInteger && n.digits.length === 4 && !n.scaled) {
    const year = Number(n.digits);
    if (year >= 1000 && year <= 2199) return true;
  }
  const before = tokens[a.first - 1];
  const after = tokens[a.end];
  if (after?.kind === 'word' && (TIME_WORDS.has(after.lower) || ORDINAL_SUFFIXES.has(after.lower) || after.lower === "o'clock")) return true;
  if (after?.kind === 'word' && after.text.length === 1 && 'ap'.includes(after.lower) && tokens[a.end + 1]?.text === '.') return true;
  if (before?.kind === 'word' && REFERENCE_WORDS.has(before.lower)) return true;
  if (isSym(before, '.') && !tokens[a.first].gap) return true;
  if (isSym(before, '.') && tokens[a.first - 2]?.kind === 'word' && REFERENCE_WORDS.has(tokens[a.first - 2].lower)) return true;
  return glued(tokens, a) || nextToMonth(tokens, a) || listNumber(tokens, a) || namePart(tokens, a);
}

import type { Amount } from './amount';
import { ORDINAL_SUFFIXES } from './numberWords';
import type { Token } from './tokenize';

/** Words after which a number names a thing rather than counts it: "page 5", "Section 3", "route 66". */
const REFERENCE_WORDS = new Set(
  ('page pages p pp section sections chapter chapters article articles paragraph paragraphs clause clauses ' +
    'subsection no nos number figure fig table vol volume issue episode season part route highway interstate ' +
    'room gate platform flight rule amendment step phase stage apartment suite box version v rev model line ' +
    'item items exhibit appendix verse psalm bus channel level grade ward district precinct lot ' +
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
    'as than more less fewer up down another those these its their his her our every each approximately roughly ' +
    'least most further total additional exactly precisely fully barely above below among between since after ' +
    'before during until when while like unlike per top many few several both either neither then there here now ' +
    'yet so if because although though whereas whether where we they you he she it i no not estimated last next ' +
    'first what which who whom whose this that').split(' '),
);

const isCapitalized = (t: Token) => t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase();
/** A word with a capital anywhere: names such as "Boeing", "iPhone", "iOS". */
const hasCapital = (t: Token) => t.kind === 'word' && t.text !== t.lower;
const isSym = (t: Token | undefined, chars: string) => t?.kind === 'sym' && chars.includes(t.text);

/** True at the start of a sentence or a line (so a capital there says nothing). */
function sentenceStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i].lineStart || isSym(prev, '.!?:;“‘(')) return true;
  // A straight quote opens a quotation when space stands before it ("Paris' CAC" is a possessive).
  return isSym(prev, '"\'’”') && (prev.gap || prev.lineStart);
}

/** A month name; "may" and "march" only capitalized, as lowercase they are verbs. */
function isMonth(t: Token | undefined): boolean {
  return t?.kind === 'word' && MONTHS.has(t.lower) && (isCapitalized(t) || (t.lower !== 'may' && t.lower !== 'march' && t.lower.length > 3));
}

/** True when the month words around the figure make it part of a date ("March 27", "27 March"). */
function nextToMonth(tokens: Token[], a: Amount): boolean {
  const before = tokens[a.first - 1];
  const after = tokens[a.end];
  return isMonth(before) || isMonth(after) || (isMonth(tokens[a.end + 1]) && after?.lower === 'of');
}

/** A figure glued to letters, slashes, colons or dots that make it a code, a time, a date or a model. */
function glued(tokens: Token[], a: Amount): boolean {
  const before = tokens[a.first - 1];
  const after = tokens[a.end];
  if (before && !tokens[a.first].gap && (before.kind === 'word' || isSym(before, '#№/:.+@_\\\'’'))) return true;
  // "FTSE-100", "747-400": a dash glued on both sides joins the figure to a name or another figure.
  const twoBack = tokens[a.first - 2];
  if (isSym(before, '-') && !before.gap && !tokens[a.first].gap && twoBack && twoBack.kind !== 'sym') return true;
  if (!after || after.gap) return false;
  if (after.kind === 'word') return true;
  return isSym(after, '/:@_\\') && tokens[a.end + 1]?.kind === 'num' && !tokens[a.end + 1].gap;
}

/** The area code of a phone number: "(202) 555-0143". */
function areaCode(tokens: Token[], a: Amount): boolean {
  const after = tokens[a.end];
  return a.numeral.digits?.length === 3 && isSym(tokens[a.first - 1], '(') && isSym(after, ')') && tokens[a.end + 1]?.kind === 'num';
}

/** Units of time: "a 24-hour strike", "a 10-year-old boy" are durations and ages, which dates own. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'night']);

/** A figure hyphenated to a unit of time ("24-hour", "10-year-old", "a 40-year high"). */
function timeCompound(tokens: Token[], a: Amount): boolean {
  const dash = tokens[a.end];
  const unit = tokens[a.end + 1];
  return isSym(dash, '-') && !dash.gap && unit?.kind === 'word' && !unit.gap && TIME_UNITS.has(unit.lower);
}

/** Street words: "10 Downing Street", "221B Baker St" are addresses. */
const STREETS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'square', 'place', 'drive', 'way', 'terrace']);

/** A house number: a figure before a capitalized name that ends in a street word. */
function houseNumber(tokens: Token[], a: Amount): boolean {
  const name = tokens[a.end];
  const street = tokens[a.end + 1];
  return !!name && isCapitalized(name) && street?.kind === 'word' && isCapitalized(street) && STREETS.has(street.lower);
}

/** A number that is the label of a list item at the start of a line ("1.", "2)", "(3)"). */
function listNumber(tokens: Token[], a: Amount): boolean {
  const after = tokens[a.end];
  const start = tokens[a.first].lineStart || (isSym(tokens[a.first - 1], '(') && tokens[a.first - 1].lineStart);
  return start && isSym(after, '.)') && !after.gap && (!tokens[a.end + 1] || tokens[a.end + 1].gap);
}

/**
 * A number that is part of a name: "Boeing 787", "iPhone 4", "Nikkei 225", "S&P 500", "the 787
 * Dreamliner", "the Big Three", "the Ford Five Hundred".
 */
function namePart(tokens: Token[], a: Amount): boolean {
  const first = tokens[a.first];
  if (a.numeral.spelled) return isCapitalized(first) && !sentenceStart(tokens, a.first);
  // Versions are names too ("iOS 4.2"), but thousands separators only come in amounts.
  if (a.numeral.digits === null || a.numeral.scaled || a.numeral.digits.includes(',')) return false;
  const before = tokens[a.first - 1];
  // Even at the start of a sentence a capitalized word before a bare number is a name ("Boeing 787
  // makes maiden flight"), unless it is a word that can lead a count ("Nearly 300", "Of 500").
  if (before && hasCapital(before) && !FUNCTION_WORDS.has(before.lower)) return true;
  if (isSym(before, '&') && tokens[a.first - 2]?.kind === 'word') return true;
  const after = tokens[a.end];
  const named = after && (isCapitalized(after) || (isSym(after, '"“') && after.gap));
  return a.numeral.plainInteger && !!named && !!before && (before.lower === 'the' || before.lower === 'a' || before.lower === 'an');
}

/**
 * Words a count may stand before although they are not plural nouns ending in s: plurals without an s,
 * adjectives that open a counted phrase ("179 new tankers"), and the levels a market passes ("the 5000
 * mark").
 */
const COUNTABLE_AFTER = new Set(
  ('people aircraft staff police children men women personnel cattle sheep fish deer data media series species ' +
    'crew troops folk offspring livestock new old big small large long short high low key main senior full young ' +
    'local foreign former current separate different possible known remaining major extra other more further ' +
    'mark level barrier threshold milestone').split(' '),
);

/**
 * A whole number above one before a singular noun names a model rather than counts ("its 737
 * narrowbody", "the final 717 jet"): counts take plurals ("179 tankers", "290 passengers").
 */
function beforeSingular(tokens: Token[], a: Amount): boolean {
  const after = tokens[a.end];
  if (!a.numeral.plainInteger || a.value <= 1 || !after || after.kind !== 'word' || after.text !== after.lower) return false;
  if (after.lower.length < 3 || FUNCTION_WORDS.has(after.lower) || COUNTABLE_AFTER.has(after.lower)) return false;
  // A hyphen ("100 mid-air tankers") or an adjective ending hides the noun; only a plain singular counts.
  if (isSym(tokens[a.end + 1], '-') || /(?:s|ed|al|ic|ive|ous|ful|ing|ly)$/.test(after.lower)) return false;
  // "500 apple engineers": a plural after the singular makes it a modifier of what is counted.
  const then = tokens[a.end + 1];
  return !(then?.kind === 'word' && then.text === then.lower && /[^s]s$/.test(then.lower));
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
  // "# 1", "№ 5": a number sign makes a rank or a label, spaced or not.
  if (isSym(before, '#№')) return true;
  if (isSym(before, '.') && !tokens[a.first].gap) return true;
  if (isSym(before, '.') && tokens[a.first - 2]?.kind === 'word' && REFERENCE_WORDS.has(tokens[a.first - 2].lower)) return true;
  if (timeCompound(tokens, a) || houseNumber(tokens, a)) return true;
  return glued(tokens, a) || areaCode(tokens, a) || nextToMonth(tokens, a) || listNumber(tokens, a) || namePart(tokens, a) || beforeSingular(tokens, a);
}

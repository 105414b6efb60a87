/** The words English news uses for numbers: cardinals, scales, fractions, ordinals and multipliers. */

/** Cardinals below a hundred. `one` is here, but the scanner only takes it where it cannot be a pronoun. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that count in groups: "a dozen", "a score of". */
export const GROUP_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['score', 20],
]);

/**
 * Scale words, spelled and abbreviated. The short forms (`m`, `bn`, `k`) are only read glued to a figure
 * or after a currency: see `scaleAt` in readNumeral.ts. `mln`/`bln` are newswire abbreviations.
 */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['mn', 1e6], ['bln', 1e9], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12], ['tln', 1e12], ['trln', 1e12],
  // South Asian scales: a lakh is a hundred thousand, a crore ten million.
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Scale suffixes that are only a scale when glued to a figure or after a currency (`$4m`, `$50k`, `$3b`). */
export const SHORT_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['b', 1e9], ['t', 1e12], ['mil', 1e6],
]);

/**
 * Plural scale words used vaguely ("thousands of", "billions of dollars"): the scale is a lower bound.
 * Not "scores of": today it says "many" (and "the scores of the match" are results), never twenty.
 */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['trillions', 1e12],
]);

/** Denominators of fractions, singular and plural: "a third", "two-thirds", "three quarters". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4],
  ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

/** Ordinal words, for ranks ("the third-largest"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['fifteenth', 15],
  ['twentieth', 20],
]);

/** Suffixes of digit ordinals: 1st, 2nd, 3rd, 4th. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Verbs and adjectives that state a multiple: "doubled", "tripling", "twofold". */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['double', 2], ['doubled', 2], ['doubles', 2], ['doubling', 2], ['twofold', 2],
  ['triple', 3], ['tripled', 3], ['triples', 3], ['tripling', 3], ['threefold', 3], ['treble', 3],
  ['trebled', 3], ['quadruple', 4], ['quadrupled', 4], ['quadrupling', 4], ['fourfold', 4],
  ['fivefold', 5], ['tenfold', 10], ['hundredfold', 100], ['halved', 0.5], ['halving', 0.5], ['halves', 0.5],
  ['twice', 2], ['thrice', 3],
]);

/** Multiplier words that state a multiple only before a comparison: "twice as many", "twice the size". */
export const COMPARING_MULTIPLIERS: ReadonlySet<string> = new Set(['twice', 'thrice']);

/** Words after "twice" or "N times" that make a comparison ("as many", "faster", "the size"). */
export const COMPARATIVES: ReadonlySet<string> = new Set(
  ('as more higher larger bigger greater faster slower longer less fewer smaller lower cheaper the what that ' +
    'over stronger heavier better worse richer').split(' '),
);

/** Superlatives that make an ordinal a rank: "the third-largest", "second biggest". */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'highest', 'lowest', 'smallest', 'busiest', 'richest', 'poorest', 'best', 'worst',
  'most', 'least', 'fastest', 'slowest', 'oldest', 'youngest', 'longest', 'shortest', 'deadliest', 'strongest',
  'weakest', 'greatest', 'heaviest', 'tallest', 'wealthiest', 'leading',
]);

import type { NumberQualifier } from '../../types';
import type { Token } from './tokenize';

/**
 * Words before a figure that say how exact it is. The claim's span takes them in: "more than 4
 * billion" is what a fact-checker checks, and MEANTIME's annotators mostly include them too
 * ("about US$1.4 billion", "over 2,400", "as much as 3%").
 */
const QUALIFIERS: ReadonlyMap<string, NumberQualifier> = new Map([
  ...group('approx', 'about around approximately roughly nearly almost some circa ca approx estimated'),
  ['close to', 'approx'], ['an estimated', 'approx'], ['more or less', 'approx'], ['in the region of', 'approx'],
  ['just under', 'approx'], ['just over', 'approx'], ['just shy of', 'approx'],
  ...group('lower-bound', 'over above exceeding topping beyond'),
  ['more than', 'lower-bound'], ['at least', 'lower-bound'], ['in excess of', 'lower-bound'],
  ['upwards of', 'lower-bound'], ['no fewer than', 'lower-bound'], ['no less than', 'lower-bound'],
  ['greater than', 'lower-bound'], ['a minimum of', 'lower-bound'], ['as few as', 'lower-bound'],
  ['as little as', 'lower-bound'], ['higher than', 'lower-bound'],
  ...group('upper-bound', 'under below'),
  ['up to', 'upper-bound'], ['less than', 'upper-bound'], ['fewer than', 'upper-bound'],
  ['as much as', 'upper-bound'], ['as many as', 'upper-bound'], ['as high as', 'upper-bound'],
  ['at most', 'upper-bound'], ['no more than', 'upper-bound'], ['a maximum of', 'upper-bound'],
  ['lower than', 'upper-bound'], ['not more than', 'upper-bound'],
]);

function group(q: NumberQualifier, words: string): [string, NumberQualifier][] {
  return words.split(' ').map((w) => [w, q]);
}

/**
 * Phrasal verbs of movement before "up to": "inflation ticks up to 5%" tells where a figure went, not a
 * ceiling. Not "rose": "shares rose up to 5% in early trade" can be the day's high.
 */
const MOVES_UP = new Set(
  ('tick ticks ticked ticking creep creeps crept creeping edge edges edged edging inch inches inched inching ' +
    'move moves moved moving go goes went gone going push pushes pushed nudge nudges nudged bump bumps bumped ' +
    'ratchet ratchets ratcheted ramp ramps ramped revise revises revised revising drift drifts drifted').split(' '),
);

/** A qualifier ending right before token `i`, and the token it starts at. */
export function qualifierBefore(tokens: Token[], i: number): { qualifier: NumberQualifier; start: number } | null {
  let key = '';
  let found: { qualifier: NumberQualifier; start: number } | null = null;
  // Longest phrase wins: "no more than" over "more than"; at most four words back.
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') break;
    key = key ? `${t.lower} ${key}` : t.lower;
    const q = QUALIFIERS.get(key);
    if (q && !(key === 'up to' && MOVES_UP.has(tokens[j - 1]?.lower ?? ''))) found = { qualifier: q, start: j };
  }
  return found;
}

import { CARDINALS, GROUP_WORDS, SCALES } from './numberWords';
import type { Numeral } from './readNumeral';
import type { Token } from './tokenize';

/** The running sum of a spelled number: `total` holds what scale words closed, `current` the rest. */
interface Sum {
  total: number;
  current: number;
  scale: number;
}

/** True when a cardinal `add` may follow a spelled figure that is `current` so far ("twenty" + "five"). */
function fitsAfter(current: number, add: number): boolean {
  if (current === 0) return true;
  if (current % 100 === 0) return add < 100;
  return current % 10 === 0 && current % 100 >= 20 && add < 10;
}

/** Spelled scale words only: the abbreviations (`bn`, `mln`) follow digits, never words. */
const spelledScale = (t: Token | undefined) => (t?.kind === 'word' && t.lower.length > 3 ? SCALES.get(t.lower) : undefined);

/**
 * Adds the word at `j` to the sum; returns how many tokens it took, 0 when the number ends there.
 * `started` says whether a number word came before (a scale word cannot open a number).
 */
function step(tokens: Token[], j: number, sum: Sum, started: boolean): number {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (t.kind === 'sym') {
    if (!(t.text === '-' || t.text === '‐') || t.gap || !started) return 0;
    if (CARDINALS.has(next?.lower)) return 1;
    // "two-and-a-half": the hyphened half.
    const words = [1, 3, 5].map((d) => tokens[j + d]?.lower).join(' ');
    if (words !== 'and a half' || ![2, 4].every((d) => tokens[j + d]?.text === '-')) return 0;
    sum.current += 0.5;
    return 6;
  }
  if (t.kind !== 'word') return 0;
  const card = CARDINALS.get(t.lower);
  if (card !== undefined) {
    if (!fitsAfter(sum.current, card)) return 0;
    sum.current += card;
    return 1;
  }
  if (!started) return 0;
  const group = t.lower === 'hundred' ? 100 : GROUP_WORDS.get(t.lower);
  if (group !== undefined) {
    sum.current = (sum.current || 1) * group;
    return 1;
  }
  const scale = spelledScale(t);
  if (scale !== undefined) {
    sum.scale = scale;
    sum.total += (sum.current || 1) * scale;
    sum.current = 0;
    return 1;
  }
  if (t.lower !== 'and') return 0;
  // "two and a half million", "three hundred and six".
  if (next?.lower === 'a' && tokens[j + 2]?.lower === 'half') {
    sum.current += 0.5;
    return 3;
  }
  return sum.current % 100 === 0 && CARDINALS.has(next?.lower) ? 1 : 0;
}

/**
 * Reads a spelled number at `i`: "twenty-five", "three hundred and six", "a dozen", "two and a half
 * million", "half a million". Returns null when no number word starts there.
 */
export function readSpelledNumeral(tokens: Token[], i: number): Numeral | null {
  const first = tokens[i];
  if (first.lower === 'half') return readHalf(tokens, i);
  const sum: Sum = { total: 0, current: 0, scale: 1 };
  let j = i;
  if (first.lower === 'a' || first.lower === 'an') {
    // "a dozen", "a hundred", "a million": the article counts as one, only before such a word.
    const next = tokens[i + 1];
    if (!next || !(next.lower === 'hundred' || GROUP_WORDS.has(next.lower) || spelledScale(next))) return null;
    sum.current = 1;
    j = i + 1;
  }
  for (let took = 1; took > 0 && j < tokens.length; j += took) took = step(tokens, j, sum, j > i);
  // The loop adds the last `took` (0) after stopping, so `j` is the first token not read.
  if (j === i) return null;
  if (sum.total === 0 && tokens[j]?.lower === 'point') j = spokenDecimal(tokens, j, sum);
  return { value: sum.total + sum.current, end: j, spelled: true, scaled: sum.scale > 1, scale: sum.scale, plainInteger: false, digits: null };
}

/**
 * "two point five percent", "three point two billion": the digits said after "point", then a scale.
 * Only single digits follow, so "at one point" and "two points" stay what they are.
 */
function spokenDecimal(tokens: Token[], j: number, sum: Sum): number {
  let k = j + 1;
  let digits = '';
  for (let d = CARDINALS.get(tokens[k]?.lower); d !== undefined && d < 10; d = CARDINALS.get(tokens[k]?.lower)) {
    digits += d;
    k++;
  }
  if (digits === '') return j;
  sum.current += Number(`0.${digits}`);
  const scale = spelledScale(tokens[k]);
  if (scale === undefined || scale < 1e3) return k;
  sum.scale = scale;
  sum.current *= scale;
  return k + 1;
}

/** "half a million", "half a dozen", "half a percent": a half of what follows the article. */
function readHalf(tokens: Token[], i: number): Numeral | null {
  const article = tokens[i + 1];
  if (article?.lower !== 'a' && article?.lower !== 'an') return null;
  const next = tokens[i + 2];
  const scale = spelledScale(next);
  const unit = scale ?? (next?.kind === 'word' ? GROUP_WORDS.get(next.lower) : undefined);
  if (unit !== undefined) return { value: unit / 2, end: i + 3, spelled: true, scaled: scale !== undefined, scale: scale ?? 1, plainInteger: false, digits: null };
  // Otherwise the half stands alone and what follows must be a unit ("half a percent", "half a mile").
  return { value: 0.5, end: i + 2, spelled: true, scaled: false, scale: 1, plainInteger: false, digits: null };
}

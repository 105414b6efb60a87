import { readAmount } from './amount';
import { readCurrencySuffix } from './currencySuffix';
import { countedNoun } from './figurePhrases';
import { share, type Found } from './found';
import { CARDINALS, COMPARATIVES, COMPARING_MULTIPLIERS, FRACTIONS, MULTIPLIER_WORDS, ORDINAL_SUFFIXES, ORDINALS, SUPERLATIVES, VAGUE_SCALES } from './numberWords';
import { qualifierBefore } from './qualifiers';
import type { Token } from './tokenize';
import { readPercent, readUnit } from './unitPhrase';

const MODALS = new Set(['to', 'will', 'would', 'could', 'might', 'may', 'should', 'can', 'set', 'expected']);
/** Bare verb forms that also name things ("a double murder", "triple jump"): read only after a modal. */
const BARE_MULTIPLIERS = new Set(['double', 'triple', 'treble', 'quadruple', 'doubles', 'triples', 'halves']);

/** What follows a bare multiple that compares: "double the pace", "triple that", "double what it was". */
const MULTIPLIED = new Set(['the', 'that', 'what', 'its', 'their']);

const isDash = (t: Token | undefined) => t?.kind === 'sym' && (t.text === '-' || t.text === '‐') && !t.gap;

/**
 * True when a fraction word at `i` reads as a share: "of"/"the" at `k` after it, "by" before it ("cut
 * by a third", "fell by half"), or a qualifier before it.
 */
function shareFollows(tokens: Token[], i: number, k: number): boolean {
  const next = tokens[k]?.lower;
  return next === 'of' || next === 'the' || tokens[i - 1]?.lower === 'by' || qualifierBefore(tokens, i) !== null;
}

/** "a quarter of a percentage point", "half of one percent": the fraction is the figure. */
function fractionOfPercent(tokens: Token[], k: number, value: number): Found | null {
  const article = tokens[k + 1]?.lower;
  if (tokens[k]?.lower !== 'of' || (article !== 'a' && article !== 'one')) return null;
  const percent = readPercent(tokens, k + 2);
  return percent ? { first: k, end: percent.next, type: percent.type, value, unit: null } : null;
}

/**
 * "a quarter of a million euros", "two-thirds of a trillion dollars": the fraction of one scale word is
 * the figure (250,000 EUR), not a share beside "a million euros".
 */
function fractionOfScale(tokens: Token[], first: number, k: number, fraction: number): Found | null {
  const article = tokens[k + 1]?.lower;
  if (tokens[k]?.lower !== 'of' || (article !== 'a' && article !== 'one')) return null;
  const a = readAmount(tokens, k + 1);
  if (!a || a.numeral.scale < 1e3 || a.numeral.value !== a.numeral.scale) return null;
  const value = a.value * fraction;
  if (a.currency !== undefined) return { first, end: a.end, type: 'money', value, unit: a.currency };
  if (a.measure) return { first, end: a.end, type: a.measure.type, value, unit: a.measure.unit };
  return { first, end: a.end, type: Number.isInteger(value) ? 'count' : 'quantity', value, unit: countedNoun(tokens, a.end) };
}

/**
 * Fractions: "two-thirds", "three quarters", "a third of", "about half", "half of". A bare "half" or "a
 * quarter" is often not a share ("half an hour", "a quarter past"), so it needs "of"/"the" after it or a
 * qualifier before it.
 */
export function readFraction(tokens: Token[], i: number): Found | null {
  const t = tokens[i];
  // "half a million", "half a percentage point": the figure reader's, never a share on its own.
  if (t.lower === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) return null;
  if (t.lower === 'half') {
    const ofPercent = fractionOfPercent(tokens, i + 1, 0.5);
    if (ofPercent) return { ...ofPercent, first: i };
    return shareFollows(tokens, i, i + 1) ? { first: i, end: i + 1, type: 'ratio', value: 0.5, unit: null, numerator: 1, denominator: 2 } : null;
  }
  const numerator = t.lower === 'a' || t.lower === 'an' ? 1 : CARDINALS.get(t.lower);
  if (numerator === undefined || numerator === 0) return null;
  const k = isDash(tokens[i + 1]) ? i + 2 : i + 1;
  const denominator = tokens[k]?.kind === 'word' ? FRACTIONS.get(tokens[k].lower) : undefined;
  if (!denominator || numerator >= denominator) return null;
  const ofPercent = fractionOfPercent(tokens, k + 1, numerator / denominator);
  if (ofPercent) return { ...ofPercent, first: i };
  const ofScale = fractionOfScale(tokens, i, k + 1, numerator / denominator);
  if (ofScale) return ofScale;
  // "a third" and "one fifth" need "of" after them ("a third time" is an ordinal); "two-thirds" and
  // "one-third" are shares on their own.
  if (numerator === 1 && k === i + 1 && !shareFollows(tokens, i, k + 1)) return null;
  return { first: i, end: k + 1, type: 'ratio', value: share(numerator, denominator), unit: null, numerator, denominator };
}

/** "thousands of", "tens of thousands of", "billions of dollars": a vague count, at least its scale. */
export function readVague(tokens: Token[], i: number): Found | null {
  let k = i;
  let factor = 1;
  if (tokens[i].lower === 'tens' && tokens[i + 1]?.lower === 'of' && VAGUE_SCALES.has(tokens[i + 2]?.lower)) {
    factor = 10;
    k = i + 2;
  }
  const scale = VAGUE_SCALES.get(tokens[k].lower);
  if (scale === undefined || tokens[k + 1]?.lower !== 'of') return null;
  const value = factor * scale;
  const money = readCurrencySuffix(tokens, k + 2, { scale: factor * scale, decimal: false }, false);
  if (money) return { first: i, end: money.next, type: 'money', value, unit: money.code, qualifier: 'lower-bound' };
  const unit = readUnit(tokens, k + 2);
  if (unit) return { first: i, end: unit.next, type: 'quantity', value, unit: unit.unit, qualifier: 'lower-bound' };
  return { first: i, end: k + 2, type: 'count', value, unit: null, qualifier: 'lower-bound' };
}

/** "the third-largest", "second biggest", "7th largest": a rank, only with a superlative after it. */
export function readRank(tokens: Token[], i: number): Found | null {
  const t = tokens[i];
  let rank = t.kind === 'word' ? ORDINALS.get(t.lower) : undefined;
  let k = i + 1;
  if (t.kind === 'num' && /^\d+$/.test(t.text) && ORDINAL_SUFFIXES.has(tokens[i + 1]?.lower) && !tokens[i + 1].gap) {
    rank = Number(t.text);
    k = i + 2;
  }
  if (rank === undefined) return null;
  if (isDash(tokens[k])) k++;
  if (tokens[k]?.kind !== 'word' || !SUPERLATIVES.has(tokens[k].lower)) return null;
  return { first: i, end: k + 1, type: 'rank', value: rank, unit: null };
}

/** "doubled", "tripling", "a fourfold rise", "expected to double". */
export function readMultiplierWord(tokens: Token[], i: number): Found | null {
  const t = tokens[i];
  const value = MULTIPLIER_WORDS.get(t.lower);
  if (value === undefined || isDash(tokens[i + 1])) return null;
  // "to double", or before what it multiplies: "double the pace", "triple that of 2019".
  if (BARE_MULTIPLIERS.has(t.lower) && !MODALS.has(tokens[i - 1]?.lower ?? '') && !MULTIPLIED.has(tokens[i + 1]?.lower ?? '')) return null;
  if (COMPARING_MULTIPLIERS.has(t.lower) && !COMPARATIVES.has(tokens[i + 1]?.lower ?? '')) return null;
  return { first: i, end: i + 1, type: 'multiplier', value, unit: null };
}

import type { Finding, NumberClaim } from '../types';
import type { Rule } from './rule';
import { changeWords, factorOf, type ChangeWord } from './support/changeWords';
import { claimsBySentence, isNumber } from './support/claims';
import { findChangePairs, type ChangePair } from './support/changePairs';

/**
 * "Climbed from 2.4 million to 2.1 million", "doubled from 10 to 25", "rose 8% from 100 to 120": the
 * word for the change, or the change it states, does not fit the two figures it is about. The change
 * word nearest the pair is the one that describes it.
 */
export const changeMismatch: Rule = {
  id: 'VER014',
  name: 'change-mismatch',
  description: 'A change is described against its own figures ("rose from 2.4 million to 2.1 million").',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  run(ctx) {
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const prose = ctx.model.prose;
    for (const s of claimsBySentence(ctx.claims)) {
      const numbers = s.claims.filter(isNumber);
      if (numbers.length === 0) continue;
      for (const pair of findChangePairs(prose, numbers)) {
        const lo = Math.max(s.start, Math.min(pair.from.start, pair.to.start) - 80);
        const hi = Math.min(s.end, Math.max(pair.from.end, pair.to.end) + 40);
        const word = nearest(prose, changeWords(prose.slice(lo, hi), lo), pair);
        if (!word) continue;
        const finding = check(prose, numbers, pair, word);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/** Words that open another clause: a change word beyond one describes something else. */
const CLAUSE_BREAK = /\b(?:while|whereas|but|although|though|and then)\b|;/i;

/**
 * "Profit rose 38% on a 63% rise in sales": a change brought in by "on", "after", "amid" is another
 * subject's change, the cause of the main one; the figures belong to the main change when there is one.
 */
const CAUSE_BEFORE = /\b(?:on|after|amid|despite|following|thanks to|driven by)\s+an?\s+[^,;.]{0,24}$/i;

/** The change word nearest the pair within its clause, or null; a change named as a cause only when alone. */
function nearest(prose: string, all: ChangeWord[], pair: ChangePair): ChangeWord | null {
  const main = all.filter((w) => !CAUSE_BEFORE.test(prose.slice(Math.max(0, w.start - 40), w.start)));
  const words = main.length > 0 ? main : all;
  const start = Math.min(pair.from.start, pair.to.start);
  const end = Math.max(pair.from.end, pair.to.end);
  let best: ChangeWord | null = null;
  let bestGap = Infinity;
  for (const w of words) {
    const gap = w.end <= start ? start - w.end : w.start >= end ? w.start - end : 0;
    const between = w.end <= start ? prose.slice(w.end, start) : w.start >= end ? prose.slice(end, w.start) : '';
    if (CLAUSE_BREAK.test(between)) continue;
    if (gap < bestGap) [best, bestGap] = [w, gap];
  }
  return best;
}

function check(prose: string, numbers: NumberClaim[], pair: ChangePair, word: ChangeWord): Omit<Finding, 'rule' | 'severity'> | null {
  const { from, to } = pair;
  if (from.value === 0 || from.value === to.value) return null;
  const ratio = to.value / from.value;
  const change = (ratio - 1) * 100;
  const stated = statedChange(prose, numbers, word, pair);
  // The words at fault: the change word with the change it states, and the two figures.
  const saidStart = Math.min(word.start, stated?.start ?? word.start);
  const saidEnd = Math.max(word.end, stated?.end ?? word.end);
  const said = prose.slice(saidStart, saidEnd);
  const span = { start: Math.min(saidStart, from.start, to.start), end: Math.max(saidEnd, from.end, to.end), claimId: to.id };
  const figures = `${from.text.trim()} to ${to.text.trim()}`;
  const what = ratio > 1 ? 'a rise' : 'a fall';
  if (word.rise !== ratio > 1) return { ...span, message: `"${said}", but ${figures} is ${what} of ${pct(Math.abs(change))}%.` };
  const factor = factorOf(word.word);
  if (factor !== null) {
    const hedge = prose.slice(Math.max(0, word.start - 12), word.start).toLowerCase();
    return multiplierFits(ratio, factor, hedge) ? null : { ...span, message: `"${said}", but ${figures} is ${times(ratio)} times.` };
  }
  if (!stated) return null;
  const tolerance = stated.qualifier && stated.qualifier !== 'exact' ? 2 + Math.abs(change) * 0.1 : 1 + Math.abs(change) * 0.05;
  const points = from.type === 'percent' ? Math.abs(to.value - from.value) : NaN;
  if (Math.abs(Math.abs(change) - stated.value) <= tolerance || Math.abs(points - stated.value) <= 0.6) return null;
  return { ...span, claimId: stated.id, message: `"${said}", but ${figures} is ${what} of ${pct(Math.abs(change))}%.` };
}

/**
 * Whether the figures fit the factor: "doubled" within a tenth, "more than doubled" at least about twice,
 * "nearly doubled" a little under. A factor below one ("halved") is a fall, so "more than halved" is
 * at most about half.
 */
function multiplierFits(ratio: number, factor: number, hedge: string): boolean {
  // Read a fall as its inverse: halving 80 to 50 is the same question as doubling 50 to 80.
  const [r, f] = factor < 1 ? [1 / ratio, 1 / factor] : [ratio, factor];
  if (/(?:more than|over)\s*$/.test(hedge)) return r >= f * 0.97;
  if (/(?:nearly|almost|about|roughly)\s*$/.test(hedge)) return r >= f * 0.75 && r <= f * 1.05;
  return Math.abs(r / f - 1) <= 0.1;
}

/** The percentage a change word states: "rose 8%", "a rise of 8%", "an 8% rise". */
function statedChange(prose: string, numbers: NumberClaim[], word: ChangeWord, pair: ChangePair): NumberClaim | null {
  // Only the figures right after and right before the word can be its change: find them by binary
  // search, so a sentence of many figures costs no more than a short one.
  const after = firstStartingAt(numbers, word.end);
  const candidates = [numbers[after], numbers[after - 1]];
  for (const n of candidates) {
    if (!n || n.type !== 'percent' || n === pair.from || n === pair.to) continue;
    if (n.start >= word.end && /^\s+(?:by\s+|of\s+)?$/i.test(prose.slice(word.end, n.start))) return n;
    if (n.end <= word.start && /^\s+$/.test(prose.slice(n.end, word.start))) return n;
  }
  return null;
}

/** The index of the first figure starting at or after `offset`. */
function firstStartingAt(numbers: NumberClaim[], offset: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pct(n: number): string {
  return n >= 10 ? n.toFixed(0) : n.toFixed(1).replace(/\.0$/, '');
}

function times(r: number): string {
  return r.toFixed(2).replace(/0$/, '').replace(/\.0$/, '');
}

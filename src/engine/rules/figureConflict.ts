import type { Finding, NumberClaim } from '../types';
import type { Rule } from './rule';
import { claimsBySentence, isNumber } from './support/claims';

/** "a $4.5bn deal", "the 300-tonne cargo": the word after a figure used as an adjective is its subject. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)\s+$/i;
const NOUN_AFTER = /^[\s-]+([a-z][a-z-]{2,})\b/;
/**
 * "the deal, worth $4.6 billion", "the deal was valued at $4.6bn", "the bridge will cost £1.2bn", "a fine
 * of $2m", "sold for €2.1bn":
 * the word before the figure's preposition is its subject.
 */
const NOUN_BEFORE = /\b([a-z][a-z-]{2,}),?\s+(?:(?:is|was|are|were|will be|would be|has been|had been|will|would|could|now)\s+)?(?:worth|valued at|totalling|totaling|cost|costs|costing|priced at|of|for)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/;
/** Words that stand before "worth" or "of" without naming what the figure is of. */
const NOT_SUBJECTS = new Set(['which', 'that', 'this', 'one', 'each', 'all', 'some', 'most', 'part', 'total', 'sum', 'amount', 'out', 'and', 'but', 'the', 'than', 'just']);
/** Sentences that tell of a figure revised or compared, where two values are expected. */
const REVISED = /\b(?:initial(?:ly)?|original(?:ly)?|revis\w*|rais\w*|increas\w*|cut|lower\w*|sweeten\w*|previous(?:ly)?|prior|up from|down from|compared|forecasts?|expect\w*|estimat\w*|target\w*|rose|fell|grew)\b/i;
const SCALED = new Set(['money', 'quantity']);

interface Keyed {
  claim: NumberClaim;
  subject: string;
}

/**
 * One subject given two figures in one article: "a $4.5bn deal" and later "the deal, worth $4.6
 * billion". The subject is the noun the figure qualifies; two figures of one unit for one subject,
 * further apart than their rounding and within half again of each other, are worth a look. Figures in
 * one sentence, and sentences that tell of a revision or a comparison, are left alone.
 */
export const figureConflict: Rule = {
  id: 'VER019',
  name: 'figure-conflict',
  description: 'One subject is given two different figures in one article ("$4.5bn" and "$4.6 billion" for one deal).',
  defaultSeverity: 'warning',
  run(ctx) {
    const prose = ctx.model.prose;
    const groups = new Map<string, Keyed[]>();
    for (const s of claimsBySentence(ctx.claims)) {
      if (REVISED.test(prose.slice(s.start, s.end))) continue;
      for (const c of s.claims) {
        if (!isNumber(c) || !SCALED.has(c.type) || c.valueHigh !== undefined) continue;
        const subject = subjectOf(prose, c);
        if (!subject) continue;
        const key = `${c.type}\u0000${c.unit}\u0000${subject}`;
        const list = groups.get(key);
        if (list) list.push({ claim: c, subject });
        else groups.set(key, [{ claim: c, subject }]);
      }
    }
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    for (const list of groups.values()) {
      const first = list[0];
      for (const k of list.slice(1)) {
        if (k.claim.sentence.start === first.claim.sentence.start || !differ(first.claim, k.claim)) continue;
        out.push({
          start: k.claim.start,
          end: k.claim.end,
          claimId: k.claim.id,
          message: `${k.claim.text.trim()} here, but ${first.claim.text.trim()} earlier, both for "${k.subject}": which is right?`,
        });
      }
    }
    return out;
  },
};

function subjectOf(prose: string, c: NumberClaim): string | null {
  const before = prose.slice(Math.max(0, c.start - 40), c.start);
  const noun = NOUN_BEFORE.exec(before);
  if (noun) return NOT_SUBJECTS.has(noun[1]) ? null : singular(noun[1]);
  if (!DETERMINER_BEFORE.test(before)) return null;
  const after = NOUN_AFTER.exec(prose.slice(c.end, c.end + 30));
  return after ? singular(after[1]) : null;
}

function singular(word: string): string {
  return word.length > 4 ? word.replace(/s$/, '') : word;
}

/** True when the two figures differ by more than the rounding they are written with, within a factor 1.5. */
function differ(a: NumberClaim, b: NumberClaim): boolean {
  const [lo, hi] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  if (lo <= 0 || hi === lo || hi / lo > 1.5) return false;
  const hedged = [a, b].some((c) => c.qualifier && c.qualifier !== 'exact');
  if (hedged) return hi / lo > 1.1;
  return hi - lo > Math.max(halfStep(a), halfStep(b)) + 1e-9 * hi;
}

/** Half the step of the figure's last written digit: 0.05e9 for "$4.5bn", 0.5 for "300". */
function halfStep(c: NumberClaim): number {
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(c.text);
  if (!digits) return 0;
  const mantissa = Number(`${digits[1].replace(/,/g, '')}.${digits[2] ?? '0'}`);
  if (!mantissa) return 0;
  const scale = c.value / mantissa;
  return 0.5 * 10 ** -(digits[2]?.length ?? 0) * scale;
}

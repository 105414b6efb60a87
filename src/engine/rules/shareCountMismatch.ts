import type { Finding, NumberClaim } from '../types';
import type { Rule } from './rule';
import { claimsBySentence, decimalsOf, isNumber } from './support/claims';

/** The words between two counts that make them a share: `12 of the 16`, `37 out of 44`. */
const OF = /^\s+(?:[\p{Ll}-]+\s+)?(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+|these\s+)?$/iu;
/** "Of the 16 councillors, 12 (80%)": the whole, a few words, a comma, then the part. */
const WHOLE_FIRST = /\bof\s+(?:the\s+|all\s+|its\s+|their\s+)?$/i;
const WHOLE_THEN_PART = /^(?:\s+[\p{L}-]+){0,5},\s+$/u;
/** The words between the share and the percentage that restate it: ` councillors (`, `, or `, ` – `. */
const RESTATES = /^[^\d.;:!?%]{0,30}$/;
const RESTATE_MARK = /\(|,\s*or\b|,|[–—]|\s-\s|\bor\b/;
/** "one of the 10 largest": a superlative after the counts makes them a rank, not a share. */
const SUPERLATIVE_AFTER = /^\s+(?:[a-z]+est|most|top|leading|largest|biggest|best|worst)\b/i;
/** Words that put the percentage on another whole. */
const OTHER_WHOLE = /\b(?:and|but|while|whereas|than|compared|versus|vs|up|down|from|against)\b/i;

interface Share {
  start: number;
  end: number;
  numerator: number;
  denominator: number;
}

/**
 * "12 of the 16 councillors (80%)": 12 of 16 is 75%. A percentage that restates a share must be the
 * share, within the rounding the percentage is written with (half a point for a whole percentage),
 * or in the direction its qualifier gives ("more than 80%").
 */
export const shareCountMismatch: Rule = {
  id: 'VER012',
  name: 'share-count-mismatch',
  description: 'A percentage does not match the counts it restates ("12 of 16 (80%)").',
  defaultSeverity: 'error',
  scope: 'paragraph',
  run(ctx) {
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const prose = ctx.model.prose;
    for (const s of claimsBySentence(ctx.claims)) {
      const numbers = s.claims.filter(isNumber);
      for (let i = 0; i < numbers.length - 1; i++) {
        const share = shareAt(prose, numbers, i);
        if (!share) continue;
        const pct = restatedAfter(prose, numbers, i, share) ?? restatedBefore(prose, numbers, i, share);
        if (!pct) continue;
        const finding = compare(share, pct, hedgeOf(prose, share));
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/** The percentage right after the share that restates it: `12 of the 16 councillors (80%)`. */
function restatedAfter(prose: string, numbers: NumberClaim[], i: number, share: Share): NumberClaim | null {
  const pct = numbers.slice(i + 1, i + 3).find((n) => n.type === 'percent' && n.start >= share.end);
  if (!pct) return null;
  const gap = prose.slice(share.end, pct.start);
  return RESTATES.test(gap) && RESTATE_MARK.test(gap) && !OTHER_WHOLE.test(gap) ? pct : null;
}

/** "42% support, with 45 of the 120 delegates": the percentage first, the counts after it, after "with" or a dash. */
const COUNTS_AFTER = /^\s*[\p{Ll} ]{0,20}(?:,\s*with|\(|[–—:]|,\s*or)\s*(?:just\s+|only\s+)?$/u;

function restatedBefore(prose: string, numbers: NumberClaim[], i: number, share: Share): NumberClaim | null {
  const pct = numbers[i - 1];
  if (!pct || pct.type !== 'percent' || pct.end > share.start) return null;
  return COUNTS_AFTER.test(prose.slice(pct.end, share.start)) ? pct : null;
}

/**
 * The share that starts at `numbers[i]`: a ratio claim, two counts joined by "of" (`12 of the 16`), or
 * the whole first (`of the 16 councillors, 12`).
 */
function shareAt(prose: string, numbers: NumberClaim[], i: number): Share | null {
  const a = numbers[i];
  if (a.type === 'ratio' && a.numerator !== undefined && a.denominator) {
    return { start: a.start, end: a.end, numerator: a.numerator, denominator: a.denominator };
  }
  const b = numbers[i + 1];
  if (!b || !isCount(a) || !isCount(b) || b.value === 0 || a.value === 0) return null;
  const between = prose.slice(a.end, b.start);
  if (a.value <= b.value && OF.test(between) && !SUPERLATIVE_AFTER.test(prose.slice(b.end, b.end + 20))) {
    return { start: a.start, end: b.end, numerator: a.value, denominator: b.value };
  }
  const whole = WHOLE_FIRST.exec(prose.slice(Math.max(0, a.start - 12), a.start));
  if (whole && b.value <= a.value && WHOLE_THEN_PART.test(between)) {
    return { start: a.start - whole[0].length, end: b.end, numerator: b.value, denominator: a.value };
  }
  return null;
}

function isCount(n: NumberClaim): boolean {
  return (n.type === 'count' || n.type === 'quantity') && Number.isInteger(n.value);
}

/** How the words before a share bound it: "more than half (57%)", "nearly four in 10 (39%)", "about a third". */
type Hedge = 'above' | 'below' | 'about' | null;
const ABOVE = /\b(?:more than|over|above|upwards of|just over|a bit more than|slightly more than|at least)\s+$/i;
const BELOW = /\b(?:nearly|almost|under|just under|fewer than|less than|just shy of|shy of|close to|up to|not quite)\s+$/i;
const ABOUT = /\b(?:about|around|roughly|some|approximately|an estimated|or so)\s+$/i;

/** The words before the share's first count, inside the share ("nearly four in 10") or before it. */
const FIRST_COUNT = /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|fifth|tenth)\b/i;

function hedgeOf(prose: string, share: Share): Hedge {
  const inside = prose.slice(share.start, share.end);
  // Only a share written in words is hedged as a whole: in "some 45 of 120" the hedge is on the count.
  if (/\d/.test(inside.split(/\b(?:of|in|out)\b/)[0])) return null;
  const before = prose.slice(Math.max(0, share.start - 24), share.start) + inside.slice(0, Math.max(0, inside.search(FIRST_COUNT)));
  return ABOVE.test(before) ? 'above' : BELOW.test(before) ? 'below' : ABOUT.test(before) ? 'about' : null;
}

function compare(share: Share, pct: NumberClaim, hedge: Hedge): Omit<Finding, 'rule' | 'severity'> | null {
  const actual = (share.numerator / share.denominator) * 100;
  // A hedged share is a bound or a round figure: the percentage says what it is.
  if (hedge === 'above' && pct.value >= actual - 0.5) return null;
  if (hedge === 'below' && pct.value <= actual + 0.5) return null;
  if (hedge === 'about' && Math.abs(pct.value - actual) <= 5) return null;
  const decimals = decimalsOf(pct.text);
  const tolerance = pct.qualifier === 'approx' ? 1.5 : 0.5 * 10 ** -decimals + 1e-9;
  const diff = actual - pct.value;
  if (pct.qualifier === 'lower-bound' && diff > -tolerance) return null;
  if (pct.qualifier === 'upper-bound' && diff < tolerance) return null;
  if (Math.abs(diff) <= tolerance) return null;
  const right = actual.toFixed(decimals);
  const digits = /\d[\d.,]*/.exec(pct.text)!;
  return {
    message: `${share.numerator} of ${share.denominator} is ${right}%, not ${pct.text.trim()}.`,
    start: Math.min(share.start, pct.start),
    end: Math.max(share.end, pct.end),
    claimId: pct.id,
    fixes: [{ kind: 'replace', start: pct.start + digits.index, end: pct.start + digits.index + digits[0].length, text: right, title: `Change to ${right}%` }],
  };
}

import type { Finding, NumberClaim } from '../types';
import type { Rule } from './rule';
import { claimsBySentence, decimalsOf, isNumber } from './support/claims';

/** What may stand between two parts of one breakdown: a few words and a list separator. */
const LIST_GAP = /^[^\d.;:!?%]{0,60}$/;
const SEPARATOR = /,|\band\b|\bwhile\b|\bwith\b|\bwhereas\b/;
/** Words that make a percentage a change or a comparison rather than a part of a whole. */
const NOT_A_PART =
  /\b(?:rose|rise|rising|fell|fall|falling|up|down|increas\w*|decreas\w*|grew|growth|gain\w*|drop\w*|declin\w*|climb\w*|soar\w*|crumbl\w*|plung\w*|jump\w*|surg\w*|slump\w*|tumbl\w*|than|compared|from|to|points?|turnout|including|overall|among)\b/i;
/** "72 percent of Democrats", "44 percent of independents": the whole a percentage is a part of. */
const OF_WHOLE = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|her\s+|his\s+)?([\p{L}-]+)/u;
/** "women (61 percent), nonwhite voters (67 percent)": a share within the group named before it. */
const GROUP_LABEL = /\p{L}\s*\(\s*$/u;

const MAX_PARTS = 12;
/** Words that make the last part the rest of the whole. */
const REST = /\b(?:the rest|the remainder|remaining|the others|everyone else|all others)\b/i;
/** Percentages that are rates of their own (tax bands, interest, odds), not parts of a whole. */
const RATES = /\b(?:rates?|tax\w*|interest|yields?|margins?|chances?|probabilit\w+|odds|stakes?|discounts?|tariffs?|efficiency|accuracy|capacity|occupancy|returns?)\b/i;

/**
 * "55% backed the plan, 30% opposed it and 25% were undecided" adds up to 110%. Three or more
 * percentages listed in one sentence as parts of a whole should not add up to more than 100, beyond
 * the rounding of each. Two things keep this from misfiring on percentages of different wholes: the
 * parts must follow each other as a list, with no change or comparison word among them, and a list in
 * which some run of parts makes 100 on its own is taken as two wholes ("turnout was 65%, with 52% for
 * and 48% against"). When the last part is "the rest", two parts are enough and the sum must be 100.
 */
export const percentagesSum: Rule = {
  id: 'VER013',
  name: 'percentages-sum',
  description: 'Percentages listed as the parts of one whole add up to more than 100 (or, with "the rest", not to 100).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  run(ctx) {
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const prose = ctx.model.prose;
    for (const s of claimsBySentence(ctx.claims)) {
      const pcts = s.claims.filter((c): c is NumberClaim => isNumber(c) && c.type === 'percent');
      if (pcts.length < 2 || RATES.test(prose.slice(s.start, s.end))) continue;
      for (const run of lists(prose, pcts)) {
        const last = run[run.length - 1];
        // "... and the rest, 25%": the parts are the whole, so they must make 100, not only not exceed it.
        const whole = REST.test(prose.slice(Math.max(s.start, last.start - 30), Math.min(s.end, last.end + 20)));
        if (run.length < 3 && !whole) continue;
        if (severalWholes(prose, run)) continue;
        const finding = check(run, whole);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

/**
 * Whether the parts name different wholes: "72 percent of Democrats ... 44 percent of independents", or
 * each stands in brackets after its own group. Those are shares of several groups, not one breakdown.
 */
function severalWholes(prose: string, run: NumberClaim[]): boolean {
  const wholes = new Set(run.map((p) => OF_WHOLE.exec(prose.slice(p.end, p.end + 40))?.[1].toLowerCase()).filter(Boolean));
  const labelled = run.filter((p) => GROUP_LABEL.test(prose.slice(Math.max(0, p.start - 6), p.start))).length;
  return wholes.size >= 2 || labelled >= 2;
}

/** The runs of percentages that read as one list. */
function lists(prose: string, pcts: NumberClaim[]): NumberClaim[][] {
  const runs: NumberClaim[][] = [];
  let run: NumberClaim[] = [];
  for (const p of pcts) {
    const last = run[run.length - 1];
    const gap = last ? prose.slice(last.end, p.start) : '';
    const partOfRun = last && LIST_GAP.test(gap) && SEPARATOR.test(gap) && !NOT_A_PART.test(gap);
    if (!partOfRun) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (!NOT_A_PART.test(p.text)) run.push(p);
  }
  if (run.length) runs.push(run);
  // A breakdown has a handful of parts; a long run of percentages is a table or a list of figures.
  return runs.filter((r) => r.length >= 2 && r.length <= MAX_PARTS);
}

function check(run: NumberClaim[], whole: boolean): Omit<Finding, 'rule' | 'severity'> | null {
  const tolerance = (p: NumberClaim) => (p.qualifier && p.qualifier !== 'exact' ? 1.5 : 0.5 * 10 ** -decimalsOf(p.text));
  const total = run.reduce((sum, p) => sum + p.value, 0);
  // "Far from 100": never less than a point, whatever the rounding of the parts allows.
  const slack = Math.max(1, run.reduce((sum, p) => sum + tolerance(p), 0));
  if (total <= 100 + slack + 1e-9 && (!whole || total >= 100 - slack - 1e-9)) return null;
  // Some run of parts that makes 100 on its own: two wholes in one sentence.
  if (!whole && someRunMakes100(run, slack)) return null;
  const parts = run.map((p) => p.text.trim()).join(' + ');
  const should = whole ? 'parts that make the whole should add up to 100%' : 'parts of one whole should not add up to more than 100%';
  return {
    message: `${parts} makes ${round(total)}%: ${should}.`,
    start: run[0].start,
    end: run[run.length - 1].end,
    claimId: run[0].id,
  };
}

function someRunMakes100(run: NumberClaim[], slack: number): boolean {
  for (let i = 0; i < run.length; i++) {
    let sum = 0;
    // Parts are positive: once past 100 a run only grows, so each start looks at a few parts.
    for (let j = i; j < run.length && sum <= 100 + slack; j++) {
      sum += run[j].value;
      if (j > i && Math.abs(sum - 100) <= slack) return true;
    }
  }
  return false;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

import type { Finding, NumberClaim } from '../types';
import type { Rule } from './rule';
import { claimsBySentence, isNumber, type SentenceClaims } from './support/claims';

/** "a $4.5bn deal", "the 300-tonne cargo": the word after a figure used as an adjective is its subject. */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that|[A-Za-z]+['’]s)\s+$/i;
/** The first two words after the figure: the head of "a $1.2 trillion infrastructure bill" is the second. */
const NOUN_AFTER = /^[\s-]+([a-z][a-z-]{2,})\b(?:\s+([a-z][a-z-]{2,})\b)?/;
/**
 * "the deal, worth $4.6 billion", "the deal was valued at $4.6bn", "the bridge will cost £1.2bn", "a fine
 * of $2m", "sold for €2.1bn": the word before the figure's preposition is its subject.
 */
const NOUN_BEFORE = /\b([a-z][a-z-]{2,}),?\s+(?:(?:is|was|are|were|will be|would be|has been|had been|will|would|could|now)\s+)?(?:worth|valued at|totalling|totaling|cost|costs|costing|priced at|of|for)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/;
/** "The deficit was $48 billion", "the budget stands at £40m": the subject of a copula before the figure. */
const SUBJECT_IS = /\bthe\s+([a-z][a-z-]{2,})\s+(?:is|was|will be|stands at|stood at|totals|totalled|totaled|comes to|came to|amounts to|amounted to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
/** Words that stand before "worth" or "of" without naming what the figure is of. */
const NOT_SUBJECTS = new Set(['which', 'that', 'this', 'one', 'each', 'all', 'some', 'most', 'part', 'total', 'sum', 'amount', 'out', 'and', 'but', 'the', 'than', 'just']);
/** Sentences that tell of a figure revised or compared, where two values are expected. */
const REVISED =
  /\b(?:initial(?:ly)?|original(?:ly)?|revis\w*|rais\w*|increas\w*|cut|lower\w*|sweeten\w*|previous(?:ly)?|prior|up from|down from|compared|forecasts?|expect\w*|estimat\w*|target\w*|rose|fell|grew|(?:second|another|fresh|new|improved|rival|competing|latest|counter-?)\s*(?:offer|bid|proposal)|a year (?:earlier|ago|before)|last year|year-earlier|the year before)\b/i;
const SCALED = new Set(['money', 'quantity']);
/**
 * Nouns of transactions and budgets: a figure in a sentence that names one is that thing's figure even
 * when the grammar does not tie them ("agreed to buy Rival Corp for $4.5bn in a deal announced ...").
 */
const TRANSACTIONS = /\b(deal|acquisition|takeover|merger|contract|bid|offer|package|loan|bailout|budget|bill|plan|stimulus|fine|settlement|investment|sale|purchase|project|scheme|fund|grant|compensation|ransom|transfer)s?\b/gi;

export interface Keyed {
  claim: NumberClaim;
  subject: string;
  /** How far apart two figures may be and still be one thing's: the grammar ties closer than a sentence. */
  within: number;
  /** The years the figure's sentence names ("in 2019"), the period it belongs to; empty when none. */
  period: string;
}

/**
 * One subject given two figures in one article: "a $4.5bn deal" and later "the deal, worth $4.6
 * billion". The subject is the noun the figure qualifies, or a transaction the sentence names; two
 * figures of one unit for one subject, further apart than their rounding and within half again of each
 * other (a quarter for a subject only named in the sentence), are worth a look. Figures in one
 * sentence, and sentences that tell of a revision or a comparison, are left alone.
 */
export const figureConflict: Rule = {
  id: 'VER019',
  name: 'figure-conflict',
  description: 'One subject is given two different figures in one article ("$4.5bn" and "$4.6 billion" for one deal).',
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    const prose = ctx.model.prose;
    const groups = new Map<string, Keyed[]>();
    for (const s of claimsBySentence(ctx.claims)) {
      for (const k of figureKeys(prose, s)) {
        const key = `${k.claim.type}\u0000${k.claim.unit}\u0000${k.subject}`;
        const list = groups.get(key);
        if (list) list.push(k);
        else groups.set(key, [k]);
      }
    }
    return compareGroups(groups);
  },
};

/**
 * The figures of one sentence with the subjects they are given for: all the rule reads of a sentence.
 * Two sentences with the same keys (same claims, subjects and weights) leave the rule's findings as
 * they were.
 */
export function figureKeys(prose: string, s: SentenceClaims): Keyed[] {
  const figures = s.claims.filter((c): c is NumberClaim => isNumber(c) && SCALED.has(c.type) && c.valueHigh === undefined);
  if (figures.length === 0) return [];
  const sentence = prose.slice(s.start, s.end);
  if (REVISED.test(sentence)) return [];
  const named = [...new Set(Array.from(sentence.matchAll(TRANSACTIONS), (m) => m[1].toLowerCase()))];
  const period = [...new Set(sentence.match(/\b(?:19|20)\d\d\b/g) ?? [])].sort().join(' ');
  return figures.flatMap((c) => subjectsOf(prose, c, named, period));
}

/** Each later figure against the first of its subject, reported once however many subjects it has. */
function compareGroups(groups: Map<string, Keyed[]>): Omit<Finding, 'rule' | 'severity'>[] {
  const out: Omit<Finding, 'rule' | 'severity'>[] = [];
  const reported = new Set<NumberClaim>();
  for (const [first, ...later] of groups.values()) {
    for (const k of later) {
      if (reported.has(k.claim) || k.claim.sentence.start === first.claim.sentence.start) continue;
      // Figures of two periods ("in 2019", "in 2020") are two figures, not one given twice.
      if (first.period && k.period && first.period !== k.period) continue;
      if (!differ(first.claim, k.claim, Math.min(first.within, k.within))) continue;
      reported.add(k.claim);
      out.push({
        start: k.claim.start,
        end: k.claim.end,
        claimId: k.claim.id,
        message: `${k.claim.text.trim()} here, but ${first.claim.text.trim()} earlier, both for "${k.subject}": which is right?`,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The subject the grammar gives the figure, then the transactions its sentence names. */
function subjectsOf(prose: string, c: NumberClaim, named: string[], period: string): Keyed[] {
  const out: Keyed[] = [];
  const direct = directSubjects(prose, c);
  for (const noun of direct) out.push({ claim: c, subject: noun, within: 1.5, period });
  for (const noun of named) if (!direct.includes(noun)) out.push({ claim: c, subject: noun, within: 1.25, period });
  return out;
}

function directSubjects(prose: string, c: NumberClaim): string[] {
  const before = prose.slice(Math.max(0, c.start - 40), c.start);
  const noun = NOUN_BEFORE.exec(before) ?? SUBJECT_IS.exec(before);
  if (noun) return NOT_SUBJECTS.has(noun[1]) ? [] : [singular(noun[1])];
  if (!DETERMINER_BEFORE.test(before)) return [];
  const after = NOUN_AFTER.exec(prose.slice(c.end, c.end + 40));
  return after ? [after[1], after[2]].filter((w): w is string => !!w && !NOT_SUBJECTS.has(w)).map(singular) : [];
}

function singular(word: string): string {
  return word.length > 4 ? word.replace(/s$/, '') : word;
}

/** True when the two figures differ by more than the rounding they are written with, within a factor. */
function differ(a: NumberClaim, b: NumberClaim, within: number): boolean {
  const [lo, hi] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  if (lo <= 0 || hi === lo || hi / lo > within) return false;
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

import { isEvidential } from '../extractors/attribution/evidential';
import type { AttributionClaim, Claim, Finding, NumberClaim } from '../types';
import { paragraphAt } from '../text/textModel';
import type { Rule } from './rule';
import { claimsBySentence, isNumber } from './support/claims';
import { namesASource } from './support/sourceCues';

/** Shares are statistics whatever their size. */
const SHARES = new Set(['percent', 'percentage-points', 'ratio']);
/** Money, counts and quantities are statistics from a million up: smaller ones are usually plain facts. */
const LARGE = new Set(['money', 'count', 'quantity']);
const LARGE_FROM = 1e6;

/**
 * A percentage, a share or a large figure in the article's own voice (no attribution), with no source
 * named in its sentence or paragraph ("China is a global leader in 37 out of 44 technological fields").
 * Figures inside quotations and in sentences that attribute ("officials said") rest on someone; the
 * rest rest on the article, and a reader may ask where they come from. An evidential cue ("62% of output
 * is expected to go abroad") is a judgement with no source, so it sources neither its sentence nor the
 * figures of its subject.
 */
export const unsourcedStatistic: Rule = {
  id: 'VER020',
  name: 'unsourced-statistic',
  description: 'A statistic stated in the article’s own voice with no source in its sentence or paragraph.',
  defaultSeverity: 'info',
  scope: 'paragraph',
  run(ctx) {
    const out: Omit<Finding, 'rule' | 'severity'>[] = [];
    const prose = ctx.model.prose;
    const quotes = ctx.claims.filter((c) => c.kind === 'quote');
    const sourced = new Map<number, boolean>();
    const evidential = new Set(ctx.claims.filter((c): c is AttributionClaim => c.kind === 'attribution' && isEvidential(c)).map((c) => c.id));
    const attributes = (c: Claim) => c.kind === 'attribution' && !evidential.has(c.id);
    const inOwnVoice = (c: NumberClaim) => c.attribution === null || evidential.has(c.attribution.attributionId ?? '');
    let q = 0;
    for (const s of claimsBySentence(ctx.claims)) {
      // A figure inside an HTML tag pasted into the text (`<tweet id="7711…">`) is markup, not a statistic.
      const stats = s.claims.filter((c): c is NumberClaim => isNumber(c) && isStatistic(c) && inOwnVoice(c) && !/=["“”']?$/.test(prose.slice(c.start - 2, c.start)));
      if (stats.length === 0 || s.claims.some(attributes)) continue;
      const para = paragraphAt(ctx.model, s.start);
      if (!para) continue;
      if (!sourced.has(para.start)) sourced.set(para.start, needsNoSource(prose.slice(para.start, para.end)));
      if (sourced.get(para.start)) continue;
      // One finding a sentence, on its first unquoted statistic: the question is the sentence's source.
      const c = stats.find((n) => {
        while (q < quotes.length && quotes[q].end <= n.start) q++;
        return !(q < quotes.length && inside(quotes[q], n));
      });
      if (!c) continue;
      const more = stats.length > 1 ? ` (and ${stats.length - 1} more figure${stats.length > 2 ? 's' : ''} in this sentence)` : '';
      out.push({
        start: c.start,
        end: c.end,
        claimId: c.id,
        message: `"${c.text.trim()}"${more} is stated in the article’s own voice with no source in its sentence or paragraph: say where it comes from.`,
      });
    }
    return out;
  },
};

/**
 * A paragraph that names a source, or a headline: one short line with no closing punctuation, which
 * restates the figures the body gives with their sources.
 */
function needsNoSource(paragraph: string): boolean {
  const line = paragraph.trim();
  const headline = !line.includes('\n') && !/[.!?:;"”’)]$/.test(line) && line.split(/\s+/).length <= 25;
  return headline || namesASource(paragraph);
}

function isStatistic(c: NumberClaim): boolean {
  return SHARES.has(c.type) || (LARGE.has(c.type) && Math.abs(c.value) >= LARGE_FROM);
}

function inside(outer: Claim, inner: Claim): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

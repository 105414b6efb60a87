import type { DateClaim, Fix } from '../types';
import { partialInWords } from '../describe';
import type { Rule } from './rule';

/**
 * A relative date ("tomorrow", "last week", "on Friday") means nothing certain until the reader knows when
 * the article was published. When no publication date is known, each such date gets a finding that says
 * so and offers to set the date.
 */
/** One fix shared by every finding (read, never changed): an article can hold 100,000 relative dates. */
const SET_PUBLICATION_DATE: Fix[] = Object.freeze([Object.freeze({ kind: 'set-publication-date', title: 'Set the publication date' })]) as Fix[];

export const unresolvedRelativeDate: Rule = {
  id: 'VER001',
  name: 'unresolved-relative-date',
  description: 'A relative date cannot be checked because the publication date is unknown.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  run(ctx) {
    if (ctx.referenceDate) return [];
    // A dateline without its year: say what is missing, the year.
    const missing = ctx.partialReferenceDate ? `whose year this article does not give (${partialInWords(ctx.partialReferenceDate)})` : 'which this article does not give';
    return ctx.claims
      .filter((c): c is DateClaim => c.kind === 'date' && c.relative && !c.resolved)
      .map((c) => ({
        message: `"${c.text}" depends on the publication date, ${missing}: set the publication date to resolve it.`,
        start: c.start,
        end: c.end,
        claimId: c.id,
        fixes: SET_PUBLICATION_DATE,
      }));
  },
};

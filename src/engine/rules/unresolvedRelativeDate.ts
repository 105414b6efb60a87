import type { DateClaim, Fix } from '../types';
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
    return ctx.claims
      .filter((c): c is DateClaim => c.kind === 'date' && c.relative && !c.resolved)
      .map((c) => ({
        message: `"${c.text}" depends on the publication date, which this article does not give: set the publication date to resolve it.`,
        start: c.start,
        end: c.end,
        claimId: c.id,
        fixes: SET_PUBLICATION_DATE,
      }));
  },
};

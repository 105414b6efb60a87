import type { DateClaim, Fix } from '../types';
import { partialInWords } from '../describe';
import type { Rule } from './rule';

/** The fix of the finding (read, never changed). */
const SET_PUBLICATION_DATE: Fix[] = Object.freeze([Object.freeze({ kind: 'set-publication-date', title: 'Set the publication date' })]) as Fix[];
/** How many of the relative dates the message names. */
const NAMED = 3;

/**
 * A relative date ("tomorrow", "last week", "on Friday") means nothing certain until the reader knows when
 * the article was published. When no publication date is known the article gets one finding, on its first
 * relative date, that says how many depend on it and how to give it: one missing date is one thing to fix,
 * however many words it leaves unresolved. Each relative date stays a claim whose hover says it is
 * unresolved.
 */
export const unresolvedRelativeDate: Rule = {
  id: 'VER001',
  name: 'unresolved-relative-date',
  description: 'Relative dates cannot be checked because the publication date is unknown.',
  defaultSeverity: 'warning',
  scope: 'document',
  run(ctx) {
    if (ctx.referenceDate) return [];
    const unresolved = ctx.claims.filter((c): c is DateClaim => c.kind === 'date' && c.relative && !c.resolved);
    if (unresolved.length === 0) return [];
    const first = unresolved[0];
    const words = [...new Set(unresolved.map((c) => `"${c.text}"`))];
    const named = words.slice(0, NAMED).join(', ') + (words.length > NAMED ? ', …' : '');
    const count = unresolved.length === 1 ? `1 relative date (${named}) depends` : `${unresolved.length} relative dates (${named}) depend`;
    const them = unresolved.length === 1 ? 'it' : 'them';
    // A dateline without its year: say what is missing, the year.
    const message = ctx.partialReferenceDate
      ? `This article's publication date has no year (${partialInWords(ctx.partialReferenceDate)}), and ${count} on it: set the publication date with its year to resolve ${them}.`
      : `This article gives no publication date, and ${count} on it: set the publication date (a dateline such as "14 March 2025", or \`date:\` in Markdown front matter) to resolve ${them}.`;
    return [
      {
        message,
        start: first.start,
        end: first.end,
        fixes: SET_PUBLICATION_DATE,
      },
    ];
  },
};

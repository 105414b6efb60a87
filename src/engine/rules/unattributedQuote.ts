import type { QuoteClaim } from '../types';
import type { Rule } from './rule';

/** How much of a long quotation the message repeats. */
const SHOWN = 40;

/**
 * A direct quotation whose speaker the article does not give (no `X said`, no speaker label, no
 * `according to` around it) cannot be checked against a recording or a source. Scare quotes and titles
 * are not quotations of speech and get no finding.
 */
export const unattributedQuote: Rule = {
  id: 'VER003',
  name: 'unattributed-quote',
  description: 'A direct quotation has no speaker.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  run(ctx) {
    return ctx.claims
      .filter((c): c is QuoteClaim => c.kind === 'quote' && c.speaker === null)
      .map((c) => {
        const words = c.content.text.length > SHOWN ? `${c.content.text.slice(0, SHOWN).trimEnd()}…` : c.content.text;
        return {
          message: `Quotation with no speaker: who said "${words}"?`,
          start: c.start,
          end: c.end,
          claimId: c.id,
        };
      });
  },
};

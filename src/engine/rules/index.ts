import type { Rule } from './rule';
import { unattributedQuote } from './unattributedQuote';
import { unresolvedRelativeDate } from './unresolvedRelativeDate';
import { vagueSource } from './vagueSource';

/**
 * Every rule, in the order its findings are listed. Ids are never reused; the unit tests check that
 * each is unique and has a docs page.
 */
export const RULES: readonly Rule[] = [unresolvedRelativeDate, vagueSource, unattributedQuote];

import type { Rule } from './rule';

/**
 * Every rule, in the order its findings are listed. Ids are never reused; the unit tests check that
 * each is unique and has a docs page.
 */
export const RULES: readonly Rule[] = [];

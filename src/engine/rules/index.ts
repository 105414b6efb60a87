import type { Rule } from './rule';
import { ageBirthYear } from './ageBirthYear';
import { changeMismatch } from './changeMismatch';
import { figureConflict } from './figureConflict';
import { nameSpelling } from './nameSpelling';
import { percentagesSum } from './percentagesSum';
import { relativeDateConflict } from './relativeDateConflict';
import { shareCountMismatch } from './shareCountMismatch';
import { titleConflict } from './titleConflict';
import { unattributedQuote } from './unattributedQuote';
import { unclosedQuote } from './unclosedQuote';
import { unresolvedRelativeDate } from './unresolvedRelativeDate';
import { unsourcedStatistic } from './unsourcedStatistic';
import { vagueSource } from './vagueSource';
import { weekdayMismatch } from './weekdayMismatch';

/**
 * Every rule, in the order its findings are listed. Ids are never reused; the unit tests check that
 * each is unique and has a docs page.
 */
export const RULES: readonly Rule[] = [
  unresolvedRelativeDate,
  vagueSource,
  unattributedQuote,
  weekdayMismatch,
  relativeDateConflict,
  shareCountMismatch,
  percentagesSum,
  changeMismatch,
  ageBirthYear,
  nameSpelling,
  titleConflict,
  unclosedQuote,
  figureConflict,
  unsourcedStatistic,
];

/** The rules an article does not silence (`verity-ignore-file`), in order. */
export function activeRules(silenced: ReadonlySet<string>): readonly Rule[] {
  return silenced.has('*') ? [] : RULES.filter((r) => !silenced.has(r.name));
}

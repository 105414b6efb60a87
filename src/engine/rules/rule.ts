import type { Claim, Finding, Severity } from '../types';
import type { ExtractContext } from '../extractors/extractor';

export interface RuleContext extends ExtractContext {
  /** Every claim of the document, sorted, with ids and attributions, whatever kinds the user enabled. */
  claims: readonly Claim[];
}

/**
 * A check of what the article says against itself. One rule a file; the docs page is
 * `docs/rules/<name>.md`.
 */
export interface Rule {
  /** Short stable id, `VER` and three digits. */
  id: string;
  /** Kebab-case name: the finding's `rule` and the docs page's file name. */
  name: string;
  description: string;
  defaultSeverity: Severity;
  run(ctx: RuleContext): Omit<Finding, 'rule' | 'severity'>[];
}

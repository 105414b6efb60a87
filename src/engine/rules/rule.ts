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
  /**
   * What the rule reads. `paragraph`: each finding lies in one paragraph and depends only on that
   * paragraph's text and the claims that overlap it (and the publication date), so after an edit inside
   * one paragraph the rule runs on that paragraph alone. `document`: findings compare claims or words
   * across the article, and the rule runs on the whole.
   */
  scope: 'paragraph' | 'document';
  run(ctx: RuleContext): Omit<Finding, 'rule' | 'severity'>[];
}

import type { DateType, NumberType } from '../types';

/**
 * Where a passage stands in its document: a page (PDF), a line (text, Markdown), a paragraph of the main
 * text (HTML, DOCX, which have no lines a reader sees) or a row (CSV, counted as a spreadsheet does: the
 * header is row 1). A PDF passage has a page and a line within it.
 */
export interface Locator {
  page?: number;
  line?: number;
  paragraph?: number;
  row?: number;
}

/** A piece of a source document as a reader gave it: a paragraph, a page, a table row. */
export interface SourcePassage {
  text: string;
  /** Where the passage's first line stands; lines within the passage are counted on from it. */
  locator: Locator;
}

/** A figure or date the engine's own scan found in a passage, kept so a source is scanned once. */
export type SourceFigure =
  | {
      kind: 'number';
      type: NumberType;
      value: number;
      valueHigh?: number;
      unit: string | null;
      numerator?: number;
      denominator?: number;
      start: number;
      end: number;
      text: string;
    }
  | { kind: 'date'; type: DateType; value: string; start: number; end: number; text: string };

/** A passage with the figures and dates in it: what matching reads (and what the index stores). */
export interface PreparedPassage extends SourcePassage {
  figures: SourceFigure[];
  /** The passage's content words (stemmed, as claims are matched on), to find it in a folder quickly. */
  words?: string[];
}

/** A source read and scanned: `source` is how the ledger names it (a path or a URL). */
export interface PreparedSource {
  source: string;
  passages: PreparedPassage[];
}

/** How a passage bears on a claim. */
export type EvidenceMatch = 'supports' | 'differs' | 'not-found';

/**
 * One passage that bears on a claim, or a `not-found` entry for a source that says nothing of it
 * (`locator`, `passage`, `start`, `end` and `value` are then null).
 */
export interface Evidence {
  source: string;
  locator: Locator | null;
  /** The sentence of the source that bears on the claim (at most {@link EXCERPT_LIMIT} characters). */
  passage: string | null;
  /** Where the matching words stand in `passage`. */
  start: number | null;
  end: number | null;
  match: EvidenceMatch;
  /** What the source gives: its words for the figure, date or quotation ("36 of 44"). */
  value: string | null;
  /** True for a passage of the reference folder proposed for a claim with no source. */
  proposed?: boolean;
  /** How closely the passage's words follow the claim's sentence: ranks proposals, best first. */
  score?: number;
}

export const EXCERPT_LIMIT = 400;

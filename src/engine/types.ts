/**
 * The engine's contract: plain data in, plain data out. Every offset is a UTF-16 code-unit index into
 * the scanned text (what JavaScript strings and VS Code positions use); `end` is exclusive.
 */

/** The kinds of claim Verity finds. */
export type ClaimKind = 'number' | 'date' | 'attribution' | 'quote';
export const CLAIM_KINDS: readonly ClaimKind[] = ['number', 'date', 'attribution', 'quote'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type DocumentFormat = 'plaintext' | 'markdown';

/** A piece of the text: where it stands and what it says. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How Verity knows who a claim is attributed to. */
export type AttributionVia = 'speaker-label' | 'reported-speech' | 'quotation' | 'according-to';

/** Who a claim rests on. */
export interface ClaimAttribution {
  /** The source's fullest name in the article ("Nikolai Snopkov"), or the vague phrase ("experts"). */
  source: string;
  /** The source's role or title where the article gives one ("First Deputy Prime Minister of Belarus"). */
  role: string | null;
  via: AttributionVia;
  /** The id of the attribution claim this rests on. */
  attributionId?: string;
}

interface ClaimBase {
  /** Stable for the same claim text in the same context: the ledger keys on it. */
  id: string;
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  /** Who the claim is attributed to, or null when it is the article's own voice. */
  attribution: ClaimAttribution | null;
  /** The sentence the claim stands in (its start), for hovers and reports. */
  sentence: { start: number; end: number };
}

export type NumberType =
  | 'money'
  | 'percent'
  | 'percentage-points'
  | 'ratio'
  | 'count'
  | 'quantity'
  | 'range'
  | 'rank'
  | 'multiplier';

/** How exact a figure is said to be: `approx` for "about", `bound` for "more than", "up to". */
export type NumberQualifier = 'exact' | 'approx' | 'lower-bound' | 'upper-bound';

/** What a numeric claim says, apart from where it stands. */
export interface NumberValue {
  type: NumberType;
  /** The normalized value: 4.5e9 for `$4.5bn`, 0.841 for `37 out of 44`, the low end for a range. */
  value: number;
  /** The high end, for ranges. */
  valueHigh?: number;
  /** ISO 4217 code for money; the unit for quantities (`km`, `tonnes`, `children`); else null. */
  unit: string | null;
  qualifier?: NumberQualifier;
  /** For ratios: the counts the share is made of (37 and 44 in `37 out of 44`). */
  numerator?: number;
  denominator?: number;
}

export interface NumberClaim extends ClaimBase, NumberValue {
  kind: 'number';
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateClaim extends ClaimBase {
  kind: 'date';
  type: DateType;
  /** The TimeML TIMEX3 value: `2023-12`, `2013-W11`, `P1M`, `PRESENT_REF`; `XXXX-..` where unknown. */
  value: string;
  /** True when the meaning depends on the publication date ("tomorrow", "next year", "in March"). */
  relative: boolean;
  /** False for a relative date that could not be resolved because the publication date is unknown. */
  resolved: boolean;
}

export interface AttributionClaim extends ClaimBase {
  kind: 'attribution';
  /** Who: the source's words in the text, or null ("it is claimed"). */
  source: Span | null;
  /** The words that attribute: "said", "according to", a speaker label's colon line. */
  cue: Span | null;
  /** What is attributed, as PolNeAR marks it: a quotation with its marks, a clause with its `that`. */
  content: Span | null;
  /**
   * The same speaker's quotations after the cue ('"Q1," she said. "Q2."'): their words are the speaker's
   * (figures in them are attributed, quotes get the speaker), but the content stops before the cue.
   */
  continued?: Span;
  /** True for sources with no name ("experts say", "officials said"). */
  vague: boolean;
  /** The source resolved to its fullest mention in the article ("he" → "Nikolai Snopkov"). */
  speaker: string | null;
  role: string | null;
  via: AttributionVia;
}

export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  /** The quoted words without the quotation marks. */
  content: Span;
  /** Who said it, when known. */
  speaker: string | null;
}

export type Claim = NumberClaim | DateClaim | AttributionClaim | QuoteClaim;

/** A quick fix the adapter can offer. `replace` edits the text; `command` names an action. */
export type Fix =
  | { kind: 'replace'; start: number; end: number; text: string; title: string }
  | { kind: 'set-publication-date'; title: string };

export interface Finding {
  /** The rule's name, e.g. `weekday-mismatch`. */
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  claimId?: string;
  fixes?: Fix[];
}

export interface ScanOptions {
  /**
   * The publication date as `YYYY-MM-DD`, or a date-time as ISO 8601 (`2024-03-05T10:00:00Z`); when absent
   * it is read from front matter or a dateline.
   */
  referenceDate?: string | null;
  format?: DocumentFormat;
  /** The claim kinds to report; all when absent. */
  kinds?: readonly ClaimKind[];
  /** Day/month order of numeric dates such as 03/04/2025. */
  dateOrder?: 'mdy' | 'dmy';
}

/** Where the reference date came from. */
export type ReferenceDateSource = 'option' | 'front-matter' | 'dateline' | 'none';

export interface ScanResult {
  /** The publication date used to resolve relative dates (`YYYY-MM-DD`), or null. */
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  /** The publication time of day (`HH:MM`), when the date was given as a date-time. */
  referenceTime?: string;
  /**
   * A dateline's day without a year (`XXXX-05-28`) when the article gives no more: not a publication date
   * (no date of the body stands in for the year), and the user is asked for one.
   */
  partialReferenceDate?: string;
  /** Sorted by start, then end. */
  claims: Claim[];
  findings: Finding[];
}

import type { NumberValue } from '../../types';

/** A claim as the scanner finds it, in token indexes; the extractor turns it into a Draft. */
export interface Found extends NumberValue {
  /** First token of the claim and the index after its last token. */
  first: number;
  end: number;
}

/** Tokens the scanner read and rejected as a whole ("555-1234", "777-200LR"), so no part is read again. */
export interface Skip {
  skip: true;
  end: number;
}

/** What the scanner reads at a token: a claim, or a stretch it rejected whole. */
export type ScanStep = Found | Skip;

/** True for a rejected stretch. */
export const isSkip = (s: ScanStep): s is Skip => 'skip' in s;

/** A share rounded to three decimals, as a fact-checker reads it (37 out of 44 → 0.841). */
export const share = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 1000) / 1000;

import type { ClaimKind } from '../engine';

/** What a fact-checker concluded about a claim. `ignored` means "not a claim to check". */
export type ClaimStatus = 'unchecked' | 'verified' | 'disputed' | 'false' | 'needs-source' | 'ignored';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['unchecked', 'verified', 'disputed', 'false', 'needs-source', 'ignored'];

/** The ledger file format's version; a reader refuses files of a newer version. */
export const LEDGER_VERSION = 1;

/**
 * Where a fact was checked: a URL, a local document (`file`, relative to the workspace root or the
 * article's folder, `/`-separated) or a citation ("Annual report 2024, p. 12"), with what the checker noted.
 */
export interface LedgerSource {
  url?: string;
  file?: string;
  citation?: string;
  title?: string;
  /** The day the source was consulted, `YYYY-MM-DD`. */
  accessed?: string;
  note?: string;
  /** Fields this Verity does not know (or could not read), kept as they were written. */
  extra?: Record<string, unknown>;
}

/** One status change, newest last; the ledger keeps the last {@link HISTORY_LIMIT}. */
export interface HistoryItem {
  status: ClaimStatus;
  /** ISO 8601 timestamp. */
  at: string;
  /** The note given with this verdict, if any: a later note replaces the entry's, not this record. */
  note?: string;
  /** Fields this Verity does not know, kept as they were written. */
  extra?: Record<string, unknown>;
}
export const HISTORY_LIMIT = 10;

/**
 * How an entry finds its claim again after edits: the kind, the claim's text when it was last checked
 * (normalized for matching, kept as written for reports), the words around it and where it stood.
 */
export interface Fingerprint {
  kind: ClaimKind;
  /** The claim's text as it was when last marked: a change to it is a `claim-changed` finding. */
  text: string;
  /** Up to {@link CONTEXT_WORDS} lowercased words before and after the claim. */
  before: string;
  after: string;
  /** Where the claim started, as a fraction of the article's length (0 to 1, three decimals). */
  position: number;
}
export const CONTEXT_WORDS = 8;

/** The record of one claim. */
export interface LedgerEntry extends Fingerprint {
  status: ClaimStatus;
  sources: LedgerSource[];
  note: string;
  /** When the status was last set (ISO 8601), or null for an entry never marked. */
  checkedAt: string | null;
  history: HistoryItem[];
  /**
   * Fields this Verity does not know, and known ones of the wrong type (reported when read), kept as they
   * were written: a newer Verity's fields or a person's additions are never dropped by a save.
   */
  extra?: Record<string, unknown>;
}

/** A ledger: its entries keyed by the id the claim had when it was first marked (never re-keyed). */
export interface Ledger {
  version: number;
  /** The article's file name, for a person reading the file. */
  article: string;
  entries: Record<string, LedgerEntry>;
  /** Top-level fields this Verity does not know, kept as they were written. */
  extra?: Record<string, unknown>;
}

import type { Claim, ClaimKind, ScanOptions } from '../types';
import type { Paragraph, TextModel } from '../text/textModel';

/** A claim as an extractor reports it: the scan adds the id, the sentence and the
 * attribution afterwards. */
export type Draft<C extends Claim = Claim> = C extends Claim ? Omit<C, 'id' | 'attribution' | 'sentence'> : never;

/** What every extractor may read. */
export interface ExtractContext {
  model: TextModel;
  /** The publication date (`YYYY-MM-DD`) relative dates resolve against, or null when unknown. */
  referenceDate: string | null;
  /** The publication time of day (`HH:MM`) when one was given: `two hours ago` counts from it. */
  referenceTime?: string | null;
  /** A dateline's day without its year (`XXXX-05-28`), when that is all the article gives of its date. */
  partialReferenceDate?: string;
  dateOrder: NonNullable<ScanOptions['dateOrder']>;
}

/**
 * An extractor that reads one paragraph at a time and sees nothing else: its results for a paragraph
 * depend only on that paragraph's text and the context, so the scan may reuse them while the paragraph
 * is unchanged.
 */
export interface ParagraphExtractor {
  name: string;
  kind: ClaimKind;
  scope: 'paragraph';
  extract(paragraph: Paragraph, ctx: ExtractContext): Draft[];
}

/**
 * An extractor that needs the whole document (speaker labels reach over many paragraphs) and the
 * claims found before it.
 */
export interface DocumentExtractor {
  name: string;
  kind: ClaimKind;
  scope: 'document';
  extract(ctx: ExtractContext, before: readonly Draft[]): Draft[];
  /** The same work, pausing between its parts, for an extractor that may hold the thread long. */
  steps?(ctx: ExtractContext, before: readonly Draft[]): Generator<void, Draft[], void>;
}

export type Extractor = ParagraphExtractor | DocumentExtractor;

import type { Extractor } from './extractor';
import { attributionExtractor, quoteExtractor } from './attribution';
import { datesExtractor } from './dates';
import { numbersExtractor } from './numbers';

/**
 * The extractors, in order. Dates run before numbers because a year or a day of the month is a date,
 * not a count: the scan drops a number that overlaps a date. Attribution runs last, as a document
 * extractor may read the claims found before it;
 * quotations come after attributions, whose speakers they take.
 */
export const EXTRACTORS: readonly Extractor[] = [datesExtractor, numbersExtractor, attributionExtractor, quoteExtractor];

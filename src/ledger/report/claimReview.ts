import type { ClaimStatus } from '../types';
import { sourceText, type FactCheckReport, type ReportRow } from './model';

/** Who publishes the reviews: `--publisher`, else each claim's checker from the ledger. */
export interface ClaimReviewOptions {
  publisher?: string;
  /** The address where the fact-check is published: the review's `url` (with the claim's id) and the claim's appearance. */
  url?: string;
}

/**
 * The rating of each status that is a verdict, on a scale of 1 (false) to 5 (true), with the words fact-checkers
 * publish. `unchecked`, `needs-source` and `ignored` are no verdict and are not exported.
 */
export const RATINGS: Partial<Record<ClaimStatus, { value: number; name: string }>> = {
  false: { value: 1, name: 'False' },
  disputed: { value: 3, name: 'Disputed' },
  verified: { value: 5, name: 'True' },
};

export class ClaimReviewError extends Error {}

/**
 * schema.org `ClaimReview` JSON-LD, the format fact-checkers publish and search engines read: one review per
 * claim marked false, disputed or verified. `claimReviewed` is the claim's sentence (a figure alone, `$42
 * million`, says nothing a reader can judge) and `itemReviewed` a `Claim` by whoever the article says made
 * it. Throws {@link ClaimReviewError} when a review would have no author.
 */
export function formatClaimReview(report: FactCheckReport, options: ClaimReviewOptions = {}): string {
  const rows = report.groups.flatMap((g) => g.rows).filter((r) => RATINGS[r.status]);
  const reviews = rows.map((r) => review(r, report, options));
  // One shape whatever the count: a graph of reviews under one context.
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2)}\n`;
}

function review(r: ReportRow, report: FactCheckReport, options: ClaimReviewOptions): Record<string, unknown> {
  const rating = RATINGS[r.status]!;
  const reviewer = options.publisher ?? r.checkedBy;
  if (!reviewer) throw new ClaimReviewError(`claim ${r.claimId} ("${r.text}") has no reviewer: give --publisher NAME, or a checkedBy in its ledger entry`);
  const web = options.url && /^https?:\/\//i.test(options.url) ? options.url : undefined;
  const appearance = web ? [{ '@type': 'CreativeWork', url: web }] : undefined;
  const sources = r.sources.map((s) => (s.url && /^https?:\/\//i.test(s.url) ? { '@type': 'CreativeWork', url: s.url, name: s.title ?? s.url } : { '@type': 'CreativeWork', name: sourceText(s) }));
  return {
    '@type': 'ClaimReview',
    ...(web ? { url: `${web}#${encodeURIComponent(r.claimId)}` } : {}),
    claimReviewed: r.sentence || r.text,
    itemReviewed: {
      '@type': 'Claim',
      ...(r.attribution ? { author: { '@type': 'Person', name: r.attribution } } : {}),
      ...(appearance ? { appearance, firstAppearance: appearance[0] } : {}),
    },
    author: { '@type': options.publisher ? 'Organization' : 'Person', name: reviewer },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
    datePublished: (r.checkedAt ?? report.generatedAt).slice(0, 10),
    ...(r.note ? { reviewBody: r.note } : {}),
    ...(sources.length ? { citation: sources } : {}),
  };
}

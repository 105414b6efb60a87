import { formatCsv } from './csv';
import { formatHtml } from './html';
import { formatMarkdown } from './markdown';
import type { FactCheckReport } from './model';

export { buildReport, GROUP_ORDER, type FactCheckReport, type OrphanRow, type ReportRow } from './model';
export { formatCsv, formatHtml, formatMarkdown };
export { ClaimReviewError, formatClaimReview, RATINGS, type ClaimReviewOptions } from './claimReview';

export type ReportFormat = 'md' | 'csv' | 'json' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'csv', 'json', 'html'];

/** The report as text in a format; pure, so the CLI and the editor's export write the same. */
export function formatReport(report: FactCheckReport, format: ReportFormat): string {
  switch (format) {
    case 'md':
      return formatMarkdown(report);
    case 'csv':
      return formatCsv(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'html':
      return formatHtml(report);
  }
}

import type { Claim } from '../engine';
import type { LedgerView } from '../ledger';
import { buildReport, formatReport, REPORT_FORMATS, type ReportFormat } from '../ledger/report';

/**
 * `verity.server.report [uri, format?]`: the fact-check report of a checked document, as `verity report`
 * writes it (every claim with its sentence, value, status, sources and notes, grouped by status), in one of
 * REPORT_FORMATS (Markdown when absent). The client decides where it goes.
 */
export function reportText(articlePath: string, text: string, claims: readonly Claim[], view: LedgerView, formatArg: unknown): { format: ReportFormat; text: string } {
  const format = formatArg === undefined || formatArg === null ? 'md' : formatArg;
  if (typeof format !== 'string' || !REPORT_FORMATS.includes(format as ReportFormat)) throw new Error(`the report's format must be one of ${REPORT_FORMATS.join(', ')}`);
  const report = buildReport({ articlePath, text, claims, view });
  return { format: format as ReportFormat, text: formatReport(report, format as ReportFormat) };
}

import { sourceText, type FactCheckReport } from './model';

const HEADER = ['status', 'claim_id', 'kind', 'line', 'claim', 'value', 'claim_source', 'sentence', 'sources', 'note', 'checked_at', 'changed_from', 'in_article'];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) gets a leading
 * apostrophe; only a whole number may begin with `-` as it is (`-12`, but not `-1+A1`).
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV: one row per claim in status order, then the orphaned entries; CRLF line ends. */
export function formatCsv(report: FactCheckReport): string {
  const rows: (string | number | null)[][] = [HEADER];
  for (const g of report.groups) {
    for (const r of g.rows) {
      rows.push([r.status, r.claimId, r.kind, r.line, r.text, r.value, r.attribution, r.sentence, r.sources.map(sourceText).join(' | '), r.note, r.checkedAt, r.changedFrom, 'yes']);
    }
  }
  for (const o of report.orphans) {
    rows.push([o.status, o.entryKey, o.kind, null, o.text, null, null, null, o.sources.map(sourceText).join(' | '), o.note, o.checkedAt, null, 'no']);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

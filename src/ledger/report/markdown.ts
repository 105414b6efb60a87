import type { LedgerSource } from '../types';
import { evidenceText, publicationText, readableTime, statusLabel, type FactCheckReport, type OrphanRow, type ProblemRow, type ReportRow } from './model';

/**
 * The first line of every Markdown report: a comment Markdown does not show, by which `verity check` on a
 * folder knows the file for Verity's own output (a report is full of claims, and checking it as an article
 * would list every one again). Only the first line counts: an article that quotes it further down is an article.
 */
export const REPORT_MARKER = '<!-- verity-report: written by Verity, not an article to check -->';

/** Backslash-escapes what Markdown would read as markup, and flattens line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

function source(s: LedgerSource): string {
  const title = s.title ? escapeMarkdown(s.title) : null;
  const link = s.url && /^https?:\/\//i.test(s.url) ? `<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : null;
  const ref = link ? (title ? `${title} ${link}` : link) : [title, escapeMarkdown(s.url ?? s.file ?? s.citation ?? '')].filter(Boolean).join(', ');
  return `${ref}${s.accessed ? ` (accessed ${escapeMarkdown(s.accessed)})` : ''}${s.note ? `: ${escapeMarkdown(s.note)}` : ''}`;
}

function details(r: { sources: LedgerSource[]; note: string; checkedAt: string | null; checkedBy?: string | null }): string[] {
  const by = r.checkedBy ? ` by ${escapeMarkdown(r.checkedBy)}` : '';
  return [
    ...r.sources.map((s) => `  - Source: ${source(s)}`),
    ...(r.note ? [`  - Note: ${escapeMarkdown(r.note)}`] : []),
    ...(r.checkedAt ? [`  - Checked: ${escapeMarkdown(r.checkedAt.slice(0, 10))}${by}`] : []),
  ];
}

function problem(p: ProblemRow): string {
  return `- Line ${p.line}, ${p.severity}: ${escapeMarkdown(p.message)} (${escapeMarkdown(p.rule)})`;
}

function row(r: ReportRow): string[] {
  return [
    `- **${escapeMarkdown(r.text)}** (${r.kind}, line ${r.line}): ${escapeMarkdown(r.value)}`,
    ...(r.changedFrom !== null ? [`  - Changed since it was checked: it read "${escapeMarkdown(r.changedFrom)}"`] : []),
    `  - Sentence: ${escapeMarkdown(r.sentence)}`,
    ...(r.attribution ? [`  - Source of the claim: ${escapeMarkdown(r.attribution)}`] : []),
    ...details(r),
    ...(r.evidence ?? []).map((e) => `  - ${escapeMarkdown(evidenceText(e))}`),
  ];
}

function orphan(o: OrphanRow): string[] {
  return [`- **${escapeMarkdown(o.text)}** (${o.kind}, marked ${o.status})`, ...details(o)];
}

/** The report as Markdown: totals, then one section per status with each claim's details. */
export function formatMarkdown(report: FactCheckReport): string {
  const t = report.totals;
  const out = [
    REPORT_MARKER,
    `# Fact-check report: ${escapeMarkdown(report.article)}`,
    '',
    `Ledger: ${escapeMarkdown(report.ledger)}. Generated ${escapeMarkdown(readableTime(report.generatedAt))}.`,
    '',
    ...(report.publication ? [`Publication date: ${escapeMarkdown(publicationText(report.publication))}.`, ''] : []),
  ];
  if (report.ledgerProblem) out.push(`> **The ledger cannot be read.** ${escapeMarkdown(report.ledgerProblem)}`, '');
  out.push('| Status | Claims |', '| --- | ---: |');
  for (const g of report.groups) out.push(`| ${statusLabel(g.status)} | ${g.rows.length} |`);
  out.push(`| **Total** | **${t.claims}** |`, '');
  if (t.changed > 0) out.push(`${t.changed} claim${t.changed === 1 ? '' : 's'} changed since ${t.changed === 1 ? 'it was' : 'they were'} checked.`, '');
  if (report.problems) out.push(`## Problems found (${report.problems.length})`, '', ...(report.problems.length ? report.problems.map(problem) : ['None.']), '');
  for (const g of report.groups) out.push(`## ${statusLabel(g.status)} (${g.rows.length})`, '', ...g.rows.flatMap(row), '');
  if (report.orphans.length > 0) {
    out.push(`## No longer in the article (${report.orphans.length})`, '', ...report.orphans.flatMap(orphan), '');
  }
  return out.join('\n');
}

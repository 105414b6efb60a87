import { where, type Evidence } from '../../engine/evidence';
import type { LedgerSource } from '../types';
import { statusLabel, type FactCheckReport, type OrphanRow, type ReportRow } from './model';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}
blockquote{margin:.2em 0 .4em 1em;color:#444}.claim{font-weight:600}.changed{color:#a40}.problem{background:#fee;padding:.5em 1em}`;

/** Only web links become links: a `javascript:` URL in a ledger stays text. */
function source(s: LedgerSource): string {
  const ref = s.url ?? s.file ?? s.citation ?? '';
  const label = escapeHtml(s.title ?? ref);
  const linked = s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtml(s.url)}">${label}</a>` : `${label}${s.title && ref ? `, ${escapeHtml(ref)}` : ''}`;
  return `${linked}${s.accessed ? ` (accessed ${escapeHtml(s.accessed)})` : ''}${s.note ? `: ${escapeHtml(s.note)}` : ''}`;
}

function checks(r: { sources: LedgerSource[]; note: string; checkedAt: string | null }, evidence = ''): string {
  const sources = (r.sources.length ? `<ul>${r.sources.map((s) => `<li>${source(s)}</li>`).join('')}</ul>` : '') + evidence;
  return `<td>${sources}</td><td>${escapeHtml(r.note)}</td><td>${escapeHtml(r.checkedAt?.slice(0, 10) ?? '')}</td>`;
}

/** Each passage quoted with its locator, the matched words marked. */
function passages(r: ReportRow): string {
  if (!r.evidence?.length) return '';
  const item = (e: Evidence) => {
    const how = `${e.proposed ? 'proposed: ' : ''}${e.match}`;
    if (e.match === 'not-found' || e.passage === null) return `<li>${how}: ${escapeHtml(e.source)} says nothing of it</li>`;
    const [start, end] = [e.start ?? 0, e.end ?? 0];
    const quoted = `${escapeHtml(e.passage.slice(0, start))}<mark>${escapeHtml(e.passage.slice(start, end))}</mark>${escapeHtml(e.passage.slice(end))}`;
    return `<li>${how}: ${escapeHtml(e.source)}${escapeHtml(where(e))}<blockquote>${quoted}</blockquote></li>`;
  };
  return `<ul class="evidence">${r.evidence.map(item).join('')}</ul>`;
}

function row(r: ReportRow): string {
  const changed = r.changedFrom !== null ? `<div class="changed">Changed since it was checked: it read “${escapeHtml(r.changedFrom)}”</div>` : '';
  return (
    `<tr id="${escapeHtml(r.claimId)}"><td><span class="claim">${escapeHtml(r.text)}</span> <small>${r.kind}, line ${r.line}</small>${changed}` +
    `<div>${escapeHtml(r.value)}</div></td><td>${escapeHtml(r.sentence)}</td><td>${escapeHtml(r.attribution ?? '')}</td>${checks(r, passages(r))}</tr>`
  );
}

function orphan(o: OrphanRow): string {
  return `<tr><td><span class="claim">${escapeHtml(o.text)}</span> <small>${o.kind}, marked ${o.status}</small></td>${checks(o)}</tr>`;
}

const HEAD = '<tr><th>Claim and value</th><th>Sentence</th><th>Source of the claim</th><th>Sources checked</th><th>Note</th><th>Checked</th></tr>';

/** The report as a standalone HTML page. Every piece of article or ledger text is escaped. */
export function formatHtml(report: FactCheckReport): string {
  const title = `Fact-check report: ${escapeHtml(report.article)}`;
  const totals = report.groups.map((g) => `<tr><td>${statusLabel(g.status)}</td><td>${g.rows.length}</td></tr>`).join('');
  const sections = report.groups.map((g) => `<h2>${statusLabel(g.status)} (${g.rows.length})</h2>\n<table>${HEAD}${g.rows.map(row).join('\n')}</table>`);
  const orphans = report.orphans.length
    ? `<h2>No longer in the article (${report.orphans.length})</h2>\n<table><tr><th>Claim</th><th>Sources checked</th><th>Note</th><th>Checked</th></tr>${report.orphans.map(orphan).join('\n')}</table>`
    : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p>Ledger: ${escapeHtml(report.ledger)}. Generated ${escapeHtml(report.generatedAt)}.</p>`,
    report.ledgerProblem ? `<p class="problem">${escapeHtml(report.ledgerProblem)}</p>` : '',
    `<table><tr><th>Status</th><th>Claims</th></tr>${totals}<tr><th>Total</th><th>${report.totals.claims}</th></tr></table>`,
    ...sections,
    orphans,
    '</body></html>',
    '',
  ].join('\n');
}

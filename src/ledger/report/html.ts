import { where, type Evidence } from '../../engine/evidence';
import type { LedgerSource } from '../types';
import { publicationText, readableTime, statusLabel, type FactCheckReport, type OrphanRow, type ProblemRow, type ReportRow } from './model';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * One table layout for every group: fixed widths (`table-layout: fixed` and one `colgroup`), so the columns of
 * the false claims and of the verified ones stand in the same place. Each status has its colour, with its name
 * beside it (colour is never the only sign).
 */
const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:72em;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.totals{width:auto;table-layout:auto}tr.group th{background:#f3f3f3;font-size:1.1em}
blockquote{margin:.2em 0 .4em 1em;color:#444}.claim{font-weight:600}.changed{color:#a40}.problem{background:#fee;padding:.5em 1em}
.status{font-weight:600;white-space:nowrap}.s-false{background:#fbd5d5;color:#7a1010}.s-disputed{background:#fde9c8;color:#7a4a00}
.s-needs-source{background:#efe0f7;color:#5a2a7a}.s-unchecked{background:#eef1f5;color:#334}.s-verified{background:#d7f2dc;color:#145a22}
.s-ignored{background:#f2f2f2;color:#666}.sev-error{color:#a00}.sev-warning{color:#8a5a00}`;

/** The claims table's columns and their widths: the same for every status group. */
const COLUMNS: [string, string][] = [
  // Wide enough for "Unchecked" and "Needs source" in bold, and for "2 December 2026, 20:49 UTC" on two lines.
  ['Status', '10%'],
  ['Claim and value', '16%'],
  ['Sentence', '24%'],
  ['Source of the claim', '12%'],
  ['Sources checked', '17%'],
  ['Note', '10%'],
  ['Checked', '11%'],
];

/** Only web links become links: a `javascript:` URL in a ledger stays text. */
function source(s: LedgerSource): string {
  const ref = s.url ?? s.file ?? s.citation ?? '';
  const label = escapeHtml(s.title ?? ref);
  const linked = s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtml(s.url)}">${label}</a>` : `${label}${s.title && ref ? `, ${escapeHtml(ref)}` : ''}`;
  return `${linked}${s.accessed ? ` (accessed ${escapeHtml(s.accessed)})` : ''}${s.note ? `: ${escapeHtml(s.note)}` : ''}`;
}

function checks(r: { sources: LedgerSource[]; note: string; checkedAt: string | null; checkedBy?: string | null }, evidence = ''): string {
  const sources = (r.sources.length ? `<ul>${r.sources.map((s) => `<li>${source(s)}</li>`).join('')}</ul>` : '') + evidence;
  const when = r.checkedAt ? `<time datetime="${escapeHtml(r.checkedAt)}">${escapeHtml(readableTime(r.checkedAt))}</time>` : '';
  const by = r.checkedBy ? `<div>by ${escapeHtml(r.checkedBy)}</div>` : '';
  return `<td>${sources}</td><td>${escapeHtml(r.note)}</td><td>${when}${by}</td>`;
}

function statusCell(status: string): string {
  return `<td class="status s-${escapeHtml(status)}">${escapeHtml(statusLabel(status as ReportRow['status']))}</td>`;
}

function problem(p: ProblemRow): string {
  return `<tr><td class="sev-${escapeHtml(p.severity)}">${escapeHtml(p.severity)}</td><td>${p.line}</td><td>${escapeHtml(p.message)}</td><td>${escapeHtml(p.rule)}</td></tr>`;
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
    `<tr id="${escapeHtml(r.claimId)}">${statusCell(r.status)}<td><span class="claim">${escapeHtml(r.text)}</span> <small>${r.kind}, line ${r.line}</small>${changed}` +
    `<div>${escapeHtml(r.value)}</div></td><td>${escapeHtml(r.sentence)}</td><td>${escapeHtml(r.attribution ?? '')}</td>${checks(r, passages(r))}</tr>`
  );
}

function orphan(o: OrphanRow): string {
  return `<tr>${statusCell(o.status)}<td><span class="claim">${escapeHtml(o.text)}</span> <small>${o.kind}, marked ${o.status}</small></td><td></td><td></td>${checks(o)}</tr>`;
}

const COLGROUP = `<colgroup>${COLUMNS.map(([, w]) => `<col style="width:${w}">`).join('')}</colgroup>`;
const HEAD = `<thead><tr>${COLUMNS.map(([name]) => `<th>${name}</th>`).join('')}</tr></thead>`;

/** A group's heading row inside the one claims table. */
function group(label: string, id: string, rows: string[]): string {
  return `<tbody id="${id}"><tr class="group"><th colspan="${COLUMNS.length}">${label} (${rows.length})</th></tr>\n${rows.join('\n')}</tbody>`;
}

/** The report as a standalone HTML page. Every piece of article or ledger text is escaped. */
export function formatHtml(report: FactCheckReport): string {
  const title = `Fact-check report: ${escapeHtml(report.article)}`;
  const totals = report.groups.map((g) => `<tr>${statusCell(g.status)}<td>${g.rows.length}</td></tr>`).join('');
  const groups = report.groups.map((g) => group(statusLabel(g.status), `status-${g.status}`, g.rows.map(row)));
  if (report.orphans.length) groups.push(group('No longer in the article', 'orphans', report.orphans.map(orphan)));
  const problems = !report.problems
    ? ''
    : report.problems.length
    ? `<table class="problems"><colgroup><col style="width:9%"><col style="width:6%"><col><col style="width:18%"></colgroup><thead><tr><th>Severity</th><th>Line</th><th>Problem</th><th>Rule</th></tr></thead>${report.problems.map(problem).join('\n')}</table>`
    : '<p>None.</p>';
  return [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p>Ledger: ${escapeHtml(report.ledger)}. Generated <time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(readableTime(report.generatedAt))}</time>.</p>`,
    report.publication ? `<p>Publication date: ${escapeHtml(publicationText(report.publication))}.</p>` : '',
    report.ledgerProblem ? `<p class="problem">${escapeHtml(report.ledgerProblem)}</p>` : '',
    `<table class="totals"><tr><th>Status</th><th>Claims</th></tr>${totals}<tr><th>Total</th><th>${report.totals.claims}</th></tr></table>`,
    report.problems ? `<h2>Problems found (${report.problems.length})</h2>` : '',
    problems,
    '<h2>Claims</h2>',
    `<table class="claims">${COLGROUP}${HEAD}${groups.join('\n')}</table>`,
    '</body></html>',
    '',
  ].join('\n');
}

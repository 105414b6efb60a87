import { describeValue, LineIndex, type Claim, type Finding } from '../../engine';
import { claimStatus, type CheckedFile, type Report } from '../checked';
import { ChunkWriter, collect } from './chunks';
import { evidenceLines } from './evidenceLines';
import { count, painter, type Style } from './style';
import { terminalSafe } from './terminal';

/** Shortens long claim text for one line of output, without the spaces around it (`"March 14 "`). */
function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

const SEVERITY_STYLE: Record<string, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'dim' };
const STATUS_STYLE: Record<string, Style> = { verified: 'green', false: 'red', disputed: 'yellow', 'needs-source': 'magenta', ignored: 'dim' };

/** One line of the table: cells padded to their column's width, colour added after the padding. */
interface Row {
  where: string;
  /** The kind of a claim, the severity of a finding. */
  label: string;
  /** The quoted claim, or the finding's message. */
  main: string;
  rest: [Style | null, string][];
  style: Style | null;
  /** Evidence lines under a claim. */
  under: string[];
}

function claimRow(where: string, c: Claim, status: string): Row {
  const rest: [Style | null, string][] = [[null, describeValue(c)]];
  if (c.attribution) rest.push([null, `← ${c.attribution.source} (${c.attribution.via})`]);
  // The ledger's status, once a claim has been marked.
  if (status !== 'unchecked') rest.push([STATUS_STYLE[status] ?? null, `[${status}]`]);
  // The id last: what `verity mark` takes.
  rest.push(['dim', `#${c.id}`]);
  return { where, label: c.kind, main: `"${clip(c.text)}"`, rest, style: null, under: [] };
}

function findingRow(where: string, f: Finding): Row {
  return { where, label: f.severity, main: f.message, rest: [['dim', `[${f.rule}]`]], style: SEVERITY_STYLE[f.severity] ?? null, under: [] };
}

/** The file's rows in order of place, a claim before a finding at the same place. */
function rowsOf(file: CheckedFile): Row[] {
  const index = new LineIndex(file.text);
  const at = (offset: number) => {
    const p = index.positionAt(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const { claims, findings } = file.result;
  const rows: Row[] = [];
  let c = 0;
  let f = 0;
  while (c < claims.length || f < findings.length) {
    if (f >= findings.length || (c < claims.length && claims[c].start <= findings[f].start)) {
      const row = claimRow(at(claims[c].start), claims[c], claimStatus(file, claims[c]));
      row.under = evidenceLines(file.evidence?.get(claims[c].id));
      rows.push(row);
      c++;
    } else rows.push(findingRow(at(findings[f++].start), findings[f - 1]));
  }
  return rows;
}

/**
 * Readable by a person: the file's name, then one line a claim or finding (`line:col  kind  "text"  value`) in
 * aligned columns, then the file's summary line. Colour (on a terminal only, see {@link wantsColour}) marks
 * severities and statuses. Written a file at a time as each is checked (see {@link ChunkWriter}).
 */
export function textReport(write: (chunk: Uint8Array) => void, options: { colour?: boolean } = {}): Report {
  const chunks = new ChunkWriter(write);
  const paint = painter(options.colour === true);
  // Every piece holds article or ledger text: what a terminal would run is removed before colour is added.
  const safe = (style: Style | null, text: string) => paint(style, terminalSafe(text));
  let files = 0;
  return {
    file(file) {
      // A blank line between files.
      if (files++ > 0) chunks.push('\n');
      const rows = rowsOf(file);
      const whereWidth = Math.max(0, ...rows.map((r) => r.where.length));
      const labelWidth = Math.max(0, ...rows.map((r) => r.label.length));
      const mainWidth = Math.max(0, ...rows.map((r) => (r.style === null ? terminalSafe(r.main).length : 0)));
      // Values line up too, unless one is too long to be worth the padding of all the others.
      const valueWidth = Math.min(40, Math.max(0, ...rows.map((r) => (r.style === null ? terminalSafe(r.rest[0][1]).length : 0))));
      chunks.push(`${safe('bold', file.path)}\n`);
      for (const r of rows) {
        const main = terminalSafe(r.main);
        // Claims' values line up; a finding's message is not padded (its rule follows it).
        const padded = r.style === null ? main.padEnd(mainWidth) : main;
        const cells = [`  ${r.where.padEnd(whereWidth)}`, paint(r.style, r.label.padEnd(labelWidth)), padded, ...r.rest.map(([s, t], k) => safe(s, k === 0 && r.style === null && r.rest.length > 1 ? t.padEnd(valueWidth) : t))];
        chunks.push(`${cells.join('  ')}\n`);
        for (const line of r.under) chunks.push(`${terminalSafe(line)}\n`);
      }
      // Ledger entries whose claim is gone are kept in the ledger; say so rather than let them vanish.
      for (const o of file.ledger?.orphans ?? []) chunks.push(`${terminalSafe(`${file.path}: ${o.kind} "${clip(o.text)}" (${o.status}, ${o.id}) is in the ledger but no longer in the article`)}\n`);
      const { claims, findings } = file.result;
      chunks.push(`${terminalSafe(`${file.path}: ${count(claims.length, 'claim')}, ${count(findings.length, 'finding')}; ${publicationLine(file.result)}`)}\n`);
      chunks.flush();
    },
    end() {
      // Nothing checked (every input unreadable): one empty line, as ever.
      if (files === 0) chunks.push('\n');
      chunks.flush();
    },
  };
}

/** {@link textReport} of files already checked. */
export function writeText(files: readonly CheckedFile[], write: (chunk: Uint8Array) => void): void {
  const report = textReport(write);
  for (const f of files) report.file(f);
  report.end();
}

/** The whole text report as one string: for tests and small outputs. */
export function formatText(files: readonly CheckedFile[]): string {
  return collect((write) => writeText(files, write));
}

/** What the report says of the publication date: where it came from, or what the user has to give. */
function publicationLine(result: CheckedFile['result']): string {
  const time = result.referenceTime ? `T${result.referenceTime}` : '';
  if (result.referenceDate) return `publication date ${result.referenceDate}${time} (${result.referenceDateSource})`;
  const partial = result.partialReferenceDate;
  if (partial) {
    return `publication date partial: the dateline gives ${partial.slice(5)} (month-day) without a year; give the year with --reference-date YYYY-${partial.slice(5)}`;
  }
  return 'publication date unknown';
}

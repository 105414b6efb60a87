import { describeValue, LineIndex, type Claim, type Finding } from '../../engine';
import { claimStatus, type CheckedFile, type Report } from '../checked';
import { ChunkWriter, collect } from './chunks';
import { evidenceLines } from './evidenceLines';
import { terminalSafe } from './terminal';

/** Shortens long claim text for one line of output. */
function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function claimLine(where: string, c: Claim, status: string): string {
  const source = c.attribution ? `  ← ${c.attribution.source} (${c.attribution.via})` : '';
  // The ledger's status, once a claim has been marked.
  const marked = status !== 'unchecked' ? `  [${status}]` : '';
  // The id last: what `verity mark` takes.
  return `${where}  ${c.kind.padEnd(11)} "${clip(c.text)}"  ${describeValue(c)}${source}${marked}  #${c.id}`;
}

function findingLine(where: string, f: Finding): string {
  return `${where}  ${f.severity.padEnd(11)} ${f.message}  [${f.rule}]`;
}

/**
 * Readable by a person: one line a claim or finding, `file:line:col`, then a summary line per file.
 * Written a file at a time as each is checked, a line at a time (see {@link ChunkWriter}).
 */
export function textReport(write: (chunk: Uint8Array) => void): Report {
  const chunks = new ChunkWriter(write);
  // Every line holds article or ledger text: what a terminal would run is removed.
  const out = { push: (line: string) => chunks.push(terminalSafe(line)), flush: () => chunks.flush() };
  let files = 0;
  return {
    file(file) {
      // A blank line between files.
      if (files++ > 0) out.push('\n');
      const index = new LineIndex(file.text);
      const at = (offset: number) => {
        const p = index.positionAt(offset);
        return `${file.path}:${p.line + 1}:${p.character + 1}`;
      };
      // Claims and findings are each sorted by start: merged in order, a claim before a finding at the same place.
      const { claims, findings } = file.result;
      let c = 0;
      let f = 0;
      while (c < claims.length || f < findings.length) {
        if (f >= findings.length || (c < claims.length && claims[c].start <= findings[f].start)) {
          out.push(`${claimLine(at(claims[c].start), claims[c], claimStatus(file, claims[c]))}\n`);
          for (const line of evidenceLines(file.evidence?.get(claims[c].id))) out.push(`${line}\n`);
          c++;
        } else {
          out.push(`${findingLine(at(findings[f].start), findings[f])}\n`);
          f++;
        }
      }
      // Ledger entries whose claim is gone are kept in the ledger; say so rather than let them vanish.
      for (const o of file.ledger?.orphans ?? []) out.push(`${file.path}: ${o.kind} "${clip(o.text)}" (${o.status}, ${o.id}) is in the ledger but no longer in the article\n`);
      const ref = publicationLine(file.result);
      out.push(`${file.path}: ${file.result.claims.length} claims, ${file.result.findings.length} findings; ${ref}\n`);
      out.flush();
    },
    end() {
      // Nothing checked (every input unreadable): one empty line, as ever.
      if (files === 0) out.push('\n');
      out.flush();
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

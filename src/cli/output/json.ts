import { LineIndex, type Claim } from '../../engine';
import type { ClaimStatus } from '../../ledger';
import { claimStatus, type CheckedFile, type Report } from '../checked';
import { ChunkWriter, collect } from './chunks';

/**
 * The JSON report documented in docs/json-output.md, on one line: it is for programs (`jq .` prints it
 * for people), and a report of a whole archive stays half the size and quick to write. Written a file
 * at a time as each is checked, in pieces, a claim or finding at a time (see {@link ChunkWriter}),
 * exactly as `JSON.stringify` would write the whole report, followed by a line break.
 */
export function jsonReport(write: (chunk: Uint8Array) => void, chunkSize?: number): Report {
  const out = new ChunkWriter(write, chunkSize);
  let files = 0;
  return {
    file(f) {
      if (files++ === 0) out.push('{"version":1,"files":[');
      else out.push(',');
      // The file's own fields through JSON.stringify too, so that an absent one is left out as it would be.
      const { referenceDate, referenceDateSource, referenceTime, partialReferenceDate } = f.result;
      const head = JSON.stringify({ path: f.path, referenceDate, referenceDateSource, referenceTime, partialReferenceDate });
      out.push(`${head.slice(0, -1)},"claims":[`);
      const place = placeOf(f.text);
      claims(out, f, place);
      out.push('],"findings":[');
      const findings = f.result.findings;
      for (let k = 0; k < findings.length; k++) {
        if (k > 0) out.push(',');
        out.push(`${JSON.stringify(findings[k]).slice(0, -1)}${place(findings[k].start)}}`);
      }
      out.push(f.ledger ? `],"ledger":${JSON.stringify(f.ledger)}}` : ']}');
      out.flush();
    },
    end() {
      out.push(files === 0 ? '{"version":1,"files":[]}\n' : ']}\n');
      out.flush();
    },
  };
}

/** {@link jsonReport} of files already checked. */
export function writeJson(files: readonly CheckedFile[], write: (chunk: Uint8Array) => void, chunkSize?: number): void {
  const report = jsonReport(write, chunkSize);
  for (const f of files) report.file(f);
  report.end();
}

/** The whole JSON report as one string (with its line break): for tests and small outputs. */
export function formatJson(files: readonly CheckedFile[]): string {
  return collect((write) => writeJson(files, write));
}

/**
 * `,"line":L,"column":C` of an offset, both from 1, the column in UTF-16 code units as the offsets are (and as
 * SARIF and editors count): what a person or an editor jumps to, beside the offsets programs slice with.
 */
function placeOf(text: string): (offset: number) => string {
  const index = new LineIndex(text);
  return (offset) => {
    const p = index.positionAt(offset);
    return `,"line":${p.line + 1},"column":${p.character + 1}`;
  };
}

/** `,"status":"…"}` by status: what closes each claim. */
const STATUS_ENDS = new Map<ClaimStatus, string>();

/**
 * Each claim as `JSON.stringify({ ...claim, evidence, status })` writes it, without copying the claim:
 * its own JSON with its evidence (when it has any) and the status put before the closing brace.
 */
function claims(out: ChunkWriter, file: CheckedFile, place: (offset: number) => string): void {
  const list: readonly Claim[] = file.result.claims;
  for (let k = 0; k < list.length; k++) {
    const status = claimStatus(file, list[k]);
    let end = STATUS_ENDS.get(status);
    if (end === undefined) STATUS_ENDS.set(status, (end = `,${JSON.stringify('status')}:${JSON.stringify(status)}}`));
    if (k > 0) out.push(',');
    out.push(JSON.stringify(list[k]).slice(0, -1));
    out.push(place(list[k].start));
    const evidence = file.evidence?.get(list[k].id);
    if (evidence) out.push(`,"evidence":${JSON.stringify(evidence)}`);
    out.push(end);
  }
}

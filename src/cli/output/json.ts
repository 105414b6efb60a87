import type { Claim } from '../../engine';
import type { ClaimStatus } from '../../ledger';
import { claimStatus, type CheckedFile } from '../checked';
import { ChunkWriter } from './chunks';

/**
 * The JSON report documented in docs/json-output.md, on one line: it is for programs (`jq .` prints it
 * for people), and a report of a whole archive stays half the size and quick to write. Written in
 * pieces, a claim or finding at a time (see {@link ChunkWriter}), exactly as `JSON.stringify` would write
 * the whole report, followed by a line break.
 */
export function writeJson(files: readonly CheckedFile[], write: (chunk: string) => void, chunkSize?: number): void {
  const out = new ChunkWriter(write, chunkSize);
  out.push('{"version":1,"files":[');
  files.forEach((f, i) => {
    // The file's own fields through JSON.stringify too, so that an absent one is left out as it would be.
    const head = JSON.stringify({ path: f.path, referenceDate: f.result.referenceDate, referenceDateSource: f.result.referenceDateSource });
    out.push(`${i > 0 ? ',' : ''}${head.slice(0, -1)},"claims":[`);
    claims(out, f);
    out.push('],"findings":[');
    const findings = f.result.findings;
    for (let k = 0; k < findings.length; k++) out.push(k > 0 ? `,${JSON.stringify(findings[k])}` : JSON.stringify(findings[k]));
    out.push(f.ledger ? `],"ledger":${JSON.stringify(f.ledger)}}` : ']}');
  });
  out.push(']}\n');
  out.flush();
}

/** The whole JSON report as one string (with its line break): for tests and small outputs. */
export function formatJson(files: readonly CheckedFile[]): string {
  const chunks: string[] = [];
  writeJson(files, (c) => chunks.push(c));
  return chunks.join('');
}

/** `,"status":"…"}` by status: what closes each claim. */
const STATUS_ENDS = new Map<ClaimStatus, string>();

/**
 * Each claim as `JSON.stringify({ ...claim, status })` writes it, without copying the claim: its own
 * JSON with the status put before the closing brace.
 */
function claims(out: ChunkWriter, file: CheckedFile): void {
  const list: readonly Claim[] = file.result.claims;
  for (let k = 0; k < list.length; k++) {
    const status = claimStatus(file, list[k]);
    let end = STATUS_ENDS.get(status);
    if (end === undefined) STATUS_ENDS.set(status, (end = `,${JSON.stringify('status')}:${JSON.stringify(status)}}`));
    if (k > 0) out.push(',');
    out.push(JSON.stringify(list[k]).slice(0, -1));
    out.push(end);
  }
}

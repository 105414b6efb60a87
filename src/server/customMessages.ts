import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimState } from '../cards/claimState';
import { describeValue, type ClaimKind, type Finding, type ScanOutput } from '../engine';
import { CLAIM_STATUSES, type ClaimStatus } from '../ledger';

/**
 * Verity's own messages beside LSP's, for a claims list and a status line (documented in the README):
 * the request `verity/claims` `{ uri }` answers every claim of the document's last check with its status,
 * and the ledger's orphans; the notification `verity/checked` follows each check with its counts.
 */
export const CLAIMS_REQUEST = 'verity/claims';
export const CHECKED_NOTIFICATION = 'verity/checked';

/** One claim as a claims list shows it. */
export interface ListedClaim {
  id: string;
  kind: ClaimKind;
  text: string;
  /** The value in a few words, as in the diagnostic. */
  value: string;
  status: ClaimStatus;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The claim's offsets in the checked text (UTF-16 code units), for a client that moves by offset. */
  start: number;
  end: number;
  /** Who the claim is attributed to, when the article names them. */
  attribution?: string;
}

export interface ClaimsAnswer {
  uri: string;
  version: number;
  claims: ListedClaim[];
  orphans: { id: string; text: string; status: ClaimStatus }[];
  /** The publication date the check used (YYYY-MM-DD), and a partial one (a yearless dateline), if any. */
  referenceDate?: string;
  partialReferenceDate?: string;
}

/** What follows each check: the status line's counts. `stopped` is set when the check was stopped. */
export interface CheckedParams {
  uri: string;
  version: number;
  claims: number;
  /** Claims by status. */
  statuses: Record<ClaimStatus, number>;
  findings: number;
  stopped?: string;
}

export function claimsAnswer(doc: TextDocument, version: number, result: ScanOutput, states: ReadonlyMap<string, ClaimState>, orphans: ClaimsAnswer['orphans']): ClaimsAnswer {
  const claims = result.claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    text: c.text,
    value: describeValue(c),
    status: states.get(c.id)?.status ?? 'unchecked',
    range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) },
    start: c.start,
    end: c.end,
    ...(c.attribution ? { attribution: c.attribution.source } : {}),
  }));
  const answer: ClaimsAnswer = { uri: doc.uri, version, claims, orphans };
  if (result.referenceDate) answer.referenceDate = result.referenceDate;
  if (result.partialReferenceDate) answer.partialReferenceDate = result.partialReferenceDate;
  return answer;
}

export function checkedParams(uri: string, version: number, result: ScanOutput | null, states: ReadonlyMap<string, ClaimState>, extra: readonly Finding[], stopped?: string): CheckedParams {
  const statuses = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const c of result?.claims ?? []) statuses[states.get(c.id)?.status ?? 'unchecked']++;
  const params: CheckedParams = { uri, version, claims: result?.claims.length ?? 0, statuses, findings: (result?.findings.length ?? 0) + extra.length };
  if (stopped !== undefined) params.stopped = stopped;
  return params;
}

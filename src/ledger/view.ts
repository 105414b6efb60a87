import type { Claim, ClaimKind, Finding } from '../engine';
import { ledgerUnreadableFinding } from './findings';
import { parseLedger, type LedgerSyntaxError, type LedgerWarning } from './parse';
import { baseName } from './paths';
import { reconcile, type Reconciliation } from './reconcile';
import { emptyLedger } from './serialize';
import type { Ledger } from './types';

/** The ledger laid over a scan: statuses, findings, orphans, or why the file cannot be read. */
export interface LedgerView extends Reconciliation {
  path: string;
  /** Whether the ledger file exists. */
  exists: boolean;
  /** Set when the file cannot be parsed; every claim then shows as unchecked. */
  unreadable: LedgerSyntaxError | null;
  /** Fields of the wrong type: kept in the file as they are, not used. */
  warnings?: LedgerWarning[];
}

/**
 * Lays a ledger's text (null when there is no ledger yet) over an article's claims. Pure, for commands
 * that only read (`verity check`, `verity report`): nothing is written, whatever the ledger holds.
 * The findings include `claim-changed` and, for an unparsable file, `ledger-unreadable`.
 */
export function viewLedger(ledgerPath: string, ledgerText: string | null, articlePath: string, claims: readonly Claim[], text: string): LedgerView {
  const parsed = ledgerText === null ? null : parseLedger(ledgerText);
  const unreadable = parsed && !parsed.ok ? parsed.error : null;
  const ledger = parsed?.ok ? parsed.ledger : emptyLedger(baseName(articlePath));
  const view = layLedger(ledgerPath, ledger, { exists: ledgerText !== null, unreadable }, claims, text);
  return parsed?.ok && parsed.warnings.length > 0 ? { ...view, warnings: parsed.warnings } : view;
}

/** {@link viewLedger} for a ledger already parsed; `kinds` as for `reconcile`. */
export function layLedger(
  ledgerPath: string,
  ledger: Ledger,
  file: { exists: boolean; unreadable: LedgerSyntaxError | null },
  claims: readonly Claim[],
  text: string,
  kinds?: readonly ClaimKind[],
): LedgerView {
  const rec = reconcile(ledger, claims, text, kinds);
  const findings: Finding[] = file.unreadable ? [ledgerUnreadableFinding(ledgerPath, file.unreadable), ...rec.findings] : rec.findings;
  return { ...rec, findings, path: ledgerPath, ...file };
}

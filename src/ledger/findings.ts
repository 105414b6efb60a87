import type { Claim, Finding } from '../engine';
import type { LedgerSyntaxError } from './parse';
import type { LedgerEntry } from './types';

/** The rule names of the findings the ledger makes; their docs pages are `docs/rules/<name>.md`. */
export const LEDGER_RULES = {
  claimChanged: { id: 'VER901', name: 'claim-changed', severity: 'warning', description: 'A claim changed since it was checked' },
  ledgerUnreadable: { id: 'VER902', name: 'ledger-unreadable', severity: 'error', description: 'The fact-check ledger cannot be parsed' },
} as const;

/** The claim's text is no longer the text the fact-checker checked. */
export function claimChangedFinding(claim: Claim, entry: LedgerEntry): Finding {
  const when = entry.checkedAt ? ` on ${entry.checkedAt.slice(0, 10)}` : '';
  return {
    rule: LEDGER_RULES.claimChanged.name,
    severity: LEDGER_RULES.claimChanged.severity,
    message: `"${claim.text}" changed since it was checked: it read "${entry.text}" when it was marked ${entry.status}${when}. Check it again.`,
    start: claim.start,
    end: claim.end,
    claimId: claim.id,
  };
}

/** The ledger file cannot be parsed; it is left as it is until fixed or reset. Placed at the article's start. */
export function ledgerUnreadableFinding(ledgerPath: string, error: LedgerSyntaxError): Finding {
  return {
    rule: LEDGER_RULES.ledgerUnreadable.name,
    severity: LEDGER_RULES.ledgerUnreadable.severity,
    message: `${unreadableMessage(ledgerPath, error)}`,
    start: 0,
    end: 0,
  };
}

/** One line naming the file and the line, for findings, errors and the CLI. */
export function unreadableMessage(ledgerPath: string, error: LedgerSyntaxError): string {
  return (
    `The fact-check ledger ${ledgerPath} cannot be read (line ${error.line}, column ${error.column}: ${error.message}). ` +
    'Statuses are not shown and nothing is written to it until it is fixed or reset (a reset keeps a .bak copy).'
  );
}

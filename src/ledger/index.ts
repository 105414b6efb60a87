/**
 * The fact-check ledger: a status and sources for every claim of an article, kept in a JSON file beside
 * it (`<article>.verity.json`, or under `.verity/` at the workspace root) and committed with it. The file
 * format is documented in docs/ledger.md. Everything here is pure except `LedgerStore`, which does its
 * I/O through a `FileSystemPort` (Node: src/cli/ledgerNodeFs.ts; VS Code, desktop and web:
 * src/vscode/ledgerFs.ts).
 *
 * For the editor, one store per open article:
 *
 *   const store = await LedgerStore.open(uri.toString(), ledgerFs, location);  // never throws for a bad file
 *   const view = store.reconcile(scanResult, text, kinds);  // after each scan: LedgerView. `kinds`:
 *                                                   // the ScanOptions.kinds of the scan, if it had any
 *     view.states.get(claim.id)  → { status, entry, entryKey, changed }      (every claim has one)
 *     view.findings              → `claim-changed` and `ledger-unreadable` findings to publish
 *     view.orphans               → entries whose claim is gone (kept, list them)
 *     view.unreadable            → { message, line, column } when the file cannot be parsed
 *   store.stateFor(claimId) / store.entryFor(claimId)                       (hovers, claims view)
 *   await store.setStatus(claimId, 'verified', { source: 'https://…', note: '…' })  // marks and saves
 *   await store.reload()   // on a file-watcher change: re-reads and merges; then reconcile again
 *   await store.reset()    // moves an unparsable file to .bak, writes the last version read (a command)
 *
 * setStatus and save throw LedgerUnreadableError while the file cannot be parsed: show its message.
 * Read-only callers (verity check, report export) can use `viewLedger(ledgerPath, text, …)` instead.
 * Reports: `buildReport(...)` then `formatReport(report, 'md' | 'csv' | 'json' | 'html')`.
 */
export * from './types';
export { LedgerAccessError, StaleFileError, type FileSystemPort } from './fileSystemPort';
export { entryAt } from './entries';
export { LEDGER_RULES, unreadableMessage } from './findings';
export { fingerprintOf, normalizeClaimText } from './fingerprint';
export { applyMark, toSource, type MarkOptions } from './mark';
export { mergeLedgers } from './merge';
export { parseLedger, type LedgerSyntaxError, type LedgerWarning, type ParsedLedger } from './parse';
export { ledgerPathFor, backupPath, LEDGER_SUFFIX, LEDGER_FOLDER, type LedgerLocation } from './paths';
export { reanchor, type Anchor } from './reanchor';
export { reconcile, refreshAnchors, type ClaimState, type Orphan, type Reconciliation } from './reconcile';
export { emptyLedger, serializeLedger } from './serialize';
export { LedgerStore, LedgerUnreadableError } from './store';
export { layLedger, viewLedger, type LedgerView } from './view';
export { buildReport, formatReport, REPORT_FORMATS, GROUP_ORDER, type FactCheckReport, type ReportFormat, type ReportRow, type OrphanRow } from './report';

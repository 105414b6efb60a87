import type { ClaimStatus } from '../ledger';

/**
 * The commands the server runs through `workspace/executeCommand` (the code actions carry them). Their
 * own names, not the extension's, so that a client which registers a server's commands as its own
 * meets no clash.
 */
export const SERVER_COMMANDS = {
  /** `[documentUri, claimId, status, note?]`: marks a claim in the article's ledger. */
  setStatus: 'verity.server.setStatus',
  /** `[documentUri, claimId, urlOrCitation, title?]`: adds a source to a claim. */
  addSource: 'verity.server.addSource',
  /** `[documentUri, date?]`: the article's publication date (YYYY-MM-DD; today when absent), kept in `.verity.json`. */
  setPublicationDate: 'verity.server.setPublicationDate',
  /** `[documentUri]`: moves an unreadable ledger aside (a `.bak` keeps it) and starts an empty one. */
  resetLedger: 'verity.server.resetLedger',
  /** `[documentUri, format?]`: the document's fact-check report as text (`md`, `csv`, `json`, `html`; Markdown when absent). */
  report: 'verity.server.report',
} as const;

/** The statuses a quick fix offers, with their titles. */
export const STATUS_ACTIONS: [string, ClaimStatus][] = [
  ['Verity: Mark claim verified', 'verified'],
  ['Verity: Mark claim disputed', 'disputed'],
  ['Verity: Mark claim false', 'false'],
  ['Verity: Mark claim as needing a source', 'needs-source'],
  ['Verity: Ignore this claim', 'ignored'],
];

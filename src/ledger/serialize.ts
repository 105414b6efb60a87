import { LEDGER_VERSION, type Ledger, type LedgerEntry, type LedgerSource } from './types';

/**
 * The ledger as text: keys in one fixed order, entries sorted by key, two-space indents and a final
 * newline. The same ledger always gives the same bytes, and a status change touches only the lines of
 * its entry, so a git diff of one mark is one small hunk.
 */
export function serializeLedger(ledger: Ledger): string {
  const entries: Record<string, unknown> = {};
  for (const key of Object.keys(ledger.entries).sort()) entries[key] = orderedEntry(ledger.entries[key]);
  return `${JSON.stringify({ version: LEDGER_VERSION, article: ledger.article, entries }, null, 2)}\n`;
}

function orderedEntry(e: LedgerEntry): Record<string, unknown> {
  return {
    kind: e.kind,
    text: e.text,
    before: e.before,
    after: e.after,
    position: e.position,
    status: e.status,
    sources: e.sources.map(orderedSource),
    note: e.note,
    checkedAt: e.checkedAt,
    history: e.history.map((h) => ({ status: h.status, at: h.at })),
  };
}

/** Only the fields a source has, in a fixed order: `JSON.stringify` drops the undefined ones. */
function orderedSource(s: LedgerSource): LedgerSource {
  return { url: s.url, file: s.file, citation: s.citation, title: s.title, accessed: s.accessed, note: s.note };
}

/** An empty ledger for an article. */
export function emptyLedger(article: string): Ledger {
  return { version: LEDGER_VERSION, article, entries: {} };
}

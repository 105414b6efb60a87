import { entryTable, setEntry } from './entries';
import { LEDGER_VERSION, type Ledger, type LedgerEntry, type LedgerSource } from './types';

/**
 * The ledger as text: keys in one fixed order, entries sorted by key, two-space indents and a final
 * newline. The same ledger always gives the same bytes, and a status change touches only the lines of
 * its entry, so a git diff of one mark is one small hunk.
 */
export function serializeLedger(ledger: Ledger): string {
  const entries: Record<string, unknown> = {};
  for (const key of Object.keys(ledger.entries).sort()) setEntry(entries, key, orderedEntry(ledger.entries[key]));
  return `${JSON.stringify(withExtra({ version: LEDGER_VERSION, article: ledger.article, entries }, ledger.extra, ['article']), null, 2)}\n`;
}

/**
 * The known fields, then the ones this Verity does not know, as they were read. A known field that was
 * of the wrong type when read is written back as it was, unless Verity has set it since.
 */
function withExtra(known: Record<string, unknown>, extra: Record<string, unknown> | undefined, fallbacks: readonly string[]): Record<string, unknown> {
  if (!extra) return known;
  const out = { ...known };
  for (const key of Object.keys(extra)) {
    if (!(key in known) || (fallbacks.includes(key) && isFallback(known[key]))) setEntry(out, key, extra[key]);
  }
  return out;
}

/** The value a field of the wrong type is read as. */
function isFallback(v: unknown): boolean {
  return v === '' || v === 0 || v === null || v === undefined;
}

const ENTRY_FALLBACKS = ['before', 'after', 'position', 'note', 'checkedAt'];
const SOURCE_FIELDS = ['url', 'file', 'citation', 'title', 'accessed', 'note'];

function orderedEntry(e: LedgerEntry): Record<string, unknown> {
  return withExtra(entryFields(e), e.extra, ENTRY_FALLBACKS);
}

function entryFields(e: LedgerEntry): Record<string, unknown> {
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
    history: e.history.map((h) => withExtra({ status: h.status, at: h.at, note: h.note }, h.extra, ['note'])),
  };
}

/** Only the fields a source has, in a fixed order: `JSON.stringify` drops the undefined ones. */
function orderedSource(s: LedgerSource): Record<string, unknown> {
  return withExtra({ url: s.url, file: s.file, citation: s.citation, title: s.title, accessed: s.accessed, note: s.note }, s.extra, SOURCE_FIELDS);
}

/** An empty ledger for an article. */
export function emptyLedger(article: string): Ledger {
  return { version: LEDGER_VERSION, article, entries: entryTable() };
}

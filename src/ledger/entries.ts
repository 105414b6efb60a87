import type { LedgerEntry } from './types';

/**
 * Entries keyed by claim id. An id such as `constructor` or `__proto__` is an ordinary key: entries are
 * set as own properties (never through the `__proto__` setter, which would change the object's
 * prototype) and looked up as own properties only (never a property every object inherits).
 */
export function entryTable(from?: Readonly<Record<string, LedgerEntry>>): Record<string, LedgerEntry> {
  const table: Record<string, LedgerEntry> = {};
  if (from) for (const key of Object.keys(from)) setEntry(table, key, from[key]);
  return table;
}

/** Sets `table[key]` as an own property, whatever the key. */
export function setEntry<T>(table: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The entry under `key`, if the ledger has one of its own. */
export function entryAt(entries: Readonly<Record<string, LedgerEntry>>, key: string): LedgerEntry | undefined {
  return Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : undefined;
}

/** A copy of the entries with `key` set. */
export function withEntry(entries: Readonly<Record<string, LedgerEntry>>, key: string, entry: LedgerEntry): Record<string, LedgerEntry> {
  const table = entryTable(entries);
  setEntry(table, key, entry);
  return table;
}

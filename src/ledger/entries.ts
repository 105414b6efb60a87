import type { LedgerEntry } from './types';

/**
 * Entries keyed by claim id in objects without a prototype: an id such as `constructor` or `__proto__` is an
 * ordinary key, never a property every object has, and setting it never changes an object's prototype.
 */
export function entryTable(from?: Readonly<Record<string, LedgerEntry>>): Record<string, LedgerEntry> {
  const table = Object.create(null) as Record<string, LedgerEntry>;
  if (from) for (const key of Object.keys(from)) table[key] = from[key];
  return table;
}

/** The entry under `key`, if the ledger has one of its own. */
export function entryAt(entries: Readonly<Record<string, LedgerEntry>>, key: string): LedgerEntry | undefined {
  return Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : undefined;
}

/** A copy of the entries with `key` set. */
export function withEntry(entries: Readonly<Record<string, LedgerEntry>>, key: string, entry: LedgerEntry): Record<string, LedgerEntry> {
  const table = entryTable(entries);
  table[key] = entry;
  return table;
}

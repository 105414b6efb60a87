import type { Ledger, LedgerEntry } from './types';

/**
 * Merges my version of a ledger with theirs (the file as another window or a git checkout left it),
 * entry by entry: an entry in one only is kept; for one in both, the later `checkedAt` wins (an entry
 * never marked is older than any marked one); on a tie mine wins only where I changed it
 * (`mineChanged`). Entries are never dropped.
 */
export function mergeLedgers(mine: Ledger, theirs: Ledger, mineChanged: ReadonlySet<string>): Ledger {
  const entries: Record<string, LedgerEntry> = { ...theirs.entries };
  for (const [key, entry] of Object.entries(mine.entries)) {
    const other = theirs.entries[key];
    if (!other || newer(entry, other, mineChanged.has(key))) entries[key] = entry;
  }
  return { ...theirs, entries };
}

function newer(a: LedgerEntry, b: LedgerEntry, aWinsTies: boolean): boolean {
  const ta = a.checkedAt ?? '';
  const tb = b.checkedAt ?? '';
  return ta > tb || (ta === tb && aWinsTies);
}

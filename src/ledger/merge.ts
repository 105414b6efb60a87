import { entryAt, entryTable, setEntry } from './entries';
import { HISTORY_LIMIT, type HistoryItem, type Ledger, type LedgerEntry, type LedgerSource } from './types';

/**
 * Merges my version of a ledger with theirs (the file as another process, window or git checkout left
 * it), entry by entry: an entry in one only is kept; for one in both, see {@link mergeEntries}. Entries
 * are never dropped, and no verdict is lost: sources and history are merged as unions.
 */
export function mergeLedgers(mine: Ledger, theirs: Ledger, mineChanged: ReadonlySet<string>, bases?: ReadonlyMap<string, LedgerEntry | null>): Ledger {
  const entries = entryTable(theirs.entries);
  for (const key of Object.keys(mine.entries)) {
    const other = entryAt(theirs.entries, key);
    const entry = mine.entries[key];
    if (!other) setEntry(entries, key, entry);
    // An entry I did not change is only an older read of theirs, or a newer one (a checkout went back).
    else if (!mineChanged.has(key)) setEntry(entries, key, newer(entry, other, false) ? entry : other);
    else setEntry(entries, key, mergeEntries(entry, other, bases?.get(key) ?? null));
  }
  return { ...theirs, entries };
}

/**
 * One claim's entry from two versions. The later status (by `checkedAt`; an entry never marked is older
 * than any marked one; on a tie mine wins only where I changed it) wins with its fingerprint and note,
 * and the earlier one stays in the history, which is the union of both (by time, the last
 * {@link HISTORY_LIMIT}). Sources are the union of both, by URL or citation. A note changed on one side
 * only (against `base`, the entry as it was before my marks) is that side's; changed on both, the later
 * note comes first and the earlier after it.
 */
export function mergeEntries(mine: LedgerEntry, theirs: LedgerEntry, base: LedgerEntry | null): LedgerEntry {
  const mineWins = newer(mine, theirs, true);
  const [later, earlier] = mineWins ? [mine, theirs] : [theirs, mine];
  if (sameEntry(later, earlier)) return later;
  // A note only one side changed since `base` (the entry before my marks) is that side's.
  const note = base && theirs.note === base.note ? mine.note : base && mine.note === base.note ? theirs.note : mergedNote(later.note, earlier.note);
  return {
    ...later,
    sources: unionSources(later.sources, earlier.sources),
    history: unionHistory(earlier.history, later.history),
    note,
    ...(later.extra || earlier.extra ? { extra: { ...earlier.extra, ...later.extra } } : {}),
  };
}

function newer(a: LedgerEntry, b: LedgerEntry, aWinsTies: boolean): boolean {
  const ta = a.checkedAt ?? '';
  const tb = b.checkedAt ?? '';
  return ta > tb || (ta === tb && aWinsTies);
}

function sameEntry(a: LedgerEntry, b: LedgerEntry): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A source's identity: its URL, else its citation. */
function sourceKey(s: LedgerSource): string {
  return s.url !== undefined ? `u:${s.url}` : `c:${s.citation ?? ''}`;
}

/** The later version's sources, each with what the earlier noted of it, then the earlier's others. */
function unionSources(later: readonly LedgerSource[], earlier: readonly LedgerSource[]): LedgerSource[] {
  const out = later.map((s) => ({ ...s }));
  const at = new Map(out.map((s, i) => [sourceKey(s), i]));
  for (const s of earlier) {
    const i = at.get(sourceKey(s));
    if (i === undefined) {
      at.set(sourceKey(s), out.length);
      out.push(s);
    } else out[i] = { ...s, ...out[i] };
  }
  return out;
}

/** Both histories in time order, each change once. */
function unionHistory(a: readonly HistoryItem[], b: readonly HistoryItem[]): HistoryItem[] {
  const seen = new Map<string, HistoryItem>();
  for (const h of [...a, ...b]) seen.set(`${h.at}\u0000${h.status}`, h);
  return [...seen.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0)).slice(-HISTORY_LIMIT);
}

/** The later note; the earlier one after it when it says something the later does not. */
function mergedNote(later: string, earlier: string): string {
  if (!earlier || later.includes(earlier)) return later;
  if (!later || earlier.includes(later)) return earlier;
  return `${later}\n${earlier}`;
}

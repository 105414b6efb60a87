import { HISTORY_LIMIT, type ClaimStatus, type HistoryItem, type Fingerprint, type LedgerEntry, type LedgerSource } from './types';

/** What a fact-checker records with a status: a source (a URL or citation string, or a full source) and a note. */
export interface MarkOptions {
  source?: string | LedgerSource;
  /** Replaces the entry's note; an empty string clears it. */
  note?: string;
  /** When the mark is made; now by default. */
  at?: Date;
}

/** `https://...`, `doi:...`, `www....`: a link rather than a printed citation. */
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|doi:\S+)$/i;

/** A source from what the user typed: a link becomes `url`, anything else `citation`. */
export function toSource(source: string | LedgerSource, accessed: string): LedgerSource {
  if (typeof source !== 'string') return { ...source, accessed: source.accessed ?? accessed };
  const ref = source.trim();
  return LINK.test(ref) ? { url: ref, accessed } : { citation: ref, accessed };
}

/**
 * The entry after a mark: the fingerprint brought up to the claim as it reads now (so a changed claim,
 * once marked again, is no longer reported as changed), the status and time, the source added (or
 * updated, when the same URL or citation is already listed), and the history extended when the status
 * changed or the claim's words did.
 */
export function applyMark(entry: LedgerEntry | null, now: Fingerprint, status: ClaimStatus, options: MarkOptions = {}): LedgerEntry {
  const at = (options.at ?? new Date()).toISOString();
  const sources = [...(entry?.sources ?? [])];
  if (options.source !== undefined) {
    const added = toSource(options.source, at.slice(0, 10));
    const same = sources.findIndex(
      (s) => (added.url !== undefined && s.url === added.url) || (added.file !== undefined && s.file === added.file) || (added.citation !== undefined && s.citation === added.citation),
    );
    if (same >= 0) sources[same] = { ...sources[same], ...added };
    else sources.push(added);
  }
  // History records changes of verdict (or a verdict on new words), not every added source or note.
  const verdict = !entry || entry.status !== status || entry.text !== now.text;
  const item: HistoryItem = options.note ? { status, at, note: options.note } : { status, at };
  const history = verdict ? [...entry?.history ?? [], item].slice(-HISTORY_LIMIT) : entry.history;
  const { kind, text, before, after, position } = now;
  const marked: LedgerEntry = { kind, text, before, after, position, status, sources, note: options.note ?? entry?.note ?? '', checkedAt: at, history };
  // Fields this Verity does not know stay with the entry.
  if (entry?.extra) marked.extra = entry.extra;
  return marked;
}

import type { Claim, ClaimKind } from '../engine';
import { StaleFileError, type FileSystemPort } from './fileSystemPort';
import { unreadableMessage } from './findings';
import { applyMark, type MarkOptions } from './mark';
import { entryAt, entryTable, setEntry, withEntry } from './entries';
import { mergeLedgers } from './merge';
import { parseLedger, type LedgerSyntaxError, type LedgerWarning } from './parse';
import { backupPath, baseName, ledgerPathFor, type LedgerLocation } from './paths';
import { refreshAnchors, type ClaimState } from './reconcile';
import { emptyLedger, serializeLedger } from './serialize';
import type { ClaimStatus, Ledger, LedgerEntry } from './types';
import { layLedger, type LedgerView } from './view';
import { backoff, oneAtATime } from './writeQueue';

/** A write was refused because the ledger file cannot be parsed; it is left as it is. */
export class LedgerUnreadableError extends Error {
  constructor(readonly path: string, readonly syntax: LedgerSyntaxError) {
    super(unreadableMessage(path, syntax));
  }
}

const SAVE_ATTEMPTS = 25;

/**
 * One article's ledger, open for reading and marking. Call {@link reconcile} after each scan, then
 * read states with {@link stateFor} and mark with {@link setStatus}, which saves at once. Saving reads
 * the file first and merges what another window or a git checkout wrote (entry by entry, latest
 * `checkedAt` wins), then replaces it atomically only if it has not changed since (stamp check).
 * An unparsable file is never written: every write throws {@link LedgerUnreadableError} until the
 * file is fixed (see {@link reload}) or {@link reset}.
 */
export class LedgerStore {
  private ledger: Ledger;
  private diskText: string | null;
  private syntax: LedgerSyntaxError | null;
  private fieldWarnings: LedgerWarning[] = [];
  private readonly changed = new Set<string>();
  private readonly bases = new Map<string, LedgerEntry | null>();
  private last: { claims: readonly Claim[]; text: string; kinds?: readonly ClaimKind[]; view: LedgerView } | null = null;

  private constructor(readonly path: string, readonly articlePath: string, private readonly port: FileSystemPort, text: string | null) {
    this.diskText = text;
    const parsed = text === null ? null : parseLedger(text);
    this.syntax = parsed && !parsed.ok ? parsed.error : null;
    this.ledger = parsed?.ok ? parsed.ledger : emptyLedger(baseName(articlePath));
    if (parsed?.ok) this.fieldWarnings = parsed.warnings;
  }

  /** Fields of the wrong type in the file as last read: kept as they are, not used. */
  get warnings(): readonly LedgerWarning[] {
    return this.fieldWarnings;
  }

  /** Reads the article's ledger (absent is fine: an empty one). Never throws for a bad file: see {@link unreadable}. */
  static async open(articlePath: string, port: FileSystemPort, location?: LedgerLocation): Promise<LedgerStore> {
    const path = ledgerPathFor(articlePath, location);
    return new LedgerStore(path, articlePath, port, await port.readText(path));
  }

  /** Why the file cannot be read (with its line), or null. */
  get unreadable(): LedgerSyntaxError | null {
    return this.syntax;
  }

  /** The entries as last read, written or marked. Do not modify. */
  get entries(): Readonly<Record<string, LedgerEntry>> {
    return this.ledger.entries;
  }

  /**
   * Lays the ledger over a scan of the article; remembered for {@link stateFor} and {@link setStatus}.
   * Give `kinds` when the scan listed only some kinds (`ScanOptions.kinds`): entries of the other kinds
   * are then kept aside rather than listed as orphans.
   */
  reconcile(scan: { claims: readonly Claim[] }, text: string, kinds?: readonly ClaimKind[]): LedgerView {
    const view = layLedger(this.path, this.ledger, { exists: this.diskText !== null, unreadable: this.syntax }, scan.claims, text, kinds);
    this.last = { claims: scan.claims, text, kinds, view };
    return view;
  }

  /** The status, entry and change of a claim of the last reconciled scan. */
  stateFor(claimId: string): ClaimState | undefined {
    return this.last?.view.states.get(claimId);
  }

  /** The ledger entry of a claim of the last reconciled scan, if it was ever marked. */
  entryFor(claimId: string): LedgerEntry | undefined {
    return this.stateFor(claimId)?.entry ?? undefined;
  }

  /**
   * Marks a claim of the last reconciled scan (or an orphaned entry, by its key) and saves. A new entry
   * is keyed by the claim's id. Throws {@link LedgerUnreadableError} for an unparsable ledger and an
   * Error for an id that is neither.
   */
  async setStatus(claimId: string, status: ClaimStatus, options: MarkOptions = {}): Promise<LedgerEntry> {
    // The file may have been fixed (or deleted) since it was read: look again before refusing.
    if (this.syntax) await this.reload();
    if (this.syntax) throw new LedgerUnreadableError(this.path, this.syntax);
    const state = this.stateFor(claimId);
    const now = this.last?.view.fingerprints.get(claimId);
    let key: string;
    let entry: LedgerEntry;
    if (state && now) {
      key = state.entryKey ?? this.freeKey(claimId);
      entry = applyMark(state.entry, now, status, options);
    } else if (entryAt(this.ledger.entries, claimId)) {
      key = claimId;
      const old = entryAt(this.ledger.entries, claimId)!;
      entry = applyMark(old, old, status, options);
    } else throw new Error(`no claim or ledger entry with id "${claimId}"`);
    // What the entry was before my marks: a merge with another writer's version tells their changes from mine.
    if (!this.changed.has(key)) this.bases.set(key, entryAt(this.ledger.entries, key) ?? null);
    this.ledger = { ...this.ledger, entries: withEntry(this.ledger.entries, key, entry) };
    this.changed.add(key);
    this.relayLast();
    await this.save();
    return entryAt(this.ledger.entries, key)!;
  }

  /** Writes pending marks and refreshed anchors, merged with the file as it is now. No-op when nothing changed. */
  save(): Promise<void> {
    return this.exclusive(() => this.saveNow());
  }

  /**
   * Re-reads the file if it changed on disk (a file watcher saw it) and merges it in, or notes that it
   * can no longer be read. True when it had changed: reconcile again to show it.
   */
  reload(): Promise<boolean> {
    return this.exclusive(async () => {
      const text = await this.port.readText(this.path);
      if (text === this.diskText) return false;
      this.absorb(text);
      return true;
    });
  }

  /**
   * Moves the current file to a backup (`.bak`, or `.2.bak`, ... when one exists) and writes the ledger
   * this store last read in its place: empty when the file was never readable, the last good version
   * when it broke while open (a bad merge), so that nothing is lost. Returns the backup's path.
   */
  reset(): Promise<string | null> {
    return this.exclusive(async () => {
      const text = await this.port.readText(this.path);
      if (text === null) return null;
      let attempt = 1;
      while ((await this.port.readText(backupPath(this.path, attempt))) !== null) attempt++;
      const backup = backupPath(this.path, attempt);
      await this.port.writeTextAtomic(backup, text);
      const good = serializeLedger(this.ledger);
      await this.port.writeTextAtomic(this.path, good);
      this.diskText = good;
      this.syntax = null;
      this.changed.clear();
      this.bases.clear();
      this.relayLast();
      return backup;
    });
  }

  private async saveNow(): Promise<void> {
    if (this.port.withLock) return this.port.withLock(this.path, () => this.saveLocked());
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      if (this.syntax) throw new LedgerUnreadableError(this.path, this.syntax);
      const stamp = await this.port.stamp(this.path);
      const text = await this.port.readText(this.path);
      if (text !== this.diskText) {
        this.absorb(text);
        if (attempt > 0) await backoff(attempt);
        continue;
      }
      const next = this.last ? refreshAnchors(this.ledger, this.last.view) : this.ledger;
      const out = serializeLedger(next);
      if (out === text || (text === null && Object.keys(next.entries).length === 0)) return;
      try {
        await this.port.writeTextAtomic(this.path, out, { ifStamp: stamp });
      } catch (e) {
        if (e instanceof StaleFileError) {
          await backoff(attempt + 1);
          continue;
        }
        throw e;
      }
      this.saved(next, out);
      return;
    }
    throw new Error(`${this.path} kept changing on disk while Verity was saving it; try again`);
  }

  /** Under the ledger's lock, no other process writes it: read, merge, write, once. */
  private async saveLocked(): Promise<void> {
    const text = await this.port.readText(this.path);
    if (text !== this.diskText) this.absorb(text);
    if (this.syntax) throw new LedgerUnreadableError(this.path, this.syntax);
    const next = this.last ? refreshAnchors(this.ledger, this.last.view) : this.ledger;
    const out = serializeLedger(next);
    if (out === text || (text === null && Object.keys(next.entries).length === 0)) return;
    await this.port.writeTextAtomic(this.path, out);
    this.saved(next, out);
  }

  private saved(ledger: Ledger, text: string): void {
    this.ledger = ledger;
    this.diskText = text;
    this.changed.clear();
    this.bases.clear();
  }

  /** Takes in the file's new text: merged with pending marks, or the reason it cannot be read. */
  private absorb(text: string | null): void {
    this.diskText = text;
    const parsed = text === null ? null : parseLedger(text);
    if (parsed && !parsed.ok) {
      this.syntax = parsed.error;
    } else {
      this.syntax = null;
      this.fieldWarnings = parsed ? parsed.warnings : [];
      if (parsed) this.ledger = mergeLedgers(this.ledger, parsed.ledger, this.changed, this.bases);
      else this.ledger = this.onlyUnsaved();
    }
    this.relayLast();
  }

  /**
   * The ledger after its file was deleted on disk (a git checkout of a branch without it): empty but for
   * marks not yet written, which is what a merge keeps over any other version of the file.
   */
  private onlyUnsaved(): Ledger {
    const entries = entryTable();
    for (const key of this.changed) {
      const entry = entryAt(this.ledger.entries, key);
      if (entry) setEntry(entries, key, entry);
    }
    return { ...emptyLedger(baseName(this.articlePath)), entries };
  }

  private relayLast(): void {
    if (this.last) this.reconcile({ claims: this.last.claims }, this.last.text, this.last.kinds);
  }

  private freeKey(id: string): string {
    let key = id;
    for (let n = 2; entryAt(this.ledger.entries, key); n++) key = `${id}~${n}`;
    return key;
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    return oneAtATime(this.path, run);
  }
}

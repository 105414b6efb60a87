import * as vscode from 'vscode';
import { ParagraphCache, scanSteps, type DocumentFormat, type ScanOptions, type ScanOutput } from '../engine';
import { toDiagnostics } from './diagnostics';
import type { DocumentResults, DocumentScan } from './documentResults';
import type { LedgerBridge, Reconciled } from './ledgerBridge';
import type { PublicationDates } from './publicationDate';
import type { Settings } from './settings';

/**
 * The longest the scan holds the extension host before it lets other work run, in milliseconds. The
 * scan is a series of small steps (a paragraph, a document-wide extractor, a rule); between steps, once a
 * slice has run this long, the check yields to the event loop and goes on only if no newer edit has
 * made it stale.
 */
const SLICE_MS = 30;

/**
 * Scans documents and publishes their diagnostics. Edits are debounced per document, and a generation
 * counter drops a result that a newer edit has made stale. Each document keeps a cache of its last scan
 * so a re-check only extracts from the paragraphs that changed; a large document is scanned in time
 * slices, so that typing elsewhere is never held up for long.
 */
export class Checker implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly caches = new Map<string, ParagraphCache>();
  private readonly ledgerFindings = new Map<string, Reconciled>();

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly results: DocumentResults,
    private settings: Settings,
    private readonly ledger: LedgerBridge,
    private readonly publicationDates: PublicationDates,
    private readonly log: vscode.OutputChannel,
    private readonly isIgnoredFile: (uri: vscode.Uri) => boolean = () => false,
  ) {}

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** True for the documents Verity checks: the configured languages, in files or untitled editors. */
  applies(document: vscode.TextDocument): boolean {
    return (
      this.settings.languages.includes(document.languageId) &&
      !['output', 'vscode-settings', 'git'].includes(document.uri.scheme) &&
      !this.isIgnoredFile(document.uri)
    );
  }

  /** Checks after the debounce delay; a newer call for the same document replaces this one. */
  schedule(document: vscode.TextDocument): void {
    if (!this.applies(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const generation = this.bump(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (this.generations.get(key) === generation) void this.check(document);
      }, this.settings.debounceMs),
    );
  }

  /**
   * Checks now: the scan's diagnostics are published at once, then again with the ledger's states once
   * the ledger is read, unless a newer check has started meanwhile.
   */
  async check(document: vscode.TextDocument): Promise<DocumentScan | undefined> {
    if (!this.applies(document) || document.isClosed) return undefined;
    const key = document.uri.toString();
    const generation = this.bump(key);
    const cache = this.caches.get(key) ?? new ParagraphCache();
    this.caches.set(key, cache);
    const text = document.getText();
    const format: DocumentFormat = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const referenceDate = this.publicationDates.get(document.uri);
    const options: ScanOptions = { format, referenceDate, kinds: this.settings.enabledKinds, dateOrder: this.settings.dateOrder };
    let result;
    try {
      result = await this.scanInSlices(text, options, cache, () => this.generations.get(key) !== generation || document.isClosed);
    } catch (e) {
      // Extractors and rules fail alone (their errors come back in the result); this is anything else.
      this.logLine(`${document.uri.toString()}: the check failed: ${(e as Error)?.stack ?? e}`);
      this.caches.delete(key);
      return this.results.get(document.uri);
    }
    if (!result) return this.results.get(document.uri);
    for (const e of result.errors) this.logLine(`${document.uri.toString()}: ${e.stage} failed: ${e.message}`);
    const previous = this.results.get(document.uri);
    const scanned: DocumentScan = { version: document.version, text, result, states: previous?.states ?? new Map() };
    this.publish(document, scanned, this.ledgerFindings.get(key));
    let reconciled: Reconciled;
    try {
      reconciled = await this.ledger.reconcile(document, text, result);
    } catch (e) {
      this.logLine(`${document.uri.toString()}: the ledger could not be read: ${(e as Error)?.message ?? e}`);
      return scanned;
    }
    if (this.generations.get(key) !== generation || document.isClosed) return this.results.get(document.uri);
    const done: DocumentScan = { ...scanned, states: reconciled.states };
    this.ledgerFindings.set(key, reconciled);
    this.publish(document, done, reconciled);
    return done;
  }

  /**
   * Runs the scan's steps, yielding to the event loop whenever a slice has run for SLICE_MS; returns
   * undefined, abandoning the rest, when `stale()` says a newer check has begun meanwhile. The cache stays
   * consistent when a scan is abandoned: it only ever holds a complete earlier state.
   */
  private async scanInSlices(text: string, options: ScanOptions, cache: ParagraphCache, stale: () => boolean): Promise<ScanOutput | undefined> {
    const steps = scanSteps(text, options, cache);
    let sliceStart = Date.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (Date.now() - sliceStart < SLICE_MS) continue;
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (stale()) return undefined;
      sliceStart = Date.now();
    }
  }

  /** The ledger's entries for the document whose claims are gone, from the last check. */
  orphans(uri: vscode.Uri): Reconciled['orphans'] {
    return this.ledgerFindings.get(uri.toString())?.orphans ?? [];
  }

  /** Forgets a closed document: its diagnostics, its cache and any pending check. */
  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.delete(key);
    this.caches.delete(key);
    this.ledgerFindings.delete(key);
    this.results.delete(document.uri);
    this.diagnostics.delete(document.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private publish(document: vscode.TextDocument, scanned: DocumentScan, reconciled: Reconciled | undefined): void {
    this.results.set(document.uri, scanned);
    this.diagnostics.set(document.uri, toDiagnostics(document, scanned, this.settings, reconciled?.findings));
  }

  private logLine(message: string): void {
    this.log.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }
}

import * as vscode from 'vscode';
import { ParagraphCache, scan, type DocumentFormat } from '../engine';
import { toDiagnostics } from './diagnostics';
import type { DocumentResults } from './documentResults';
import type { Settings } from './settings';

/**
 * Scans documents and publishes their diagnostics. Edits are debounced per document, and a generation
 * counter drops a result that a newer edit has made stale. Each document keeps a paragraph cache so a
 * re-check only extracts from the paragraphs that changed.
 */
export class Checker implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly caches = new Map<string, ParagraphCache>();

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly results: DocumentResults,
    private settings: Settings,
    private readonly log: vscode.OutputChannel,
  ) {}

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** True for the documents Verity checks: the configured languages, in files or untitled editors. */
  applies(document: vscode.TextDocument): boolean {
    return this.settings.languages.includes(document.languageId) && document.uri.scheme !== 'output';
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
        if (this.generations.get(key) === generation) this.check(document);
      }, this.settings.debounceMs),
    );
  }

  /** Checks now. */
  check(document: vscode.TextDocument): void {
    if (!this.applies(document) || document.isClosed) return;
    const key = document.uri.toString();
    this.bump(key);
    const cache = this.caches.get(key) ?? new ParagraphCache();
    this.caches.set(key, cache);
    const text = document.getText();
    const format: DocumentFormat = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
    const result = scan(text, { format, kinds: this.settings.enabledKinds, dateOrder: this.settings.dateOrder }, cache);
    for (const e of result.errors) this.log.appendLine(`[${new Date().toISOString()}] ${document.uri.toString()}: ${e.stage} failed: ${e.message}`);
    this.results.set(document.uri, { version: document.version, text, result });
    this.diagnostics.set(document.uri, toDiagnostics(document, result));
  }

  /** Forgets a closed document: its diagnostics, its cache and any pending check. */
  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.delete(key);
    this.caches.delete(key);
    this.results.delete(document.uri);
    this.diagnostics.delete(document.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }
}

import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { claimAt, type ClaimState } from '../cards/claimState';
import { hoverCard } from '../cards/hoverCard';
import { isoDay, type DocumentFormat, type Finding, type ScanOptions, type ScanOutput } from '../engine';
import { CLAIM_STATUSES, LedgerUnreadableError, toSource, type ClaimStatus, type LedgerLocation } from '../ledger';
import { codeActions } from './codeActions';
import { SERVER_COMMANDS } from './commands';
import { diagnosticSteps, stoppedDiagnostic } from './diagnostics';
import { runInSlices } from './slices';
import type { ServerHost } from './host';
import { Ledgers, type Reconciled } from './ledgers';
import { CHECKED_NOTIFICATION, CLAIMS_REQUEST, checkedParams, claimsAnswer } from './customMessages';
import { cardMarkdown, cardPlainText } from '../cards/markdown';
import { ProjectFolder } from './project';
import { reportText } from './report';
import { serverSettings, type ServerSettings } from './serverSettings';
import { EMPTY_PROJECT_CONFIG } from '../config/projectConfig';

/** A document's last check that finished: what hovers, code actions and commands read. */
interface Checked {
  version: number;
  text: string;
  format: DocumentFormat;
  result: ScanOutput;
  states: Map<string, ClaimState>;
  /** The ledger's findings (`claim-changed`, `ledger-unreadable`). */
  ledgerFindings: Finding[];
  orphans: Reconciled['orphans'];
}

/**
 * Verity as a language server: checks the documents the client opens (in the host's check runner, off
 * the message loop), publishes their claims and findings as diagnostics, answers hovers and code actions
 * from the last check, and runs the ledger commands. Platform-free: the host gives the checks and files.
 */
export class VerityServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly checked = new Map<string, Checked>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Each document's latest publication of diagnostics: an older one still being built is dropped. */
  private readonly publications = new Map<string, number>();
  /** The version each document's latest check was asked for. */
  private readonly requested = new Map<string, number>();
  /** Publication dates of documents outside the folder (untitled ones): kept while the server runs. */
  private readonly datesOutside = new Map<string, string>();
  private readonly ledgers: Ledgers;
  private project: ProjectFolder;
  private settings: ServerSettings = serverSettings({}, EMPTY_PROJECT_CONFIG, () => {});
  private pushed: unknown = undefined;
  private canPull = false;
  private markdownHover = true;
  /** What the client lets the server register after `initialized`. */
  private dynamic = { configuration: false, watchedFiles: false };

  constructor(private readonly connection: Connection, private readonly host: ServerHost) {
    this.ledgers = new Ledgers(host);
    this.project = new ProjectFolder(host, null);
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized(connection));
    connection.onDidChangeConfiguration((change) => {
      // Clients that push settings send them here; others send nothing and are asked again.
      const pushed = (change.settings as { verity?: unknown } | null)?.verity;
      if (pushed !== undefined) this.pushed = pushed;
      void this.reloadSettings();
    });
    connection.onDidChangeWatchedFiles((change) => void this.filesChanged(change.changes.map((c) => c.uri)));
    connection.onHover((params) => this.hover(params.textDocument.uri, params.position));
    connection.onCodeAction((params) => {
      const doc = this.documents.get(params.textDocument.uri);
      const last = this.current(params.textDocument.uri);
      return doc && last ? codeActions(doc, last.format, last.result, last.ledgerFindings, params.range, today()) : [];
    });
    connection.onExecuteCommand((params) => this.execute(params.command, params.arguments ?? []));
    connection.onRequest(CLAIMS_REQUEST, (params: { uri?: unknown }) => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      const doc = this.documents.get(uri);
      const last = this.current(uri);
      return doc && last ? claimsAnswer(doc, last.version, last.result, last.states, last.orphans) : null;
    });
    connection.onShutdown(() => this.host.checks.dispose());
    this.documents.onDidOpen((e) => void this.check(e.document.uri));
    this.documents.onDidChangeContent((e) => {
      // Also fired on open, whose check has begun already.
      if (this.requested.get(e.document.uri) !== e.document.version) this.schedule(e.document.uri);
    });
    this.documents.onDidClose((e) => this.forget(e.document.uri));
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? null;
    this.project = new ProjectFolder(this.host, root === null ? null : root.replace(/\/+$/, ''));
    this.canPull = !!params.capabilities.workspace?.configuration;
    const formats = params.capabilities.textDocument?.hover?.contentFormat;
    this.markdownHover = !formats || formats.includes(MarkupKind.Markdown);
    // Settings given at start, for clients that answer no `workspace/configuration`: `{ verity: {...} }`
    // (Helix sends its `config` so) or `{ settings: { verity: {...} } }`.
    const init = params.initializationOptions as { verity?: unknown; settings?: { verity?: unknown } } | undefined;
    this.pushed = init?.verity ?? init?.settings?.verity;
    this.dynamic = {
      configuration: !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration,
      watchedFiles: !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'Verity' },
    };
  }

  private async initialized(connection: Connection): Promise<void> {
    if (this.dynamic.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'verity' });
    if (this.dynamic.watchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.verity.json' }, { globPattern: '**/.verity.json' }] });
    await this.reloadSettings();
  }

  /** Reads the settings and `.verity.json` again, then checks every open document. */
  private async reloadSettings(): Promise<void> {
    let section = this.pushed;
    if (this.canPull) {
      try {
        section = (await this.connection.workspace.getConfiguration({ section: 'verity' })) ?? section;
      } catch (e) {
        this.log(`the client's settings could not be read: ${(e as Error)?.message ?? e}`);
      }
    }
    const errors = await this.project.load();
    for (const e of errors) this.log(e);
    if (errors.length > 0) void this.connection.window.showWarningMessage(`Verity: ${errors[0]}`);
    this.settings = serverSettings(section, this.project.config, (m) => this.log(m));
    for (const doc of this.documents.all()) void this.check(doc.uri);
  }

  private async filesChanged(uris: string[]): Promise<void> {
    const config = this.project.configUri;
    if (config !== null && uris.includes(config)) await this.reloadSettings();
    for (const uri of uris) {
      if (uri === config) continue;
      for (const article of await this.ledgers.reload(this.host.fileFor(uri).path)) void this.check(article);
    }
  }

  /** Checks after the debounce delay; a newer edit replaces the pending check. */
  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.bump(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.check(uri);
      }, this.settings.debounceMs),
    );
  }

  /**
   * Checks a document now: the check runs in the host's runner; a check that a newer one replaced is
   * dropped; one that ran past the budget leaves one diagnostic saying so, and the next edit tries again.
   */
  async check(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    clearTimeout(this.timers.get(uri));
    const generation = this.bump(uri);
    if (this.project.ignores(uri)) {
      this.checked.delete(uri);
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    const format = formatOf(doc);
    const options: ScanOptions = { format, referenceDate: this.publicationDate(uri), kinds: this.settings.enabledKinds, dateOrder: this.settings.dateOrder };
    const text = doc.getText();
    const version = doc.version;
    this.requested.set(uri, version);
    const location = this.ledgerLocation();
    let ledger: Awaited<ReturnType<Ledgers['snapshot']>> = { snapshot: null, revision: -1 };
    try {
      ledger = await this.ledgers.snapshot(uri, location, this.settings.enabledKinds);
    } catch (e) {
      this.log(`${uri}: the ledger could not be read: ${(e as Error)?.message ?? e}`);
    }
    if (this.generations.get(uri) !== generation) return;
    const outcome = await this.host.checks.check(uri, text, options, this.settings.timeBudgetMs, ledger.snapshot);
    if (this.generations.get(uri) !== generation || !this.documents.get(uri)) return;
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'over-budget') return this.stopped(uri, `its check ran past the time budget of ${seconds(outcome.budgetMs)} (setting verity.timeBudgetMs)`);
    if (outcome.kind === 'failed') return this.stopped(uri, `the check failed (${outcome.message})`);
    for (const e of outcome.result.errors) this.log(`${uri}: ${e.stage} failed: ${e.message}`);
    let states: Reconciled = outcome.ledger ?? { states: new Map<string, ClaimState>(), findings: [], orphans: [] };
    // A mark, a reload or a reset since the snapshot: lay the ledger as it is now (here, once).
    if (ledger.revision !== this.ledgers.revision(uri, location)) {
      try {
        states = await this.ledgers.reconcile(uri, location, text, outcome.result, this.settings.enabledKinds);
      } catch (e) {
        this.log(`${uri}: the ledger could not be read: ${(e as Error)?.message ?? e}`);
      }
    }
    if (this.generations.get(uri) !== generation) return;
    this.checked.set(uri, { version, text, format, result: outcome.result, states: states.states, ledgerFindings: states.findings, orphans: states.orphans });
    await this.publish(uri);
  }

  private stopped(uri: string, reason: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    this.log(`${uri}: ${reason}`);
    this.checked.delete(uri);
    void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [stoppedDiagnostic(doc, reason)] });
    void this.connection.sendNotification(CHECKED_NOTIFICATION, checkedParams(uri, doc.version, null, new Map(), [], reason));
  }

  /**
   * Publishes the last check's diagnostics and counts. The diagnostics are built in time slices; a newer
   * publication of the document makes this one stale.
   */
  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    const last = this.checked.get(uri);
    if (!doc || !last) return;
    const turn = (this.publications.get(uri) ?? 0) + 1;
    this.publications.set(uri, turn);
    // Diagnostics are placed on the text they were found in; a newer edit is checked again soon.
    const at = last.version === doc.version ? doc : TextDocument.create(uri, doc.languageId, last.version, last.text);
    const diagnostics = await runInSlices(diagnosticSteps(at, last, this.settings, last.ledgerFindings), () => this.publications.get(uri) !== turn);
    if (!diagnostics || this.publications.get(uri) !== turn || this.checked.get(uri) !== last) return;
    void this.connection.sendDiagnostics({ uri, version: last.version, diagnostics });
    void this.connection.sendNotification(CHECKED_NOTIFICATION, checkedParams(uri, last.version, last.result, last.states, last.ledgerFindings));
  }

  /** The last check, if it was made from the document's current text. */
  private current(uri: string): Checked | undefined {
    const doc = this.documents.get(uri);
    const last = this.checked.get(uri);
    return doc && last && last.version === doc.version ? last : undefined;
  }

  private hover(uri: string, position: { line: number; character: number }) {
    const doc = this.documents.get(uri);
    const last = this.current(uri);
    if (!doc || !last) return null;
    const claim = claimAt(last.result.claims, doc.offsetAt(position));
    if (!claim) return null;
    const parts = hoverCard(last, claim, { uri, lineOf: (offset) => doc.positionAt(offset).line });
    const value = this.markdownHover ? cardMarkdown(parts) : cardPlainText(parts);
    return { contents: { kind: this.markdownHover ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range: { start: doc.positionAt(claim.start), end: doc.positionAt(claim.end) } };
  }

  /** Runs one of SERVER_COMMANDS; bad arguments get a message, never an exception. */
  private async execute(command: string, args: unknown[]): Promise<unknown> {
    try {
      switch (command) {
        case SERVER_COMMANDS.setStatus:
          return await this.mark(args[0], args[1], args[2], { note: optionalString(args[3], 'note') });
        case SERVER_COMMANDS.addSource: {
          const ref = requireString(args[2], 'a URL or citation');
          const source = toSource(ref, today());
          const title = optionalString(args[3], 'title');
          return await this.mark(args[0], args[1], undefined, { source: title === undefined ? source : { ...source, title } });
        }
        case SERVER_COMMANDS.setPublicationDate:
          return await this.setPublicationDate(requireString(args[0], 'a document URI'), args[1] === undefined ? today() : requireString(args[1], 'a date'));
        case SERVER_COMMANDS.resetLedger: {
          const uri = requireString(args[0], 'a document URI');
          const backup = await this.ledgers.reset(uri, this.ledgerLocation());
          void this.connection.window.showInformationMessage(backup ? `Verity: the old ledger is kept as ${backup}.` : 'Verity: there was no ledger to reset.');
          await this.check(uri);
          return { backup };
        }
        case SERVER_COMMANDS.report: {
          const uri = requireString(args[0], 'a document URI');
          const last = this.checked.get(uri);
          if (!last) throw new Error(`${uri} is not open or not checked yet`);
          const view = await this.ledgers.view(uri, this.ledgerLocation(), last.text, last.result, this.settings.enabledKinds);
          return reportText(this.project.relativePath(uri) ?? uri, last.text, last.result.claims, view, args[1]);
        }
        default:
          throw new Error(`unknown command ${command}`);
      }
    } catch (e) {
      const message = e instanceof LedgerUnreadableError ? `${e.message} Run ${SERVER_COMMANDS.resetLedger} to start an empty one (a backup is kept).` : (e as Error)?.message ?? String(e);
      void this.connection.window.showErrorMessage(`Verity: ${message}`);
      return { error: message };
    }
  }

  /** Marks a claim (a status, or a source with the status it had) in the ledger, then publishes again. */
  private async mark(uriArg: unknown, idArg: unknown, statusArg: unknown, extra: { note?: string; source?: ReturnType<typeof toSource> }): Promise<unknown> {
    const uri = requireString(uriArg, 'a document URI');
    const id = requireString(idArg, 'a claim id').replace(/^#/, '');
    const last = this.checked.get(uri);
    if (!last) throw new Error(`${uri} is not open or not checked yet`);
    const claim = last.result.claims.find((c) => c.id === id);
    if (!claim) throw new Error(`no claim with id "${id}" in ${uri}`);
    const status = statusArg === undefined ? (last.states.get(id)?.status ?? 'unchecked') : (statusArg as ClaimStatus);
    if (!CLAIM_STATUSES.includes(status)) throw new Error(`the status must be one of ${CLAIM_STATUSES.join(', ')}`);
    const ledger = await this.ledgers.setStatus(uri, this.ledgerLocation(), { text: last.text, claims: last.result.claims }, this.settings.enabledKinds, claim, status, extra);
    const reconciled = await this.ledgers.reconcile(uri, this.ledgerLocation(), last.text, last.result, this.settings.enabledKinds);
    if (this.checked.get(uri) === last) {
      this.checked.set(uri, { ...last, states: reconciled.states, ledgerFindings: reconciled.findings, orphans: reconciled.orphans });
      await this.publish(uri);
    }
    return { claim: id, status, ledger };
  }

  private async setPublicationDate(uri: string, date: string): Promise<unknown> {
    if (isoDay(date) !== date) throw new Error(`"${date}" is not a date: give it as YYYY-MM-DD, for example 2025-06-03`);
    const relative = this.project.relativePath(uri);
    if (relative === null) {
      this.datesOutside.set(uri, date);
      await this.check(uri);
    } else {
      await this.project.setPublicationDate(relative, date);
      await this.reloadSettings();
    }
    return { uri, date };
  }

  private publicationDate(uri: string): string | undefined {
    const relative = this.project.relativePath(uri);
    return (relative !== null ? this.settings.publicationDates[relative] : undefined) ?? this.settings.publicationDates[uri] ?? this.datesOutside.get(uri);
  }

  private ledgerLocation(): LedgerLocation {
    const root = this.project.root;
    return this.settings.ledgerLocation === 'folder' && root !== null ? { kind: 'folder', root: this.host.fileFor(root).path } : { kind: 'beside' };
  }

  private forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.generations.delete(uri);
    this.requested.delete(uri);
    this.publications.delete(uri);
    this.checked.delete(uri);
    this.ledgers.forget(uri);
    this.host.checks.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private bump(uri: string): number {
    const next = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, next);
    return next;
  }

  private log(message: string): void {
    this.connection.console.log(`[${new Date().toISOString()}] ${message}`);
  }
}

/** Markdown by its language id or its file name; everything else is read as plain text. */
function formatOf(doc: TextDocument): DocumentFormat {
  return doc.languageId === 'markdown' || /\.(md|markdown|mdx)$/i.test(doc.uri) ? 'markdown' : 'plaintext';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function requireString(v: unknown, what: string): string {
  if (typeof v !== 'string' || v === '') throw new Error(`the command needs ${what}`);
  return v;
}

function optionalString(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`the command's ${what} must be a string`);
  return v;
}


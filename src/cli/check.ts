import { parsePublicationTime, scan, SEVERITIES, type ClaimKind, type ScanOptions, type ScanOutput, type Severity, CLAIM_KINDS } from '../engine';
import type { LedgerView } from '../ledger';
import type { Settings } from '../config/settings';
import { choice, stringOption, UsageError, type ParsedArgs } from './args';
import { LedgerReadError, ledgerLocation, readLedgerStates } from './ledgerInputs';
import { jsonReport } from './output/json';
import { sarifReport } from './output/sarif';
import { textReport } from './output/text';
import { wantsColour } from './output/style';
import { readInputs, reason } from './readInputs';
import { claimStatus, type CheckedFile, type Report } from './checked';
import type { CliIo } from './io';
import { EvidenceRun, withEvidence, type FileEvidence } from './evidence/attach';
import { articleSettings, flagOverrides, ignoredNote, ProjectConfigs } from './projectConfig';
import { configuredFindings } from '../config/severity';

export type { CheckedFile, LedgerSummary } from './checked';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** `verity check`: scans each input and prints the claims and findings. Returns the exit code. */
export function runCheck(args: ParsedArgs, io: CliIo): number | Promise<number> {
  const format = choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
  // `information`, the configuration's spelling, is the engine's `info` (src/config/severity.ts).
  if (args.options.get('fail-on') === 'information') args.options.set('fail-on', 'info');
  const failOn = choice(args, 'fail-on', [...SEVERITIES, 'unchecked'] as const, 'error');
  const flags = flagOverrides(args, parseKinds(stringOption(args, 'kinds')));
  const configs = new ProjectConfigs((line) => io.stderr(`verity: ${line}`));
  const location = ledgerLocation(args);
  if (args.options.has('sarif-claims') && format !== 'sarif') throw new UsageError('--sarif-claims goes with --format sarif');
  if (args.operands.length === 0) throw new UsageError('check needs at least one file, folder or - (standard input)');

  let unreadable = false;
  // `unchecked` is a gate for publication: it fails on errors and on every claim not yet marked.
  const bar = failOn === 'unchecked' ? 'error' : failOn;
  let failing = false;
  let open = false;
  // Each file is read, checked, written and let go before the next is read: JSON and text are written a
  // file at a time; SARIF, one array of results, keeps only each file's results until the end.
  const report: Report = format === 'json' ? jsonReport(io.write) : format === 'text' ? textReport(io.write, { colour: wantsColour(io) }) : sarifReport(io.version, io.stdout, { claims: args.options.has('sarif-claims') });
  const evidence = new EvidenceRun(location);
  const inputs = readInputs(args.operands, io.readStdin)[Symbol.iterator]();
  const done = () => {
    report.end();
    if (unreadable) return 2;
    return failing || open ? 1 : 0;
  };
  const emit = (file: CheckedFile) => {
    failing ||= file.result.findings.some((x) => RANK[x.severity] >= RANK[bar]);
    open ||= failOn === 'unchecked' && file.result.claims.some((c) => claimStatus(file, c) === 'unchecked');
    // Outside the try: output that cannot be written stops the command (one internal error).
    report.file(file);
  };
  // Synchronous while no file has sources to read (as before); a file that has goes on asynchronously.
  const run = (): number | Promise<number> => {
    for (let next = inputs.next(); !next.done; next = inputs.next()) {
      const input = next.value;
      // Each input's nearest .verity.json, under the flags; its ignoreFiles leave the file out.
      const article = articleSettings(configs, input.path, 'format' in input ? input.format : 'plaintext', flags);
      const note = ignoredNote(input, article, args.operands);
      if (note !== undefined) {
        if (note !== null) io.stderr(`verity: ${input.path}: ${note}`);
        continue;
      }
      if ('skipped' in input) {
        io.stderr(`verity: ${input.path}: ${input.skipped}`);
        continue;
      }
      if ('error' in input) {
        io.stderr(`verity: ${input.path}: ${input.error}`);
        unreadable = true;
        continue;
      }
      // An encoding assumed (Windows-1252) or bytes replaced: said, never silent.
      if (input.notice) io.stderr(`verity: ${input.path}: ${input.notice}`);
      let file: CheckedFile;
      try {
        // All kinds are scanned so that entries of the kinds not listed are not taken for orphans.
        const result = scan(input.text, article.options);
        for (const e of result.errors) io.stderr(`verity: ${input.path}: ${e.stage} failed: ${e.message}`);
        const view = input.path === '<stdin>' ? null : readLedgerStates(input.path, input.text, result, article.location);
        for (const w of view?.warnings ?? []) io.stderr(`verity: ${view!.path}:${w.line}:${w.column}: ${w.message}`);
        file = withLedger({ path: input.path, text: input.text, result }, view, article.kinds, article.config.settings.ruleSeverity);
      } catch (e) {
        // One file that fails (its ledger is a folder or unreadable, an internal error) never stops the others.
        io.stderr(`verity: ${input.path}: ${args.options.has('debug') ? String((e as Error)?.stack ?? e) : fileFailure(e)}`);
        unreadable = true;
        continue;
      }
      const pending = evidence.evidenceFor(file);
      if (pending) {
        const checked = file;
        return pending
          .catch((e): FileEvidence => ({ evidence: new Map(), findings: [], messages: [`${checked.path}: its sources cannot be read: ${reason(e)}`] }))
          .then((found) => {
          for (const m of found.messages) io.stderr(`verity: ${m}`);
          emit(withEvidence(checked, found));
          return run();
        });
      }
      emit(file);
    }
    return done();
  };
  return run();
}

/** The scan options `check` and `report` share, validated. */
export function scanOptionsOf(args: ParsedArgs): ScanOptions {
  const dateOrder = choice(args, 'date-order', ['mdy', 'dmy'] as const, 'mdy');
  const referenceDate = stringOption(args, 'reference-date');
  // A date the calendar does not have is refused, never dropped for the dateline's.
  const read = referenceDate === undefined ? null : parsePublicationTime(referenceDate);
  if (read && 'error' in read) throw new UsageError(`--reference-date: ${read.error}`);
  return { referenceDate, dateOrder };
}

/** The claims of the kinds listed, the ledger's states of them, and the ledger's findings added. */
function withLedger(file: CheckedFile, view: LedgerView | null, kinds: readonly ClaimKind[] | undefined, ruleSeverity: Settings['ruleSeverity']): CheckedFile {
  const listed = new Set(kinds ?? CLAIM_KINDS);
  const claims = listed.size === CLAIM_KINDS.length ? file.result.claims : file.result.claims.filter((c) => listed.has(c.kind));
  // Both lists are sorted by place already; the ledger's findings (rarely any) are sorted in among the scan's.
  const extra = view?.findings ?? [];
  const all = extra.length === 0 ? file.result.findings : [...file.result.findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  // `ruleSeverity` as the editor applies it: `off` drops the finding, another level replaces the rule's.
  const findings = configuredFindings(all, ruleSeverity);
  const ledger = view && {
    path: view.path,
    exists: view.exists,
    orphans: view.orphans.filter((o) => listed.has(o.entry.kind)).map((o) => ({ id: o.key, kind: o.entry.kind, text: o.entry.text, status: o.entry.status })),
  };
  return { ...file, result: { ...file.result, claims, findings }, ...(ledger ? { ledger } : {}), ...(view && view.states.size > 0 ? { states: view.states } : {}) };
}

/** One line on why a file could not be checked: its ledger, or an internal error. */
function fileFailure(e: unknown): string {
  return e instanceof LedgerReadError ? e.message : `internal error: ${reason(e)} (run with --debug for details)`;
}

function parseKinds(value: string | undefined): ClaimKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!CLAIM_KINDS.includes(k as ClaimKind)) throw new UsageError(`--kinds takes ${CLAIM_KINDS.join(', ')}; "${k}" is not one`);
  }
  return kinds as ClaimKind[];
}

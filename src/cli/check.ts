import { scan, SEVERITIES, type ClaimKind, type ScanOptions, type ScanOutput, type Severity, CLAIM_KINDS } from '../engine';
import type { ClaimStatus, LedgerView } from '../ledger';
import { choice, stringOption, UsageError, type ParsedArgs } from './args';
import { LedgerReadError, ledgerLocation, readLedgerStates } from './ledgerInputs';
import { formatJson } from './output/json';
import { formatSarif } from './output/sarif';
import { formatText } from './output/text';
import { readInputs, reason } from './readInputs';
import type { CliIo } from './io';

/** A file that was read and scanned. */
export interface CheckedFile {
  path: string;
  text: string;
  result: ScanOutput;
  /** The article's fact-check ledger; absent for standard input. Claims in `result` carry a `status`. */
  ledger?: LedgerSummary;
}

/** What `check` reports of a ledger beside the claims' statuses. */
export interface LedgerSummary {
  path: string;
  exists: boolean;
  /** Entries whose claim is gone from the article: kept in the ledger, listed here. */
  orphans: { id: string; kind: ClaimKind; text: string; status: ClaimStatus }[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** `verity check`: scans each input and prints the claims and findings. Returns the exit code. */
export function runCheck(args: ParsedArgs, io: CliIo): number {
  const format = choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
  const failOn = choice(args, 'fail-on', [...SEVERITIES, 'unchecked'] as const, 'error');
  const options = scanOptionsOf(args);
  const kinds = parseKinds(stringOption(args, 'kinds'));
  const location = ledgerLocation(args);
  if (args.operands.length === 0) throw new UsageError('check needs at least one file, folder or - (standard input)');

  let unreadable = false;
  const checked: CheckedFile[] = [];
  for (const input of readInputs(args.operands, io.readStdin)) {
    if ('error' in input) {
      io.stderr(`verity: ${input.path}: ${input.error}`);
      unreadable = true;
      continue;
    }
    try {
      // All kinds are scanned so that entries of the kinds not listed are not taken for orphans.
      const result = scan(input.text, { ...options, format: input.format });
      for (const e of result.errors) io.stderr(`verity: ${input.path}: ${e.stage} failed: ${e.message}`);
      const view = input.path === '<stdin>' ? null : readLedgerStates(input.path, input.text, result, location);
      checked.push(withLedger({ path: input.path, text: input.text, result }, view, kinds));
    } catch (e) {
      // One file that fails (its ledger is a folder or unreadable, an internal error) never stops the others.
      io.stderr(`verity: ${input.path}: ${args.options.has('debug') ? String((e as Error)?.stack ?? e) : fileFailure(e)}`);
      unreadable = true;
    }
  }
  io.stdout(format === 'json' ? formatJson(checked) : format === 'sarif' ? formatSarif(checked, io.version) : formatText(checked));
  if (unreadable) return 2;
  // `unchecked` is a gate for publication: it fails on errors and on every claim not yet marked.
  const bar = failOn === 'unchecked' ? 'error' : failOn;
  const failing = checked.some((f) => f.result.findings.some((x) => RANK[x.severity] >= RANK[bar]));
  const open = failOn === 'unchecked' && checked.some((f) => f.result.claims.some((c) => statusOf(c) === 'unchecked'));
  return failing || open ? 1 : 0;
}

/** The scan options `check` and `report` share, validated. */
export function scanOptionsOf(args: ParsedArgs): ScanOptions {
  const dateOrder = choice(args, 'date-order', ['mdy', 'dmy'] as const, 'mdy');
  const referenceDate = stringOption(args, 'reference-date');
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not "${referenceDate}"`);
  }
  return { referenceDate, dateOrder };
}

/** Each claim with its `status` from the ledger (all `unchecked` without one), the ledger's findings added. */
function withLedger(file: CheckedFile, view: LedgerView | null, kinds: readonly ClaimKind[] | undefined): CheckedFile {
  const listed = new Set(kinds ?? CLAIM_KINDS);
  const claims = file.result.claims
    .filter((c) => listed.has(c.kind))
    .map((c) => ({ ...c, status: view?.states.get(c.id)?.status ?? ('unchecked' as ClaimStatus) }));
  const findings = [...file.result.findings, ...(view?.findings ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  const ledger = view && {
    path: view.path,
    exists: view.exists,
    orphans: view.orphans.filter((o) => listed.has(o.entry.kind)).map((o) => ({ id: o.key, kind: o.entry.kind, text: o.entry.text, status: o.entry.status })),
  };
  return { ...file, result: { ...file.result, claims, findings }, ...(ledger ? { ledger } : {}) };
}

/** One line on why a file could not be checked: its ledger, or an internal error. */
function fileFailure(e: unknown): string {
  return e instanceof LedgerReadError ? e.message : `internal error: ${reason(e)} (run with --debug for details)`;
}

function statusOf(claim: object): ClaimStatus | undefined {
  return (claim as { status?: ClaimStatus }).status;
}

function parseKinds(value: string | undefined): ClaimKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!CLAIM_KINDS.includes(k as ClaimKind)) throw new UsageError(`--kinds takes ${CLAIM_KINDS.join(', ')}; "${k}" is not one`);
  }
  return kinds as ClaimKind[];
}

import { scan, SEVERITIES, type ClaimKind, type ScanOutput, type Severity, CLAIM_KINDS } from '../engine';
import { choice, stringOption, UsageError, type ParsedArgs } from './args';
import { formatJson } from './output/json';
import { formatSarif } from './output/sarif';
import { formatText } from './output/text';
import { readInputs } from './readInputs';
import type { CliIo } from './io';

/** A file that was read and scanned. */
export interface CheckedFile {
  path: string;
  text: string;
  result: ScanOutput;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** `verity check`: scans each input and prints the claims and findings. Returns the exit code. */
export function runCheck(args: ParsedArgs, io: CliIo): number {
  const format = choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
  const failOn = choice(args, 'fail-on', SEVERITIES, 'error');
  const dateOrder = choice(args, 'date-order', ['mdy', 'dmy'] as const, 'mdy');
  const referenceDate = stringOption(args, 'reference-date');
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not "${referenceDate}"`);
  }
  const kinds = parseKinds(stringOption(args, 'kinds'));
  if (args.operands.length === 0) throw new UsageError('check needs at least one file, folder or - (standard input)');

  let unreadable = false;
  const checked: CheckedFile[] = [];
  for (const input of readInputs(args.operands, io.readStdin)) {
    if ('error' in input) {
      io.stderr(`verity: ${input.path}: ${input.error}`);
      unreadable = true;
      continue;
    }
    const result = scan(input.text, { format: input.format, referenceDate, kinds, dateOrder });
    for (const e of result.errors) io.stderr(`verity: ${input.path}: ${e.stage} failed: ${e.message}`);
    checked.push({ path: input.path, text: input.text, result });
  }
  io.stdout(format === 'json' ? formatJson(checked) : format === 'sarif' ? formatSarif(checked, io.version) : formatText(checked));
  if (unreadable) return 2;
  const failing = checked.some((f) => f.result.findings.some((x) => RANK[x.severity] >= RANK[failOn]));
  return failing ? 1 : 0;
}

function parseKinds(value: string | undefined): ClaimKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!CLAIM_KINDS.includes(k as ClaimKind)) throw new UsageError(`--kinds takes ${CLAIM_KINDS.join(', ')}; "${k}" is not one`);
  }
  return kinds as ClaimKind[];
}

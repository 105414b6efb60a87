import { lstatSync } from 'node:fs';
import { scan, type ScanOptions, type ScanOutput } from '../engine';
import { LedgerAccessError, viewLedger, ledgerPathFor, type LedgerLocation, type LedgerView } from '../ledger';
import { stringOption, UsageError, type ParsedArgs } from './args';
import { readLedgerSync } from './ledgerNodeFs';
import { readInputs, reason, type Input } from './readInputs';
import type { CliIo } from './io';

/** Where ledgers are: beside each article, or under `<root>/.verity/` with `--ledger-root <root>`. */
export function ledgerLocation(args: ParsedArgs): LedgerLocation {
  const root = stringOption(args, 'ledger-root');
  return root === undefined ? { kind: 'beside' } : { kind: 'folder', root };
}

/** The one article a ledger command works on; a folder or standard input has no ledger. */
export function readArticle(args: ParsedArgs, io: CliIo, command: string, options: ScanOptions = {}): { path: string; text: string; result: ScanOutput } | null {
  const path = args.operands[0];
  if (path === undefined || path === '-') throw new UsageError(`${command} needs an article file (its ledger is kept beside it)`);
  // A folder is not an article: two inputs are enough to tell, without reading the whole folder.
  const inputs: Input[] = [];
  for (const input of readInputs([path], io.readStdin)) if (inputs.push(input) > 1) break;
  const input = inputs[0];
  if (inputs.length !== 1 || !input || input.path !== path || !('text' in input)) {
    io.stderr(`verity: ${path}: ${input && 'error' in input && input.path === path ? input.error : 'not an article file'}`);
    return null;
  }
  if (input.notice) io.stderr(`verity: ${path}: ${input.notice}`);
  return { path, text: input.text, result: scan(input.text, { ...options, format: input.format }) };
}

/** A ledger that exists but cannot be read (a folder, no permission): the message names it and why. */
export class LedgerReadError extends Error {}

/** The article's ledger laid over its claims, read-only: for `check` and `report`. */
export function readLedgerView(path: string, text: string, result: ScanOutput, location: LedgerLocation): LedgerView {
  const ledgerPath = ledgerPathFor(path, location);
  let ledgerText: string | null;
  try {
    ledgerText = readLedgerSync(ledgerPath);
  } catch (e) {
    throw new LedgerReadError(e instanceof LedgerAccessError ? `its ledger ${e.path} ${e.reason}` : `its ledger ${ledgerPath} cannot be read: ${reason(e)}`);
  }
  return viewLedger(ledgerPath, ledgerText, path, result.claims, text);
}

/**
 * {@link readLedgerView} for `check`, which reads only statuses, findings and orphans: without a ledger
 * file every claim is unchecked, so the claims are not fingerprinted (a large article has 100,000s).
 */
export function readLedgerStates(path: string, text: string, result: ScanOutput, location: LedgerLocation): LedgerView {
  const ledgerPath = ledgerPathFor(path, location);
  let exists: boolean;
  try {
    // lstat: a link is a ledger that exists (and is refused), whatever it points to.
    exists = lstatSync(ledgerPath, { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    throw new LedgerReadError(`its ledger ${ledgerPath} cannot be read: ${reason(e)}`);
  }
  if (exists) return readLedgerView(path, text, result, location);
  return { path: ledgerPath, exists: false, unreadable: null, states: new Map(), findings: [], orphans: [], claimOf: new Map(), fingerprints: new Map() };
}

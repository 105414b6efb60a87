import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerAccessError } from '../ledger';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { LedgerReadError } from './ledgerInputs';
import { runCheck } from './check';
import type { CliIo } from './io';
import { runFetch } from './fetch';
import { runMark } from './mark';
import { runReport } from './report';

export const USAGE = `Usage: verity <command> [options] <file|folder|->...

Commands:
  check     list the claims in articles and check them
  mark      record a claim's fact-check status and sources in the article's ledger
  fetch     fetch the web sources of an article's ledger into its archive (.verity/sources/)
  report    write the fact-check report of an article
  lsp       run the language server for editors: verity lsp --stdio

Options for check:
  --format text|json|sarif      output format (default text; text is coloured on a terminal only:
                                NO_COLOR turns colour off, FORCE_COLOR on)
  --sarif-claims                with --format sarif: every claim too, as a note-level result (rule "claim")
  --reference-date YYYY-MM-DD   the publication date relative dates resolve against
                                (or a date-time, YYYY-MM-DDTHH:MM[:SS][Z], for "two hours ago")
  --fail-on error|warning|info|hint
                                exit 1 when a finding is at or above this severity (default error)
  --kinds number,date,attribution,quote
                                the claim kinds to list (default all)
  --date-order mdy|dmy          how to read numeric dates such as 03/04/2025 (default mdy)
  --fail-on unchecked           exit 1 while a claim is not marked in the ledger (or on an error)
  --ledger-root DIR             ledgers are in DIR/.verity/ rather than beside each article
  --debug                       show the stack trace of an internal error
  --help, --version

verity mark <file> <claim-id> --status unchecked|verified|disputed|false|needs-source|ignored
            [--source <url-file-or-citation> [--title <title>] [--fetch]] [--note <text>] [--ledger-root DIR]
  The claim ids are listed by verity check (#n-1d60de8). The ledger is <file>.verity.json. A source
  that is a local file (text, Markdown, HTML, PDF, CSV, DOCX) is read by verity check, which lists the
  passages that support the claim or give another value; --fetch fetches a web source into the archive.
verity fetch <file>|<url>... [--refresh] [--timeout SECONDS] [--ledger-root DIR]
  Fetches the web sources of the article's ledger (or the addresses given) into .verity/sources/ with
  their address, time and SHA-256; verity check reads them from there. Nothing is fetched otherwise.
verity mark --reset <file>
  Keeps an unreadable ledger as <ledger>.bak and starts an empty one.
verity report <file> [--format md|csv|json|html|claimreview] [--out FILE] [--reference-date YYYY-MM-DD] [--ledger-root DIR]
  Every claim with its sentence, value, source, status, sources and notes, grouped by status (default md),
  with the publication date used and the problems found.
  --format claimreview [--publisher NAME] [--url URL]: schema.org ClaimReview JSON-LD for the claims marked
  false, disputed or verified. The reviewer (author) is --publisher (an organisation), else each entry's
  checkedBy in the ledger; --url is where the fact-check is published (the review's url, the claim's appearance).

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage error or an input that
could not be read (the other inputs are still checked and reported). mark and report: 0 done, 2 a usage
error, an article or ledger that cannot be read, or an unknown claim id.`;

/**
 * Runs the command line and returns the exit code, or a promise of it for commands that write files
 * (`mark`). Never throws or rejects: errors become a one-line message.
 */
export function main(argv: readonly string[], io: CliIo): number | Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const args = parseArgs(argv);
    debug = args.options.has('debug');
    if (args.options.has('version')) {
      io.stdout(io.version);
      return 0;
    }
    if (args.options.has('help') || args.command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    switch (args.command) {
      case 'check': {
        const code = runCheck(args, io);
        return typeof code === 'number' ? code : code.catch((e) => failed(e, io, debug));
      }
      case 'fetch':
        return runFetch(args, io).catch((e) => failed(e, io, debug));
      case 'mark':
        return runMark(args, io).catch((e) => failed(e, io, debug));
      case 'report': {
        const code = runReport(args, io);
        return typeof code === 'number' ? code : code.catch((e) => failed(e, io, debug));
      }
      case 'lsp':
        return runLsp(args);
      case null:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    return failed(e, io, debug);
  }
}

/**
 * `verity lsp --stdio`: the server is its own bundle beside this one (dist/server.js), loaded only for this
 * command, so that the other commands start as fast as before (bundled in, it cost each run 30 ms).
 */
function runLsp(args: ParsedArgs): Promise<number> {
  if (!args.options.has('stdio') && !args.options.has('node-ipc')) throw new UsageError('lsp talks to the editor over standard input and output: verity lsp --stdio');
  const bundle = join(__dirname, 'server.js');
  if (!existsSync(bundle)) throw new Error(`the language server ${bundle} is missing: build it with npm run build`);
  const server = require(bundle) as typeof import('../server/node/stdio');
  return server.runLanguageServer();
}

/** A usage error with the usage line, or an internal error in one line (its stack with --debug): exit 2. */
function failed(e: unknown, io: CliIo, debug: boolean): number {
  if (e instanceof UsageError) {
    io.stderr(`verity: ${e.message}\n${USAGE.split('\n')[0]} (verity --help for more)`);
    return 2;
  }
  // A ledger that is a folder, a link, read-only or locked: one line naming it, not an internal error.
  if (e instanceof LedgerAccessError || e instanceof LedgerReadError) {
    io.stderr(`verity: ${e.message}`);
    return 2;
  }
  io.stderr(debug ? String((e as Error)?.stack ?? e) : `verity: internal error: ${(e as Error)?.message ?? e} (run with --debug for details)`);
  return 2;
}

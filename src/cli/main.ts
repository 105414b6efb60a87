import { parseArgs, UsageError } from './args';
import { runCheck } from './check';
import type { CliIo } from './io';

export const USAGE = `Usage: verity <command> [options] <file|folder|->...

Commands:
  check     list the claims in articles and check them

Options for check:
  --format text|json|sarif      output format (default text)
  --reference-date YYYY-MM-DD   the publication date relative dates resolve against
  --fail-on error|warning|info|hint
                                exit 1 when a finding is at or above this severity (default error)
  --kinds number,date,attribution,quote
                                the claim kinds to list (default all)
  --date-order mdy|dmy          how to read numeric dates such as 03/04/2025 (default mdy)
  --debug                       show the stack trace of an internal error
  --help, --version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage error or an input that
could not be read (the other inputs are still checked and reported).`;

/** Runs the command line and returns the exit code. Never throws: errors become a one-line message. */
export function main(argv: readonly string[], io: CliIo): number {
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
      case 'check':
        return runCheck(args, io);
      case null:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`verity: ${e.message}\n${USAGE.split('\n')[0]} (verity --help for more)`);
      return 2;
    }
    io.stderr(debug ? String((e as Error)?.stack ?? e) : `verity: internal error: ${(e as Error)?.message ?? e} (run with --debug for details)`);
    return 2;
  }
}

/** A command line split into its command, its options and its operands. */
export interface ParsedArgs {
  command: string | null;
  options: Map<string, string | true>;
  operands: string[];
}

export class UsageError extends Error {}

/** Options that take a value: `--format json` or `--format=json`. The rest are flags. */
const VALUED = new Set(['format', 'reference-date', 'fail-on', 'kinds', 'date-order', 'status', 'source', 'note', 'out', 'title', 'ledger-root', 'timeout']);

/** Splits argv (without `node` and the script). `-` alone is an operand: standard input. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const operands: string[] = [];
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) options.set(name, arg.slice(eq + 1));
      else if (VALUED.has(name)) {
        const value = argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      } else options.set(name, true);
    } else if (arg === '-h') options.set('help', true);
    else if (command === null) command = arg;
    else operands.push(arg);
  }
  return { command, options, operands };
}

/** The option's value, checked against the allowed ones. */
export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const value = args.options.get(name);
  if (value === undefined) return fallback;
  if (value === true || !allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A string option's value, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

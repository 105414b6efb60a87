/** A command line split into its command, its options and its operands. */
export interface ParsedArgs {
  command: string | null;
  options: Map<string, string | true>;
  operands: string[];
}

export class UsageError extends Error {}

/** Options that take a value: `--format json` or `--format=json`. The rest are flags. */
const VALUED = new Set(['format', 'reference-date', 'fail-on', 'kinds', 'date-order', 'status', 'source', 'note', 'out', 'title', 'ledger-root', 'timeout', 'publisher', 'url']);

/** Options every command takes. */
const GLOBAL = ['help', 'version', 'debug'];

/**
 * The options each command reads. Anything else is refused: an ignored `--formt json` would print text and
 * exit 0, and a gate in a publishing pipeline would pass without checking what it was asked to.
 * `lsp` is left out: editors launch servers with options of their own (`--clientProcessId=`).
 */
export const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  check: ['format', 'reference-date', 'fail-on', 'kinds', 'date-order', 'ledger-root', 'sarif-claims'],
  mark: ['status', 'source', 'title', 'fetch', 'note', 'ledger-root', 'reset'],
  fetch: ['refresh', 'timeout', 'ledger-root'],
  report: ['format', 'out', 'reference-date', 'date-order', 'ledger-root', 'publisher', 'url'],
};

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
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(shortOptionMessage(arg, command));
    else if (command === null) command = arg;
    else operands.push(arg);
  }
  refuseUnknown(command, options);
  return { command, options, operands };
}

/** Refuses an option the command does not read, naming the nearest one it does. */
function refuseUnknown(command: string | null, options: ReadonlyMap<string, unknown>): void {
  const known = command === null ? [] : COMMAND_OPTIONS[command];
  // An unknown command or `lsp`: main says what is wrong with the command itself.
  if (known === undefined) return;
  const valid = [...known, ...GLOBAL];
  for (const name of options.keys()) {
    if (valid.includes(name)) continue;
    const near = closest(name, valid);
    const where = command === null ? 'verity' : `verity ${command}`;
    throw new UsageError(near ? `unknown option --${name} (did you mean --${near}?)` : `unknown option --${name}; ${where} takes ${valid.map((v) => `--${v}`).join(', ')}`);
  }
}

/** Verity has no short options but `-h`: `-f json` must not be read as a file named `-f`. */
function shortOptionMessage(arg: string, command: string | null): string {
  const valid = [...(command === null ? [] : COMMAND_OPTIONS[command] ?? []), ...GLOBAL];
  const letter = arg.replace(/^-+/, '')[0] ?? '';
  const starting = valid.filter((v) => v.startsWith(letter));
  const hint = starting.length > 0 ? ` (did you mean ${starting.map((v) => `--${v}`).join(' or ')}?)` : '';
  return `unknown option ${arg}: Verity's options are long ones, such as --format${hint}; a file whose name starts with - goes after --`;
}

/** The valid name nearest to `name` by edit distance, when near enough to be a slip of the keyboard. */
export function closest(name: string, valid: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const v of valid) {
    const d = editDistance(name, v);
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  // Two edits, or a third of the longer name: `formt`, `refrence-date`; `bogus` is nearer nothing.
  const bound = Math.max(2, Math.floor(Math.max(name.length, best?.length ?? 0) / 3));
  return bestDistance <= bound ? best : null;
}

/** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters is one edit. */
export function editDistance(a: string, b: string): number {
  // Option names are short, and the input is bounded so a hostile argv cannot cost quadratic time.
  a = a.slice(0, 64);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
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

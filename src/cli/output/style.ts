/** What the CLI knows of where its output goes: enough to decide on colour. */
export interface OutputTarget {
  /** Standard output is a terminal (not a pipe or a file). */
  isTTY?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Colour only for a person at a terminal: never into a pipe or a file (`| grep`, `> out.txt`), never with
 * `NO_COLOR` set to anything (no-color.org), always with `FORCE_COLOR` (but `0` or `false`, which turn it off),
 * never on a `TERM=dumb` terminal.
 */
export function wantsColour(target: OutputTarget): boolean {
  const env = target.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return target.isTTY === true && env.TERM !== 'dumb';
}

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan' | 'magenta';

const CODES: Record<Style, string> = { bold: '1', dim: '2', red: '31', yellow: '33', green: '32', cyan: '36', magenta: '35' };

/** Paints already-safe text, or leaves it as it is when colour is off. */
export type Painter = (style: Style | null, text: string) => string;

export function painter(colour: boolean): Painter {
  return colour ? (style, text) => (style && text ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text) : (_style, text) => text;
}

/** `1 claim`, `2 claims`, `0 findings`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

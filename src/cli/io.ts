/** What the CLI needs from its process: a port so tests can run it in-process and read its output. */
export interface CliIo {
  /** Prints a message or a whole output, adding a line break when it does not end with one. */
  stdout(text: string): void;
  /** Prints a piece of a long output, UTF-8, as it is (nothing added): `check` writes its report in pieces. */
  write(chunk: Uint8Array): void;
  stderr(line: string): void;
  readStdin(): Uint8Array;
  version: string;
  /** Standard output is a terminal: text output is coloured there only (see output/style.ts). */
  isTTY?: boolean;
  /** The environment, for NO_COLOR, FORCE_COLOR and TERM. */
  env?: Readonly<Record<string, string | undefined>>;
}

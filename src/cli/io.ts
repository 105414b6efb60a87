/** What the CLI needs from its process: a port so tests can run it in-process and read its output. */
export interface CliIo {
  /** Prints a message or a whole output, adding a line break when it does not end with one. */
  stdout(text: string): void;
  /** Prints a piece of a long output as it is, nothing added: `check` streams its report in pieces. */
  write(chunk: string): void;
  stderr(line: string): void;
  readStdin(): Uint8Array;
  version: string;
}

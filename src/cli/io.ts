/** What the CLI needs from its process: a port so tests can run it in-process and read its output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(line: string): void;
  readStdin(): Uint8Array;
  version: string;
}

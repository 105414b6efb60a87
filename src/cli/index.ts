import { readFileSync } from 'node:fs';
import { main } from './main';
import { terminalSafe } from './output/terminal';

declare const VERITY_VERSION: string;

// Writes to a pipe block until the reader takes them, as they do for a file: a long report is then
// read while it is being written, rather than queued whole in memory and sent once all is done.
(process.stdout as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(true);

// A reader that stops early (`verity check ... | head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const exit = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  // A long report comes in pieces of about 1 MB: no giant string to build, copy and encode at once.
  write: (chunk) => process.stdout.write(chunk),
  // Messages name files and quote ledgers: what a terminal would run is removed.
  stderr: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
  readStdin: () => readFileSync(0),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  version: typeof VERITY_VERSION === 'string' ? VERITY_VERSION : '0.0.0-dev',
});
// Let stdout drain before exiting: where writes cannot block, a long report is still queued.
if (typeof exit === 'number') process.exitCode = exit;
else void exit.then((code) => (process.exitCode = code));

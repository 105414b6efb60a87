import { main } from '../../../src/cli/main';

/** Runs the CLI in-process and captures what it prints. */
export function runCli(argv: string[], stdin = ''): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (l) => (stderr += `${l}\n`),
    readStdin: () => new TextEncoder().encode(stdin),
    version: '9.9.9-test',
  });
  return { code, stdout, stderr };
}

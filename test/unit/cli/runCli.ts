import { main } from '../../../src/cli/main';

/** Runs the CLI in-process and captures what it prints. */
export function runCli(argv: string[], stdin = ''): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  const decoder = new TextDecoder();
  let stderr = '';
  const code = main(argv, {
    stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    write: (chunk) => (stdout += decoder.decode(chunk, { stream: true })),
    stderr: (l) => (stderr += `${l}\n`),
    readStdin: () => new TextEncoder().encode(stdin),
    version: '9.9.9-test',
  });
  if (typeof code !== 'number') throw new Error(`verity ${argv[0]} runs asynchronously: use runCliAsync`);
  return { code, stdout, stderr };
}

/** Runs the CLI in-process for commands that write files (`mark`) and captures what it prints. */
export async function runCliAsync(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  const decoder = new TextDecoder();
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    write: (chunk) => (stdout += decoder.decode(chunk, { stream: true })),
    stderr: (l) => (stderr += `${l}\n`),
    readStdin: () => new TextEncoder().encode(stdin),
    version: '9.9.9-test',
  });
  return { code, stdout, stderr };
}

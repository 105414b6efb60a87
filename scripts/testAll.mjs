// `npm test`: the unit tests (mocha in Node), then the extension-host tests (VS Code for the web), and a
// closing line `N passed, N failed` over both. Both suites run even when the first fails.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], shell: process.platform === 'win32' });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const count = (text, re) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);

const unit = await run('npx', ['mocha']);
const unitPassed = count(unit.out, /^\s*(\d+) passing/gm);
const unitFailed = count(unit.out, /^\s*(\d+) failing/gm) + (unit.code !== 0 && !/failing/.test(unit.out) ? 1 : 0);

const host = await run('npm', ['run', '--silent', 'test:vscode']);
const closing = [...host.out.matchAll(/^(\d+) passed, (\d+) failed\s*$/gm)].pop();
const hostPassed = closing ? Number(closing[1]) : 0;
const hostFailed = closing ? Number(closing[2]) : 1;

const failed = unitFailed + hostFailed;
console.log(`\nunit: ${unitPassed} passed, ${unitFailed} failed; extension host: ${hostPassed} passed, ${hostFailed} failed`);
console.log(`${unitPassed + hostPassed} passed, ${failed} failed`);
process.exit(failed > 0 || unit.code !== 0 || host.code !== 0 ? 1 : 0);

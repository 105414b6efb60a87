import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks a second in /proc (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** CPU time (user + system, ms) of this process's finished children, from /proc; null off Linux. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime: index 13 and 14 after the command name.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS;
  } catch {
    return null;
  }
}

/** A child process's wall time and CPU time (ms); stdout is kept when asked for, else discarded. */
export interface Run {
  wallMs: number;
  cpuMs: number | null;
  stdout: string;
}

export function runProcess(args: string[], keepOutput = false): Run {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    stdio: ['ignore', keepOutput ? 'pipe' : 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - t0;
  const cpu1 = childrenCpuMs();
  if (r.error) throw r.error;
  // `verity check` exits 1 when a finding reaches --fail-on: that is a result, not a failure.
  if (r.status !== 0 && r.status !== 1) {
    // The last lines only: a minified bundle's error would print the whole bundle line.
    const tail = (r.stderr ?? '').split('\n').filter((l) => /^\s*(\w*Error|at )/.test(l)).slice(0, 6).join('\n');
    throw new Error(`${args.join(' ')} exited with ${r.status}\n${tail}`);
  }
  return { wallMs, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, stdout: r.stdout ?? '' };
}

/** Runs a bench child (`child.js <mode> <file>`) and parses the JSON line it prints. */
export function runChild<T>(child: string, mode: string, file: string): T {
  const out = runProcess([child, mode, file], true).stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(out) as T;
}

/** The run with the median wall time of `n` runs. */
export function medianRun(n: number, run: () => Run): Run {
  const runs = Array.from({ length: n }, run).sort((a, b) => a.wallMs - b.wallMs);
  return runs[Math.floor(runs.length / 2)];
}

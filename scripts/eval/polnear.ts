/**
 * Attribution on PolNeAR (../shared/corpora/polnear-*.jsonl): per role (source, cue, content), exact and
 * overlap (one to one) P/R/F1 over all gold and all system spans, as the corpora README defines, and the
 * confusions worth reading: missed cues by their words, spurious sources, extent errors per role.
 */
import { existsSync, readFileSync } from 'node:fs';
import { scan, type AttributionClaim } from '../../src/engine';
import { pct, prf, type PRF } from './score';

type Role = 'source' | 'cue' | 'content';
const ROLES: readonly Role[] = ['source', 'cue', 'content'];
interface Spanned {
  start: number;
  end: number;
}
/** One PolNeAR article: its text and its gold attributions, each role a span or absent. */
export interface PolnearArticle {
  id: string;
  text: string;
  attributions: Partial<Record<Role, Spanned>>[];
}
export interface PolnearScores {
  articles: number;
  roles: Record<Role, { gold: number; system: number; exact: PRF; overlap: PRF }>;
  missedCues: Map<string, number>;
  spuriousSources: Map<string, number>;
  /** Per role, "system ≠ gold" of the overlapping pairs that are not equal. */
  extents: Record<Role, Map<string, number>>;
}

export function readPolnear(path: string): PolnearArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PolnearArticle);
}

/** Exact pairs first, then overlapping ones, each span used once. Returns system index per gold index. */
function pair(gold: Spanned[], sys: Spanned[]): { exact: number; overlap: Map<number, number> } {
  const used = new Set<number>();
  const overlap = new Map<number, number>();
  gold.forEach((g, i) => {
    const s = sys.findIndex((c, j) => !used.has(j) && c.start === g.start && c.end === g.end);
    if (s >= 0) (used.add(s), overlap.set(i, s));
  });
  const exact = overlap.size;
  gold.forEach((g, i) => {
    if (overlap.has(i)) return;
    const s = sys.findIndex((c, j) => !used.has(j) && c.start < g.end && g.start < c.end);
    if (s >= 0) (used.add(s), overlap.set(i, s));
  });
  return { exact, overlap };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const words = (text: string, s: Spanned) => text.slice(s.start, s.end).replace(/\s+/g, ' ');

export function scorePolnear(articles: PolnearArticle[]): PolnearScores {
  const counts = Object.fromEntries(ROLES.map((r) => [r, { gold: 0, system: 0, exact: 0, overlap: 0 }])) as Record<Role, { gold: number; system: number; exact: number; overlap: number }>;
  const out: PolnearScores = { articles: articles.length, roles: {} as PolnearScores['roles'], missedCues: new Map(), spuriousSources: new Map(), extents: { source: new Map(), cue: new Map(), content: new Map() } };
  for (const a of articles) {
    const found = scan(a.text).claims.filter((c): c is AttributionClaim => c.kind === 'attribution');
    for (const role of ROLES) {
      const gold = a.attributions.flatMap((g) => (g[role] ? [g[role]!] : []));
      const sys = found.flatMap((f) => (f[role] ? [f[role]!] : []));
      const { exact, overlap } = pair(gold, sys);
      const c = counts[role];
      c.gold += gold.length;
      c.system += sys.length;
      c.exact += exact;
      c.overlap += overlap.size;
      const matched = new Set(overlap.values());
      gold.forEach((g, i) => {
        const s = overlap.get(i);
        if (s === undefined) {
          if (role === 'cue') bump(out.missedCues, words(a.text, g).toLowerCase());
        } else if (sys[s].start !== g.start || sys[s].end !== g.end) {
          const text = role === 'content' ? edgeDiff(a.text, g, sys[s]) : `${words(a.text, sys[s])} ≠ ${words(a.text, g)}`;
          bump(out.extents[role], text);
        }
      });
      if (role === 'source') sys.forEach((s, j) => matched.has(j) || bump(out.spuriousSources, words(a.text, s)));
    }
  }
  for (const r of ROLES) {
    const c = counts[r];
    out.roles[r] = { gold: c.gold, system: c.system, exact: prf(c.exact, c.system, c.gold), overlap: prf(c.overlap, c.system, c.gold) };
  }
  return out;
}

/** How a content extent differs at its edges: "start +‘that ’" (system has more), "end -‘”’" (system lacks). */
function edgeDiff(text: string, g: Spanned, s: Spanned): string {
  const side = (name: string, from: number, to: number, more: boolean) => `${name} ${more ? '+' : '-'}‘${text.slice(from, to).slice(0, 12).replace(/\s+/g, ' ')}’`;
  const parts: string[] = [];
  if (s.start !== g.start) parts.push(s.start < g.start ? side('start', s.start, g.start, true) : side('start', g.start, s.start, false));
  if (s.end !== g.end) parts.push(s.end > g.end ? side('end', g.end, s.end, true) : side('end', s.end, g.end, false));
  return parts.join(', ');
}

const row = (s: PRF) => `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${String(v).padStart(4)}  ${k}`).join('\n    ');

/** Prints PolNeAR dev (and train with `--polnear-train`); `--verbose` adds the longer confusion lists. */
export function printPolnear(dir: string, args: string[]): void {
  const splits = args.includes('--polnear-train') ? ['dev', 'train'] : ['dev'];
  for (const split of splits) {
    const path = `${dir}/polnear-${split}.jsonl`;
    if (!existsSync(path)) {
      console.log(`\nAttributions, PolNeAR ${split}: no corpus at ${path}`);
      continue;
    }
    const s = scorePolnear(readPolnear(path));
    const n = args.includes('--verbose') ? 40 : 12;
    console.log(`\nAttributions, PolNeAR ${split} (${s.articles} articles; ${s.roles.cue.gold} gold cues, ${s.roles.cue.system} found)`);
    console.log('            exact P    R      F1   | overlap P  R      F1');
    for (const r of ROLES) console.log(`  ${r.padEnd(8)}  ${row(s.roles[r].exact)}  |  ${row(s.roles[r].overlap)}`);
    console.log(`\n  missed cues:\n    ${top(s.missedCues, n)}`);
    console.log(`\n  spurious sources:\n    ${top(s.spuriousSources, n)}`);
    for (const r of ROLES) console.log(`\n  ${r} extent errors (found ≠ gold):\n    ${top(s.extents[r], n)}`);
  }
}

/**
 * Attribution scores: per-role P/R/F1 (source, cue, content; exact and overlap) on the hand-annotated
 * dev set of news sentences, and a check of the seed article's speakers and attributions against the
 * values read from it by hand (test/fixtures/attribution/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan, type AttributionClaim, type Claim } from '../../src/engine';
import { pct, prf, type PRF } from './score';

const FIXTURES = join(__dirname, '../../test/fixtures/attribution');
type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

interface DevItem {
  text: string;
  gold: [string | null, string | null, string | null][];
}
interface Spanned {
  start: number;
  end: number;
}
export interface RoleScores {
  exact: PRF;
  overlap: PRF;
}
export interface DevScores {
  items: number;
  gold: number;
  system: number;
  roles: Record<Role, RoleScores>;
  /** Per role, gold spans no system span overlaps, and system spans no gold span overlaps. */
  missed: string[];
  spurious: string[];
}

export function readDevSet(path = join(FIXTURES, 'dev.json')): DevItem[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: DevItem[] }).items;
}

/** The span of `value` in `text` ("said@2": the second "said"), trimmed like system spans. */
export function locate(text: string, value: string): Spanned {
  const [needle, nth] = value.split(/@(?=\d+$)/);
  let at = -1;
  for (let n = Number(nth ?? 1); n > 0; n--) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`dev set: "${needle}" is not in "${text}"`);
  return trim(text, { start: at, end: at + needle.length });
}

const EDGE = /[\s.,;:!?"“”'‘’]/;
/**
 * The span without its edge punctuation and a leading "that": these sets were annotated before the
 * engine took PolNeAR's conventions (quotation marks and "that" inside the content), so both sides are
 * compared without them.
 */
function trim(text: string, s: Spanned): Spanned {
  let { start, end } = s;
  while (start < end && EDGE.test(text[start])) start++;
  if (/^that\s/i.test(text.slice(start, end))) start += 5;
  while (start < end && EDGE.test(text[start])) start++;
  while (end > start && EDGE.test(text[end - 1])) end--;
  return { start, end };
}

/** Scores the engine's attributions on the dev set, each role matched on its own, one to one. */
export function scoreDevSet(items: DevItem[]): DevScores {
  const counts = {} as Record<Role, { gold: number; system: number; exact: number; overlap: number }>;
  for (const r of ROLES) counts[r] = { gold: 0, system: 0, exact: 0, overlap: 0 };
  const missed: string[] = [];
  const spurious: string[] = [];
  let system = 0;
  for (const item of items) {
    const found = scan(item.text).claims.filter((c: Claim): c is AttributionClaim => c.kind === 'attribution');
    system += found.length;
    ROLES.forEach((role, r) => {
      const gold = item.gold.flatMap((g) => (g[r] === null ? [] : [locate(item.text, g[r]!)]));
      const sys = found.flatMap((a) => (a[role] ? [trim(item.text, a[role]!)] : []));
      const c = counts[role];
      c.gold += gold.length;
      c.system += sys.length;
      c.exact += pairs(gold, sys, (g, s) => g.start === s.start && g.end === s.end).length;
      const overlapping = pairs(gold, sys, (g, s) => g.start < s.end && s.start < g.end);
      c.overlap += overlapping.length;
      for (const g of gold) if (!overlapping.some(([m]) => m === g)) missed.push(`${role}: ${item.text.slice(g.start, g.end)}  ‹${item.text}›`);
      for (const s of sys) if (!overlapping.some(([, m]) => m === s)) spurious.push(`${role}: ${item.text.slice(s.start, s.end)}  ‹${item.text}›`);
    });
  }
  const roles = Object.fromEntries(
    ROLES.map((r) => {
      const c = counts[r];
      return [r, { exact: prf(c.exact, c.system, c.gold), overlap: prf(c.overlap, c.system, c.gold) }];
    }),
  ) as Record<Role, RoleScores>;
  return { items: items.length, gold: items.reduce((n, i) => n + i.gold.length, 0), system, roles, missed, spurious };
}

/** One-to-one pairs of gold and system spans that `match`, in gold order. */
function pairs(gold: Spanned[], system: Spanned[], match: (g: Spanned, s: Spanned) => boolean): [Spanned, Spanned][] {
  const used = new Set<Spanned>();
  const out: [Spanned, Spanned][] = [];
  for (const g of gold) {
    const s = system.find((c) => !used.has(c) && match(g, c));
    if (s) {
      used.add(s);
      out.push([g, s]);
    }
  }
  return out;
}

interface SeedGold {
  article: string;
  speakers: { name: string; role: string }[];
  claims: { text: string; source: string | null }[];
  vague: string[];
}
export interface SeedCheck {
  sources: PRF;
  rolesRight: number;
  /** One line per expectation: `ok` or `FAIL`, what was expected and what was found. */
  lines: string[];
  failures: number;
}

/** Checks the seed article: its named speakers (P/R), their roles, whom figures rest on, vague sources. */
export function checkSeed(path = join(FIXTURES, 'seed.json')): SeedCheck {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as SeedGold;
  const result = scan(readFileSync(join(__dirname, '../..', gold.article), 'utf8'));
  const attributions = result.claims.filter((c): c is AttributionClaim => c.kind === 'attribution');
  const found = new Map<string, string | null>();
  for (const a of attributions) if (!a.vague && a.speaker && /^\p{Lu}/u.test(a.speaker)) found.set(a.speaker, a.role);
  const lines: string[] = [];
  const check = (ok: boolean, what: string) => lines.push(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  let rolesRight = 0;
  for (const s of gold.speakers) {
    check(found.has(s.name), `source ${s.name}`);
    if (found.get(s.name) === s.role) rolesRight++;
    check(found.get(s.name) === s.role, `  role "${s.role}" (found "${found.get(s.name) ?? ''}")`);
  }
  for (const g of gold.claims) {
    const claim = result.claims.find((c) => c.text === g.text && (c.kind === 'number' || c.kind === 'date'));
    const got = claim ? (claim.attribution?.source ?? null) : 'no claim';
    check(got === g.source, `"${g.text}" attributed to ${g.source ?? 'nobody'} (found ${got ?? 'nobody'})`);
  }
  for (const v of gold.vague) check(attributions.some((a) => a.text === v && a.vague), `"${v}" flagged vague`);
  const matched = gold.speakers.filter((s) => found.has(s.name)).length;
  return { sources: prf(matched, found.size, gold.speakers.length), rolesRight, lines, failures: lines.filter((l) => l.startsWith('FAIL')).length };
}

const row = (s: PRF) => `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;

/** Prints the attribution tables: each hand-annotated set per role, then the seed article's checks. */
export function printAttribution(verbose: boolean): void {
  const sets = [['dev set', 'dev.json'], ['held-out set', 'heldout.json'], ['blind set, scored once', 'blind.json']] as const;
  for (const [name, file] of sets) {
    const s = scoreDevSet(readDevSet(join(FIXTURES, file)));
    console.log(`\nAttributions, ${name} (test/fixtures/attribution/${file}): ${s.items} passages, ${s.gold} gold, ${s.system} found`);
    console.log('            exact P    R      F1   | overlap P  R      F1');
    for (const r of ROLES) console.log(`  ${r.padEnd(8)}  ${row(s.roles[r].exact)}  |  ${row(s.roles[r].overlap)}`);
    if (verbose) {
      console.log(`\n  missed (${s.missed.length}):\n    ${s.missed.join('\n    ')}`);
      console.log(`\n  spurious (${s.spurious.length}):\n    ${s.spurious.join('\n    ')}`);
    }
  }
  const seed = checkSeed();
  console.log(`\nSeed article speakers: P ${pct(seed.sources.precision)}  R ${pct(seed.sources.recall)}  F1 ${pct(seed.sources.f1)}; ${seed.failures} failed checks`);
  console.log(`  ${seed.lines.join('\n  ')}`);
}

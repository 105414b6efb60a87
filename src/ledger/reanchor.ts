import { contextSimilarity, prepare, textSimilarity, type Prepared } from './similarity';
import type { Fingerprint } from './types';

/** Where an entry's claim is now: its index in the scan's claims, and whether its text changed. */
export interface Anchor {
  claimIndex: number;
  changed: boolean;
}

/** A tiny cost bonus for the pair of an entry and the claim whose id is the entry's key. */
type Twin = (key: string, claimIndex: number) => number;

interface Pair {
  key: string;
  claimIndex: number;
  cost: number;
}

/** At most this many candidate claims are costed per entry: the matching stays near-linear. */
const CANDIDATES = 16;
/**
 * The least context similarity at which a claim with the entry's very text is taken for its claim:
 * below it, the same words in another sentence ("40%" elsewhere) are another claim.
 */
const EXACT_CONTEXT = 0.4;
/** Context words shared by more claims than this say nothing about which claim is which. */
const COMMON_WORD = 64;

/**
 * Finds each entry's claim in a new scan. First the claims with the same kind and text, ranked by how
 * alike their context and position are; then, for the entries left, claims of the same kind whose text
 * changed but whose context is still the entry's (`37 out of 44` become `38 out of 44`). Each pass
 * costs a bounded number of candidates per entry and assigns pairs greedily, cheapest first.
 * `claims` must be sorted by position, as the scan returns them.
 */
export function reanchor(
  entryList: readonly (readonly [string, Fingerprint])[],
  claimList: readonly Fingerprint[],
  claimIds: readonly string[] = [],
): Map<string, Anchor> {
  const entries = entryList.map(([key, f]) => [key, prepare(f)] as const);
  const claims = claimList.map(prepare);
  // Identical twins (the same words in the same context) are told apart by id: an entry keeps the claim
  // whose id is its key. Only a tie-breaker: ids change whenever nearby words do.
  const twin = (key: string, i: number) => (claimIds[i] === key ? -1e-6 : 0);
  const anchors = new Map<string, Anchor>();
  const taken = new Set<number>();
  assign(identicalPairs(entries, claims, twin), anchors, taken, false);
  let left = entries.filter(([key]) => !anchors.has(key));
  if (left.length > 0) assign(exactPairs(left, entries, claims, taken, twin), anchors, taken, false);
  left = left.filter(([key]) => !anchors.has(key));
  if (left.length > 0) assign(changedPairs(left, claims, taken), anchors, taken, true);
  return anchors;
}

/**
 * The common case first, at the cost of a lookup: claims whose text and context are exactly the
 * entry's (nothing changed in their sentence). Identical twins are told apart by position.
 */
function identicalPairs(entries: readonly (readonly [string, Prepared])[], claims: readonly Prepared[], twin: Twin): Pair[] {
  const keyOf = (p: Prepared) => `${p.fingerprint.kind}\u0000${p.text}\u0000${p.fingerprint.before}\u0000${p.fingerprint.after}`;
  const byKey = groupBy(claims.map((c, i) => [keyOf(c), i] as const));
  const pairs: Pair[] = [];
  for (const [key, e] of entries) {
    for (const i of nearest(byKey.get(keyOf(e)) ?? [], claims, e.fingerprint.position, 4)) pairs.push({ key, claimIndex: i, cost: distance(e, claims[i]) + twin(key, i) });
  }
  return pairs;
}

function assign(pairs: Pair[], anchors: Map<string, Anchor>, taken: Set<number>, changed: boolean): void {
  pairs.sort((a, b) => a.cost - b.cost || a.claimIndex - b.claimIndex || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const p of pairs) {
    if (anchors.has(p.key) || taken.has(p.claimIndex)) continue;
    anchors.set(p.key, { claimIndex: p.claimIndex, changed });
    taken.add(p.claimIndex);
  }
}

function exactPairs(
  entries: readonly (readonly [string, Prepared])[],
  allEntries: readonly (readonly [string, Prepared])[],
  claims: readonly Prepared[],
  taken: ReadonlySet<number>,
  twin: Twin,
): Pair[] {
  const bucketOf = (p: Prepared) => `${p.fingerprint.kind}\u0000${p.text}`;
  const claimCounts = new Map<string, number>();
  for (const c of claims) claimCounts.set(bucketOf(c), (claimCounts.get(bucketOf(c)) ?? 0) + 1);
  const entryCounts = new Map<string, number>();
  for (const [, e] of allEntries) entryCounts.set(bucketOf(e), (entryCounts.get(bucketOf(e)) ?? 0) + 1);
  const buckets = groupBy(claims.flatMap((c, i) => (taken.has(i) ? [] : [[bucketOf(c), i] as const])));
  const pairs: Pair[] = [];
  for (const [key, e] of entries) {
    const bucket = bucketOf(e);
    const list = buckets.get(bucket) ?? [];
    // A distinctive text found once in the article and once in the ledger is the same claim whatever its new context.
    const unique = claimCounts.get(bucket) === 1 && entryCounts.get(bucket) === 1 && e.text.length >= 6;
    for (const i of nearest(list, claims, e.fingerprint.position, CANDIDATES)) {
      const context = contextSimilarity(e, claims[i]);
      if (context < EXACT_CONTEXT && !unique) continue;
      pairs.push({ key, claimIndex: i, cost: 1 - context + 0.5 * distance(e, claims[i]) + twin(key, i) });
    }
  }
  return pairs;
}

function changedPairs(entries: readonly (readonly [string, Prepared])[], claims: readonly Prepared[], taken: Set<number>): Pair[] {
  const free = claims.map((c, i) => [c, i] as const).filter(([, i]) => !taken.has(i));
  const byKind = groupBy(free.map(([c, i]) => [c.fingerprint.kind, i] as const));
  const byWord = groupBy(free.flatMap(([c, i]) => [...new Set(c.all)].map((w) => [`${c.fingerprint.kind}\u0000${w}`, i] as const)));
  const pairs: Pair[] = [];
  for (const [key, e] of entries) {
    const kind = e.fingerprint.kind;
    const entryWords = [...new Set(e.all)];
    const tally = new Map<number, number>();
    for (const w of entryWords) {
      const posting = byWord.get(`${kind}\u0000${w}`) ?? [];
      if (posting.length <= COMMON_WORD) for (const i of posting) tally.set(i, (tally.get(i) ?? 0) + 1);
    }
    const byShared = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([i]) => i);
    const candidates = new Set([...byShared, ...nearest(byKind.get(kind) ?? [], claims, e.fingerprint.position, 4)]);
    for (const i of candidates) {
      const context = contextSimilarity(e, claims[i]);
      const same = textSimilarity(e.text, claims[i].text);
      const strong = entryWords.length >= 4 || same >= 0.5;
      if (!((context >= 0.6 && strong) || (context >= 0.4 && same >= 0.6))) continue;
      pairs.push({ key, claimIndex: i, cost: 1 - context + 0.5 * (1 - same) + 0.25 * distance(e, claims[i]) });
    }
  }
  return pairs;
}

function distance(a: Prepared, b: Prepared): number {
  return Math.abs(a.fingerprint.position - b.fingerprint.position);
}

/** The `count` claims of a position-sorted index list nearest to a relative position. */
function nearest(list: readonly number[], claims: readonly Prepared[], position: number, count: number): readonly number[] {
  if (list.length <= count) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[list[mid]].fingerprint.position < position) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(lo - (count >> 1), list.length - count));
  return list.slice(from, from + count);
}

function groupBy<K>(items: Iterable<readonly [K, number]>): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (const [k, i] of items) {
    const list = map.get(k);
    if (list) list.push(i);
    else map.set(k, [i]);
  }
  return map;
}

import type { Claim, DateClaim, NumberClaim } from '../../types';

/** The claims of one sentence, in document order. */
export interface SentenceClaims {
  readonly start: number;
  readonly end: number;
  /** Shared by every rule of the scan: read, never change. */
  readonly claims: readonly Claim[];
}

/**
 * Groups the claims by the sentence they stand in, in one pass: rules compare claims within a sentence,
 * never every claim with every other.
 */
export function claimsBySentence(claims: readonly Claim[]): SentenceClaims[] {
  let groups = BY_SENTENCE.get(claims);
  if (!groups) {
    groups = groupBySentence(claims);
    BY_SENTENCE.set(claims, groups);
  }
  return groups;
}

/** Several rules group the same claims: once per scan, keyed by the scan's claim list. */
const BY_SENTENCE = new WeakMap<readonly Claim[], SentenceClaims[]>();

/**
 * Claims are sorted by start and a claim's sentence is the one its start falls in, so the claims of a
 * sentence stand together: one pass groups them.
 */
function groupBySentence(claims: readonly Claim[]): SentenceClaims[] {
  const groups: SentenceClaims[] = [];
  let last: { start: number; end: number; claims: Claim[] } | undefined;
  for (const c of claims) {
    if (!last || last.start !== c.sentence.start) {
      last = { start: c.sentence.start, end: c.sentence.end, claims: [] };
      groups.push(last);
    }
    last.claims.push(c);
  }
  return groups;
}

export function isNumber(c: Claim): c is NumberClaim {
  return c.kind === 'number';
}

export function isDate(c: Claim): c is DateClaim {
  return c.kind === 'date';
}

/** How many decimals a figure is written with ("84.1%" → 1), which sets how far it may be rounded. */
export function decimalsOf(text: string): number {
  const m = /\d[.,](\d+)\s*(?:%|per ?cent|percent|pp|percentage)/i.exec(text) ?? /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * A test of whether an offset falls inside one of the claims of a kind, by binary search over their
 * starts: claims of one kind do not overlap, so only the last one starting before can hold the offset.
 */
export function insideKind(claims: readonly Claim[], kind: Claim['kind']): (offset: number) => boolean {
  const spans = claims.filter((c) => c.kind === kind);
  return (offset) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && offset < spans[lo - 1].end;
  };
}

import type { AttributionClaim, Claim, ClaimAttribution } from '../types';

/**
 * Gives every number and date claim the attribution whose content holds it: the innermost one, so a
 * quotation inside a speaker's speech is credited to the quoted person. Claims in no content are the
 * article's own voice (null).
 */
export function linkAttributions(claims: Claim[]): void {
  const sources = claims
    .filter((c): c is AttributionClaim => c.kind === 'attribution' && c.content !== null)
    .sort((a, b) => a.content!.start - b.content!.start);
  if (sources.length === 0) return;
  for (const claim of claims) {
    if (claim.kind !== 'number' && claim.kind !== 'date') continue;
    let best: AttributionClaim | null = null;
    // Contents are few next to claims; a binary search bounds the candidates to those starting before.
    for (let i = upperBound(sources, claim.start) - 1; i >= 0 && i >= upperBound(sources, claim.start) - 64; i--) {
      const a = sources[i];
      const c = a.content!;
      if (c.start <= claim.start && claim.end <= c.end) {
        if (!best || c.end - c.start < best.content!.end - best.content!.start) best = a;
      }
    }
    claim.attribution = best ? toAttribution(best) : null;
  }
}

function toAttribution(a: AttributionClaim): ClaimAttribution {
  return { source: a.speaker ?? a.source?.text ?? 'unnamed source', role: a.role, via: a.via, attributionId: a.id };
}

/** The index of the first content starting after `offset`. */
function upperBound(sources: AttributionClaim[], offset: number): number {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid].content!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import type { AttributionClaim, Claim, ClaimAttribution } from '../types';

/**
 * Gives every number and date claim the attribution whose content holds it: the innermost one, so a
 * quotation inside a speaker's speech is credited to the quoted person. Claims in no content are the
 * article's own voice (null).
 *
 * One sweep over claims and contents, both in text order, with a stack of the contents still open:
 * contents nest or follow each other, so the stack stays shallow and the whole is linear in practice.
 */
export function linkAttributions(claims: Claim[]): void {
  const contents = claims
    .filter((c): c is AttributionClaim => c.kind === 'attribution' && c.content !== null)
    .sort((a, b) => a.content!.start - b.content!.start || b.content!.end - a.content!.end);
  const targets = claims.filter((c) => c.kind === 'number' || c.kind === 'date').sort((a, b) => a.start - b.start);
  const open: AttributionClaim[] = [];
  let next = 0;
  for (const claim of targets) {
    while (next < contents.length && contents[next].content!.start <= claim.start) {
      const entering = contents[next++];
      // A content that ends before this one starts can hold no later claim.
      while (open.length > 0 && open[open.length - 1].content!.end <= entering.content!.start) open.pop();
      open.push(entering);
    }
    while (open.length > 0 && open[open.length - 1].content!.end <= claim.start) open.pop();
    claim.attribution = null;
    for (let i = open.length - 1; i >= 0; i--) {
      const c = open[i].content!;
      if (c.start <= claim.start && claim.end <= c.end) {
        claim.attribution = toAttribution(open[i]);
        break;
      }
    }
  }
}

function toAttribution(a: AttributionClaim): ClaimAttribution {
  return { source: a.speaker ?? a.source?.text ?? 'unnamed source', role: a.role, via: a.via, attributionId: a.id };
}

import { spokenRange } from '../extractors/attribution/spoken';
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
    .map((a) => ({ a, range: spokenRange(a)! }))
    .sort((x, y) => x.range.start - y.range.start || y.range.end - x.range.end);
  const targets = claims.filter((c) => c.kind === 'number' || c.kind === 'date').sort((a, b) => a.start - b.start);
  const open: (typeof contents)[number][] = [];
  let next = 0;
  for (const claim of targets) {
    while (next < contents.length && contents[next].range.start <= claim.start) {
      const entering = contents[next++];
      // A speech that ends before this one starts can hold no later claim.
      while (open.length > 0 && open[open.length - 1].range.end <= entering.range.start) open.pop();
      open.push(entering);
    }
    while (open.length > 0 && open[open.length - 1].range.end <= claim.start) open.pop();
    claim.attribution = null;
    for (let i = open.length - 1; i >= 0; i--) {
      const c = open[i].range;
      if (c.start <= claim.start && claim.end <= c.end) {
        claim.attribution = toAttribution(open[i].a);
        break;
      }
    }
  }
}

function toAttribution(a: AttributionClaim): ClaimAttribution {
  return { source: a.speaker ?? a.source?.text ?? 'unnamed source', role: a.role, via: a.via, attributionId: a.id };
}

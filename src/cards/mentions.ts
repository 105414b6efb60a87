import type { Claim } from '../engine';
import type { ScannedText } from './claimState';

/**
 * The other claims of the same kind and value in the article: the same figure or date said again,
 * perhaps in other words ("$4.5bn" and "4.5 billion dollars"). At most five.
 */
export function otherMentions(scan: Pick<ScannedText, 'result'>, claim: Claim): Claim[] {
  const key = mentionKey(claim);
  if (key === null) return [];
  return scan.result.claims.filter((c) => c.id !== claim.id && mentionKey(c) === key).slice(0, 5);
}

function mentionKey(c: Claim): string | null {
  if (c.kind === 'number') return `n:${c.type}:${c.value}:${c.unit ?? ''}`;
  if (c.kind === 'date') return c.value.includes('X') ? null : `d:${c.value}`;
  if (c.kind === 'attribution') return c.speaker ? `a:${c.speaker}` : null;
  return null;
}

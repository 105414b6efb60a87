import { scan, type AttributionClaim, type QuoteClaim } from '../../src/engine';

/** [source, cue, content] texts of each attribution found in `text`, in order. */
export type Triple = [string | null, string | null, string | null];

export function attributionsOf(text: string): AttributionClaim[] {
  return scan(text).claims.filter((c): c is AttributionClaim => c.kind === 'attribution');
}

export function triples(text: string): Triple[] {
  return attributionsOf(text).map((a) => [a.source?.text ?? null, a.cue?.text ?? null, a.content?.text ?? null]);
}

export function quotesOf(text: string): QuoteClaim[] {
  return scan(text).claims.filter((c): c is QuoteClaim => c.kind === 'quote');
}

import type { AttributionVia } from '../../types';
import type { Range } from '../../text/ranges';
import type { Phrase } from './nounPhrase';
import type { Token } from './tokens';

/** An attribution as the parsers find it: offsets only; the extractor adds texts, speaker and role. */
export interface Found {
  source: Range | null;
  /** The appositive role inside the source ("Smith, the minister"), or a speaker label's role. */
  role: Range | null;
  cue: Range;
  content: Range | null;
  via: AttributionVia;
  /**
   * True when the source stands away from the cue: shared with another cue ("X acknowledged Y but
   * insisted Z", "..., saying") or before an aside ("The president, according to two aides, told"). The
   * claim is then the cue alone, so it does not overlap the claims in between.
   */
  detached?: boolean;
}

/** The offsets of tokens `from` to `to`, inclusive. */
export function rangeOf(tokens: Token[], from: number, to: number): Range {
  return { start: tokens[from].start, end: tokens[to].end };
}

/** A phrase's offsets and its role's. */
export function phraseRanges(tokens: Token[], p: Phrase): { source: Range; role: Range | null } {
  return { source: rangeOf(tokens, p.from, p.to), role: p.role ? rangeOf(tokens, p.role.from, p.role.to) : null };
}

import type { Range } from '../../text/ranges';
import type { Span } from '../../types';

/**
 * Where a speaker's words stand: the content and the quotations that continue it after the cue. What
 * asks whose words hold an offset (figures, quotes, "I" inside a quotation) reads this, not the content.
 */
export function spokenRange(a: { content: Span | Range | null; continued?: Span | Range }): Range | null {
  if (!a.content) return null;
  return a.continued ? { start: a.content.start, end: Math.max(a.content.end, a.continued.end) } : a.content;
}

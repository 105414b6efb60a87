import { where, type Evidence } from '../../engine/evidence';

/** Shortens a passage for one line, around the matched words. */
function around(e: Evidence, max = 100): string {
  const passage = e.passage ?? '';
  if (passage.length <= max) return passage;
  const from = Math.max(0, Math.min((e.start ?? 0) - 30, passage.length - max));
  return `${from > 0 ? '…' : ''}${passage.slice(from, from + max - 1)}…`;
}

/**
 * The lines under a claim in the text report: for each source its best passage (the first, which is the
 * best) with its locator, or that it says nothing of the claim; of the reference folder's proposals the
 * best, marked as such (the JSON has all three).
 */
export function evidenceLines(evidence: readonly Evidence[] | undefined): string[] {
  if (!evidence) return [];
  const lines: string[] = [];
  const shown = new Set<string>();
  for (const e of evidence) {
    const key = e.proposed ? '\u0000proposed' : e.source;
    if (shown.has(key)) continue;
    shown.add(key);
    const label = e.proposed ? `proposed ${e.match}` : e.match;
    lines.push(e.match === 'not-found' ? `    ${label.padEnd(17)} ${e.source}: nothing on this claim` : `    ${label.padEnd(17)} ${e.source}${where(e)}: "${around(e)}"`);
  }
  return lines;
}

/** A half-open range of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** True when the two half-open ranges share at least one offset. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorts by start, then by end, in place. */
export function sortRanges<T extends Range>(items: T[]): T[] {
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Replaces every character inside the ranges by a space (newlines are kept, so lines stay lines),
 * keeping every offset of the text where it was.
 */
export function blankOut(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of sortRanges([...ranges])) {
    const start = Math.max(r.start, at);
    if (r.end <= start) continue;
    parts.push(text.slice(at, start));
    parts.push(text.slice(start, r.end).replace(/[^\n]/g, ' '));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

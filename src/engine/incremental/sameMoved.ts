/** The property names that hold offsets in what the stages return (claims, spans, names, mentions). */
const POSITIONS = new Set(['start', 'end', 'at', 'titleStart', 'titleEnd']);

/**
 * True when `after` is `before` with every offset moved by `move`: the same keys, the same words and
 * values, and each offset (a `start`, `end`, `at`, ... at any depth) where the edit put it. Offsets
 * relative to a paragraph are compared from `base`, the paragraph's start. Keys listed in `ignore` (a
 * claim's id, sentence and attribution, which a draft has not yet) are skipped at the top level.
 */
export function sameMoved(before: unknown, after: unknown, move: (x: number) => number, base = 0, ignore?: ReadonlySet<string>): boolean {
  return same(before, after, move, base, ignore);
}

/**
 * A range's own words (`text` beside `start` and `end`) differ where the range holds the edit: those
 * are read again from the new text, so only where the range stands is compared.
 */
function holdsEdit(o: Record<string, unknown>, move: (x: number) => number, base: number): boolean {
  if (typeof o.start !== 'number' || typeof o.end !== 'number' || typeof o.text !== 'string') return false;
  const start = (o.start as number) + base;
  const end = (o.end as number) + base;
  return move(end) - move(start) !== end - start;
}

function same(before: unknown, after: unknown, move: (x: number) => number, base: number, ignore?: ReadonlySet<string>): boolean {
  if (before === after) return true;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return false;
  if (Array.isArray(before)) {
    if (!Array.isArray(after) || before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) if (!same(before[i], after[i], move, base)) return false;
    return true;
  }
  if (before instanceof Set) return after instanceof Set && before.size === after.size && [...before].every((x) => after.has(x));
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const reread = holdsEdit(a, move, base);
  let count = 0;
  for (const key in a) {
    if (ignore?.has(key)) continue;
    if (reread && key === 'text') {
      count++;
      if (!(key in b)) return false;
      continue;
    }
    count++;
    if (!(key in b)) return false;
    const x = a[key];
    const y = b[key];
    if (POSITIONS.has(key) && typeof x === 'number') {
      if (move(x + base) - base !== y) return false;
    } else if (!same(x, y, move, base)) return false;
  }
  for (const key in b) if (!ignore?.has(key)) count--;
  return count === 0;
}

/**
 * True when two words are one edit apart: one letter changed, added or dropped, or two neighbouring
 * letters swapped ("Kowalczyk", "Kowalcyzk"). One pass, no table: the name rule asks this of many
 * pairs of words.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) return oneChangeOrSwap(a, b);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Drop the long word's letter at the first difference; the rest must match.
  return short.slice(i) === long.slice(i + 1);
}

function oneChangeOrSwap(a: string, b: string): boolean {
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

import { oneEditApart } from './oneEditApart';

/* How two spellings of one name differ, as against two different words. */

/**
 * True for two words one letter apart, other than by an ending that makes another word: a plural, a
 * feminine form or a demonym (-s, -n, -a, -i: "Israel" and "Israeli", "Cuba" and "Cuban"), or a country
 * named from its demonym (-y: "German" and "Germany").
 */
export function variantPair(a: string, b: string): boolean {
  if (b.length < 5 || !oneEditApart(a, b)) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && long.length === short.length + 1 && /[snaiy]$/.test(long)) return false;
  // A last letter changed to an -s is a plural of another word: "Germany" and "Germans", "Politico" and
  // "Politics".
  return !(a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && (a.endsWith('s') || b.endsWith('s')));
}

/** A vowel for a vowel (Lukashenko, Lukashenka), two letters swapped, or a letter doubled or undoubled. */
export function nameLikeEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 1) return /[aeiouy]/.test(a[diff[0]]) && /[aeiouy]/.test(b[diff[0]]);
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long[i] === long[i - 1] || long[i] === long[i + 1];
}

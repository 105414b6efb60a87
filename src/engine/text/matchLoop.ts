/**
 * The one way the engine loops over the matches of a regular expression by hand (where `matchAll`, which
 * refuses a non-global pattern itself, does not fit).
 *
 * A loop on `exec` ends only if each call moves `lastIndex` on. A pattern without the `g` or `y` flag
 * leaves it where it is, and so does an empty match: the loop would return the same match forever and
 * freeze the editor. Every loop helper checks the pattern when it is called, and steps over empty matches.
 */

/** Throws unless `re` can advance through a text (has the `g` or `y` flag); `helper` names the caller. */
export function requireAdvancing(re: RegExp, helper: string): void {
  if (!re.global && !re.sticky) {
    throw new Error(`${helper} needs a pattern with the g or y flag, got ${re}: a loop on its exec would never advance`);
  }
}

/**
 * Calls `visit` with each non-empty match of `re` in `text` from offset `from` on, in order, until `visit`
 * returns false. A sticky pattern stops at the first offset where it does not match. `visit` may use the
 * same pattern itself: the loop goes on from where it was.
 */
export function forEachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean | void, from = 0): void {
  requireAdvancing(re, 'forEachMatch');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const next = re.lastIndex;
    const go = visit(m);
    re.lastIndex = next;
    if (go === false) return;
  }
}

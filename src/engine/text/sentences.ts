import { forEachMatch } from './matchLoop';
import type { Range } from './ranges';

/**
 * Abbreviations that end in a full stop without ending the sentence: titles, months, corporate
 * suffixes, Latin. Lowercase, without the stop.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st sr jr hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd llc plc bros dept univ assn est approx no nos vol vols fig figs pp ca cf al vs ' +
    'etc e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a mt ft ave blvd rd rs'
  ).split(' '),
);

// The characters that can end a sentence, then optional closing quotes or brackets, then space. The
// lookbehind starts a match only at the first mark of a run: from inside a run of `!!!...` the match would
// run to its end and fail again at every mark, which is quadratic in the run.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s)/g;

/**
 * Splits a paragraph into sentences. A boundary is a `.`, `!` or `?` (with any closing quotes) followed
 * by white space and a word that can open a sentence; a full stop after a known abbreviation or an
 * initial ("J. Smith") is not a boundary.
 */
export function splitSentences(text: string, para: Range): Range[] {
  const sentences: Range[] = [];
  const body = text.slice(para.start, para.end);
  let start = 0;
  forEachMatch(BOUNDARY, body, (m) => {
    const end = m.index + m[0].length;
    if (!isBoundary(body, m.index, m[0])) return;
    let next = end;
    while (next < body.length && /\s/.test(body[next])) next++;
    if (next >= body.length) return false;
    if (!/[A-Z0-9"'“‘«(\[\u00C0-\u024F]/.test(body[next])) return;
    sentences.push({ start: para.start + start, end: para.start + end });
    start = next;
  });
  sentences.push({ start: para.start + start, end: para.end });
  return sentences;
}

// Sticky: tested at one offset, never scanning the rest of the paragraph.
const OPENER = /\s+(?:The|A|An|But|And|He|She|It|They|We|I|This|That|In|On|At|Its|His|Her)\b/y;

function isBoundary(body: string, at: number, mark: string): boolean {
  if (mark[0] !== '.') return true;
  // The word before the stop, including inner stops ("U.S", "p.m").
  let w = at;
  while (w > 0 && /[A-Za-z.]/.test(body[w - 1])) w--;
  const word = body.slice(w, at);
  if (word.length === 0) return true; // "2013." ends a sentence.
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // "U.S." or "p.m." at the very end of a sentence is common in news: let a following capitalised
    // function word decide. "in the U.S. The ..." splits, "U.S. President" does not.
    OPENER.lastIndex = at + mark.length;
    return word.includes('.') && OPENER.test(body);
  }
  if (/^[A-Z]$/.test(word)) return false; // An initial: "John F. Kennedy".
  return true;
}

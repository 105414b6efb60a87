/** Words of a sentence, for judging whether a source's sentence is about the same thing as a claim's. */

/** Words too common to say what a sentence is about. */
const STOP = new Set(
  ('the a an and or but of in on at to for from by with as is are was were be been being has have had it its this that these those ' +
    'there their they them he she his her him we our you your i not no than then so such which who whom what when where while ' +
    'about some any all more most less also into over under after before between up down out said says say per cent percent ' +
    'will would could should may might can one two three four five six seven eight nine ten year years month months new ' +
    // Months and weekdays are a date's value, not what a sentence is about.
    'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** A word with its place in the text. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, lowercased, curly apostrophes made straight. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

/** A word's plain form: no possessive, no plural `s` (enough to meet "schools" and "school"). */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The words that say what a text is about: no digits, no stop words, no short words, stemmed. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const { word } of wordsOf(text)) {
    if (word.length < 3 || /\d/.test(word) || STOP.has(word)) continue;
    out.add(stem(word));
  }
  return out;
}

/** How many of the claim's words the source's sentence shares. */
export function sharedWords(claimWords: ReadonlySet<string>, sourceText: string): number {
  let n = 0;
  for (const w of contentWords(sourceText)) if (claimWords.has(w)) n++;
  return n;
}

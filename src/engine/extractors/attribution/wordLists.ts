/**
 * Word tables the attribution parser reads: which words end a noun phrase, which are time words or
 * adverbs that may stand between a source and its cue. Lowercase.
 */
const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Words that open a new clause: a source phrase never reaches over them. */
export const CLAUSE_STOPS = words(`
  that which whom whose because but while when whenever where if although though since than so as whether
  or nor yet unless until once after before whereas and then what how why`);

/** Words that may open a sentence before its subject without being part of it. */
export const LEADING_FILLERS = words(`
  and but also meanwhile however still yet so then now later earlier instead indeed moreover separately
  furthermore besides nonetheless nevertheless thus hence finally first second third`);

/** Prepositions that may stand inside a source ("a spokesman for the ministry", "head of the agency"). */
export const INNER_PREPOSITIONS = words('of for');

/** Prepositions that end a source read forward ("said Smith on Monday", "stated by X during a visit"). */
export const OUTER_PREPOSITIONS = words(`
  on in at during after before to from with without about over under into onto upon through throughout
  amid among across against toward towards via per since until within by despite following including`);

/** Time words: "Trump on Monday said", "said Smith last week". */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weekend
  month year morning afternoon evening night day days weeks months years recently earlier later previously
  again once already`);

/** Words that go with a time word ("on Monday", "last week", "earlier this year"). */
export const TIME_LEADS = words('on last this next early late earlier later in during each every that');

/** Adverbs that sit between a source and its cue without ending the source ("Smith also said"). */
export const ADVERBS = words(`
  also later previously repeatedly recently often again then now once still always never just already
  further too even privately publicly separately quickly frequently initially originally reportedly
  subsequently ultimately simply flatly bluntly firmly openly`);

/** True for a word that reads as an adverb: a listed one, or one ending in "-ly" that is not a noun. */
export function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !NOT_ADVERBS.has(lower));
}

const NOT_ADVERBS = words('family italy july supply reply ally rally assembly daily weekly monthly bully belly');

/** Abbreviated titles whose full stop stays inside a name ("Sen. Warren", "Dr. Fauci"). */
export const TITLE_ABBREVIATIONS = words('mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st sr jr hon pres supt insp maj cpl det');

/**
 * Words that name where a figure comes from: "according to", "data from", "a survey by", "figures
 * released by", "(Source: ...)", "the report found". Checked over a sentence or a paragraph, so each
 * pattern is bounded and linear.
 */
const ACCORDING = /\baccording to\b|\bsources?:|\bcited by\b|\bquoted by\b|\bper (?:the|a)\b/i;
const DATA_NOUN = '(?:survey|poll|polls|polling|report|study|studies|data|figures|statistics|census|estimates?|analysis|research|index|ranking|audit|review|filing|filings|records|accounts|results|projections?|forecasts?|model|tally|count|exit polls?)';
const DATA_BY = new RegExp(`\\b${DATA_NOUN}\\s+(?:\\w+\\s+){0,2}?(?:by|from|of|published|released|conducted|compiled|issued|shows?|showed|shown|found|finds|suggests?|suggested|indicates?|indicated)\\b`, 'i');
/** A named body that works the figure out: "Boeing estimates", "the IMF forecasts". */
const NAMED_ESTIMATE = /\b[A-Z][\w&.-]*\s+(?:estimates|estimated|calculates|calculated|reckons|forecasts|projects|projected|found|finds|shows|showed|gives|gave|puts|put|reported|reports)\b/;
/** A named body's data: "HuffPost's presidential forecast", "a Quinnipiac University poll", "the Gallup survey". */
const NAMED_DATA = new RegExp(`\\b[A-Z][\\w&.-]*(?:['’]s)?\\s+(?:[A-Za-z-]+\\s+){0,2}?${DATA_NOUN}\\b`);
const PUBLISHED_BY = /\b(?:published|released|compiled|collected|issued|reported)\s+by\b/i;

/** "In the poll", "the survey found": a data source named earlier in the article, referred back to. */
const THE_DATA = /\b(?:the|this|that)\s+(?:latest\s+|new\s+|same\s+)?(?:poll|survey|study|report|census|audit|analysis)\b/i;

/** True when the text names a source for its figures. */
export function namesASource(text: string): boolean {
  return ACCORDING.test(text) || DATA_BY.test(text) || PUBLISHED_BY.test(text) || NAMED_ESTIMATE.test(text) || NAMED_DATA.test(text) || THE_DATA.test(text);
}

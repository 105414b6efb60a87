import { pad } from './calendar';
import { eachMatch, type Candidate, type Recognizer, type SentenceScope } from './candidate';

/** A year of modern history: 1600-2099. */
export const YEAR_RE = '(?:1[6-9]|20)\\d\\d';
const YEAR = new RegExp(`(?<![\\w$€£¥#.,/:'’])(${YEAR_RE})(?![\\w%/:]|[.,]\\d|-\\d{3}(?!\\d)|-\\d{5})`, 'g');
/** What makes a four-digit number a count, an amount or a label rather than a year. */
const NOT_YEAR_BEFORE = /(?:\b(?:no\.?|number|version|v|flight|route|page|room|form|ios|windows|office|rule|article|section|chapter|highway|interstate|pp?\.?|top)|[$€£¥#])\s*$/i;
const NAME_BEFORE = /\b([A-Z][a-z]+)\s+$/;
const FUNCTION_WORD = /^(?:In|On|By|Since|Until|Till|Through|During|Before|After|From|Between|And|Or|Of|For|The|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** After `to`, `at` or `by` a four-digit number is a level when the sentence speaks of markets or prices. */
const LEVEL_BEFORE = /\b(?:to|at|from)\s*$/i;
const LEVEL_TALK = /\b(?:points?|index|indexes|indices|level|shares?|price|closed|fell|rose|dropped|gained|traded)\b/i;
const NOT_YEAR_AFTER = /^\s*(?:%|percent|per cent|[A-Z]{3}\b|(?:people|persons|jobs|workers|employees|staff|units|vehicles|cars|planes|aircraft|shares|dollars|euros|pounds|yuan|tonnes|tons|km|miles|kilometres|kilometers|metres|meters|feet|points|votes|troops|soldiers|students|children|deaths|cases|homes|houses|members|copies|stores|barrels|items|pieces|users|customers|dealers|dealerships|passengers|seats|hours|minutes|days)\b)/;
/** `in '82`, `since ’07`: a year by its last two digits, after a word that takes a date. */
const SHORT_YEAR = /(?<=\b(?:in|since|of|from|to|until|by|before|after|class)\s)['’](\d\d)\b(?!['’]?s)/gi;
/** `1990s`, `'90s`, `70s` (TimeML leaves "the" out). */
const DECADE = /(?<![\w$])(?:((?:1[6-9]|20)\d)0|['’]?(\d)0)['’]?s\b/gi;
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b|\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)[- ]century\b/gi;
const ORDINAL_WORDS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second'.split(' ');

/** Bare years where they are dates, two-digit years, decades and centuries. */
export const years: Recognizer = (scope) => {
  const levelTalk = LEVEL_TALK.test(scope.text);
  return [...bareYears(scope, levelTalk), ...otherYears(scope)];
};

function bareYears(scope: SentenceScope, levelTalk: boolean): Candidate[] {
  return eachMatch(YEAR, scope.text, (m) => {
    const before = scope.text.slice(Math.max(0, m.index - 24), m.index);
    const after = scope.text.slice(m.index + 4, m.index + 24);
    if (NOT_YEAR_BEFORE.test(before)) return null;
    // After a hyphen only in "mid-2011" and a range of years "2009-2011": "737-2000" is a model.
    if (before.endsWith('-') && !/(?:\bmid|\b\d{4})-$/i.test(before)) return null;
    // Between two capitalized words a year is part of a name: "the Russell 2000 Index".
    if (NAME_BEFORE.test(before) && !FUNCTION_WORD.test(NAME_BEFORE.exec(before)![1]) && /^\s+[A-Z][a-z]/.test(after)) return null;
    // "to 2011" is a year, "fell to 2011" in a report on an index is a level.
    if (levelTalk && LEVEL_BEFORE.test(before)) return null;
    if (NOT_YEAR_AFTER.test(after)) return null;
    return { start: m.index, end: m.index + 4, type: 'DATE', value: m[1], relative: false };
  });
}

function otherYears(scope: SentenceScope): Candidate[] {
  return [
  ...eachMatch(SHORT_YEAR, scope.text, (m) => {
    const yy = Number(m[1]);
    const century = scope.ref && yy <= (scope.ref.y % 100) + 1 ? Math.floor(scope.ref.y / 100) : 19;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${century}${m[1]}`, relative: false };
  }),
  ...eachMatch(DECADE, scope.text, (m) => {
    const head = scope.text.slice(Math.max(0, m.index - 12), m.index);
    // "in his 80s" is an age, not a decade.
    if (!m[1] && /\b(?:his|her|their|its|my|your|our|low|mid|high|early|late)\s*-?\s*$/i.test(head) && !/\bthe\s+$/i.test(head)) return null;
    // TimeBank writes a decade with its last digit unknown: `199X`.
    const value = `${m[1] ?? (Number(m[2]) <= 1 ? `20${m[2]}` : `19${m[2]}`)}X`;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, relative: false };
  }),
  ...eachMatch(CENTURY, scope.text, (m) => {
    const n = m[1] ? Number(m[1]) : ORDINAL_WORDS.indexOf(m[2].toLowerCase()) + 1;
    if (n < 1) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: pad(n - 1), relative: false };
  }),
  ];
}

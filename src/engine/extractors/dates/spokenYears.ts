import { eachMatch, type Recognizer } from './candidate';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT = UNITS.join('|');
/** 1 to 99 in words: `six`, `sixteen`, `sixty`, `ninety-six`. */
const TWO_DIGITS = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNIT}))?|${TEENS.join('|')}|${UNIT})`;
const CENTURY: Record<string, number> = { sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

/** `nineteen ninety-six`, `nineteen oh five`, `eighteen hundred`: a year said as two numbers. */
const SPOKEN = new RegExp(`\\b(sixteen|seventeen|eighteen|nineteen|twenty)[- ](hundred|(?:oh|o)[- ](?:${UNIT})|${TWO_DIGITS})\\b(?![- ](?:${UNIT}|hundred|thousand|million)\\b|-|\\s+(?:percent|per|dollars?|cents?|euros?|pounds?|people|persons|men|women|years?|times|of)\\b)`, 'gi');
/** `the year two thousand`, `the year two thousand and one`: a year said as one number, after "year". */
const THOUSANDS = new RegExp(`\\b(?:the\\s+)?year\\s+(two\\s+thousand)(?:(?:\\s+and)?\\s+(${TWO_DIGITS}))?\\b`, 'gi');

/** 1 to 99 from its words. */
function twoDigits(words: string): number {
  let n = 0;
  for (const w of words.toLowerCase().split(/[- ]+/)) {
    if (UNITS.includes(w)) n += UNITS.indexOf(w) + 1;
    else if (TEENS.includes(w)) n += TEENS.indexOf(w) + 10;
    else if (TENS.includes(w)) n += (TENS.indexOf(w) + 2) * 10;
  }
  return n;
}

/** Years said in words, as a speech transcript writes them: `nineteen ninety-six`, `the year two thousand`. */
export const spokenYears: Recognizer = ({ text }) => [
  ...eachMatch(SPOKEN, text, (m) => {
    const rest = m[2].toLowerCase();
    // "twenty twenty" and "twenty ten" are years; "twenty five" alone is a count.
    if (m[1].toLowerCase() === 'twenty' && twoDigits(rest) < 10 && !/^o/.test(rest)) return null;
    const year = CENTURY[m[1].toLowerCase()] * 100 + (rest === 'hundred' ? 0 : twoDigits(rest.replace(/^oh?[- ]/, '')));
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(year), relative: false, rank: 1 };
  }),
  ...eachMatch(THOUSANDS, text, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: 'DATE',
    value: String(2000 + (m[2] ? twoDigits(m[2]) : 0)),
    relative: false,
    rank: 1,
  })),
];

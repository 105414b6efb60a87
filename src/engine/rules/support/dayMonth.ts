import { monthIndex } from './calendar';

/** A day and month read from the text, with the year when written. */
export interface WrittenDay {
  month: number;
  day: number;
  year: number | null;
  /** How many characters of the input the date takes. */
  length: number;
}

const MONTH = '([A-Z][a-z]{2,8}\\.?)';
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?';
const DAY_FIRST = new RegExp(`^(?:the\\s+)?${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`);
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+${ORD}\\b(?:,?\\s+(\\d{4})\\b)?`);

/**
 * Reads a calendar day written at the start of `text`: "3 May", "the 3rd of May", "May 3, 2022".
 * A small parser of its own, so rules read the words whatever way the date extractor groups them.
 */
export function readDayMonth(text: string): WrittenDay | null {
  const d = DAY_FIRST.exec(text);
  if (d) return build(Number(d[1]), d[2], d[3], d[0].length);
  const m = MONTH_FIRST.exec(text);
  if (m) return build(Number(m[2]), m[1], m[3], m[0].length);
  return null;
}

function build(day: number, monthWord: string, year: string | undefined, length: number): WrittenDay | null {
  const month = monthIndex(monthWord);
  if (month === null || day < 1 || day > 31) return null;
  return { month, day, year: year ? Number(year) : null, length };
}

import { absoluteDates } from './absolute';
import { anchoredDates } from './anchored';
import type { Recognizer } from './candidate';
import { durations } from './durations';
import { focusedDates } from './focused';
import { holidays } from './holidays';
import { months } from './months';
import { moveableHolidays } from './moveableHolidays';
import { periods } from './periods';
import { references } from './references';
import { relativeDates } from './relative';
import { sets } from './sets';
import { spokenYears } from './spokenYears';
import { times } from './times';
import { weekdays } from './weekdays';
import { years } from './years';

/**
 * The recognizers, each one family of expressions, with its gate: the words one of its expressions must
 * hold (or a digit). A sentence is split into words once, and runs only the families whose words it has;
 * overlaps between families are settled afterwards by length (see select).
 */
const FAMILIES: readonly { find: Recognizer; digits?: boolean; words?: string }[] = [
  { find: absoluteDates, digits: true },
  { find: months, words: 'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december' },
  { find: years, digits: true },
  { find: periods, words: 'spring summer autumn fall winter quarter half fiscal financial fy q h' },
  {
    find: relativeDates,
    words: 'today tonight yesterday tomorrow night this last next past previous coming current following prior before after earlier ago entire whole full start beginning end middle close rest remainder turn course',
  },
  { find: anchoredDates, words: 'day days session same weekend week month quarter year morning afternoon evening night' },
  { find: focusedDates, words: 'quarter period half month week day year' },
  { find: weekdays, words: 'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays' },
  { find: holidays, words: 'christmas year valentine halloween boxing' },
  { find: moveableHolidays, words: 'thanksgiving election labor memorial king' },
  {
    find: durations,
    words: 'second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight fortnights month months quarter quarters year years decade decades century centuries millennium millennia ago',
  },
  { find: times, digits: true, words: 'noon midnight midday' },
  {
    find: sets,
    words: 'annually yearly annual monthly weekly daily nightly hourly quarterly biannual semiannual biennial biennially every each per day week month year hour quarter',
  },
  { find: spokenYears, words: 'sixteen seventeen eighteen nineteen twenty thousand' },
  { find: references, words: 'now currently current presently nowadays present recent recently lately past future term soon being' },
];

/** Each word, and the families (bits) that need it. */
const WORD_FAMILIES = new Map<string, number>();
FAMILIES.forEach((f, i) => {
  for (const w of f.words?.split(' ') ?? []) WORD_FAMILIES.set(w, (WORD_FAMILIES.get(w) ?? 0) | (1 << i));
});
const DIGIT_FAMILIES = FAMILIES.reduce((mask, f, i) => (f.digits ? mask | (1 << i) : mask), 0);
const NOT_LETTER = /[^a-z]+/;

/** The families whose words the sentence holds, as bits: one split of the sentence, one lookup a word. */
function familiesIn(text: string): number {
  let mask = /\d/.test(text) ? DIGIT_FAMILIES : 0;
  for (const word of text.toLowerCase().split(NOT_LETTER)) mask |= WORD_FAMILIES.get(word) ?? 0;
  return mask;
}

/** The recognizers a sentence can hold expressions of, in registry order. */
export function recognizersFor(text: string): Recognizer[] {
  const mask = familiesIn(text);
  return mask === 0 ? [] : FAMILIES.filter((_, i) => mask & (1 << i)).map((f) => f.find);
}

import { pad } from './calendar';
import { eachMatch, type Recognizer } from './candidate';
import { yearOfMonth } from './months';

/** Holidays on a fixed day of the calendar, and their month and day. Moveable feasts are left out. */
export const FIXED: Record<string, [number, number]> = {
  'christmas eve': [12, 24],
  'christmas day': [12, 25],
  christmas: [12, 25],
  'boxing day': [12, 26],
  "new year's eve": [12, 31],
  "new year's day": [1, 1],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};
const HOLIDAY = /\b(Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Valentine['’]s\s+Day|Halloween)\b(?:,?\s+((?:1[6-9]|20)\d\d)\b)?/g;

/**
 * `Christmas`, `New Year's Eve 2024`: the day in the year stated, or the nearest one the tense points to. Christmas sales and
 * Christmas trees are the season or the custom, so the name is a date only where it stands for the day.
 */
export const holidays: Recognizer = (scope) =>
  eachMatch(HOLIDAY, scope.text, (m) => {
    const after = scope.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!m[2] && /^\s+(?:[a-z]|[A-Z][a-z]+\s+[a-z])/.test(after) && !/^\s+(?:and|or|to|in|on|at|of|this|last|next)\b/.test(after)) return null;
    const [month, day] = FIXED[m[1].toLowerCase().replace(/\s+/g, ' ').replace('’', "'")];
    const year = m[2] ?? (scope.ref ? yearOfMonth(month, scope.ref, scope.tenseAt(m.index, m.index + m[0].length) !== 'past') : 'XXXX');
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${year}-${pad(month)}-${pad(day)}`, relative: !m[2] };
  });

import * as assert from 'node:assert/strict';
import { isValidDay, parseIsoDay, weekdayIndex, weekdayLike, weekdayOf } from '../../../src/engine/rules/support/calendar';
import { checkCases, flagged, type Case } from './helpers';

suite('weekday-mismatch (VER010)', () => {
  test('calendar: weekdays of known days', () => {
    const cases: [number, number, number, string][] = [
      [2021, 10, 12, 'Tuesday'],
      [2023, 6, 9, 'Friday'],
      [2000, 2, 29, 'Tuesday'],
      [1970, 1, 1, 'Thursday'],
      [1969, 12, 31, 'Wednesday'],
    ];
    for (const [year, month, day, name] of cases) assert.equal(weekdayOf({ year, month, day }), weekdayIndex(name), `${year}-${month}-${day}`);
  });

  test('reads day values, also with a time, and only real days', () => {
    assert.deepEqual(parseIsoDay('2021-10-12T10:00'), { year: 2021, month: 10, day: 12 });
    assert.equal(parseIsoDay('2021-10'), null);
    assert.equal(parseIsoDay('XXXX-06-09')?.month, 6);
    assert.equal(isValidDay({ year: 2023, month: 2, day: 29 }), false);
    assert.equal(isValidDay({ year: 2024, month: 2, day: 29 }), true);
  });

  test('a replacement weekday keeps the form of the wrong one', () => {
    const cases: [number, string, string][] = [
      [2, 'Thursday', 'Tuesday'],
      [2, 'thursday', 'tuesday'],
      [2, 'Thurs.', 'Tues.'],
      [2, 'Thu', 'Tue'],
      [5, 'MONDAY', 'FRIDAY'],
    ];
    for (const [index, like, expected] of cases) assert.equal(weekdayLike(index, like), expected);
  });

  test('cases', () => {
    const cases: Case[] = [
      ['The vote took place on Thursday, 12 October 2021, in the capital.', null, ['Thursday, 12 October 2021']],
      ['The vote took place on Tuesday, 12 October 2021, in the capital.', null, []],
      // 9 June 2023 was a Friday; 9 June 2022 a Thursday.
      ['The council met on Friday, June 9 to vote.', '2023-06-20', []],
      ['The council met on Friday, June 9 to vote.', '2022-03-01', ['Friday, June 9']],
      ['The council met on Thursday, June 9 to vote.', '2023-06-20', ['Thursday, June 9']],
      // A yearless date with no publication date cannot be checked.
      ['The council met on Thursday, June 9 to vote.', null, []],
      // January of the next year, written in December: 5 January 2024 was a Friday.
      ['Talks resume on Friday, January 5, officials said.', '2023-12-20', []],
      ['The launch is set for October 12, 2021 (Thursday).', null, ['October 12, 2021 (Thursday']],
      ['The launch is set for October 12, 2021 (Tuesday).', null, []],
      // "sat" is a verb, not an abbreviation, when written in lower case.
      ['The bill sat 12 October 2021 on the desk.', null, []],
      ['No weekday here: 12 October 2021.', null, []],
    ];
    checkCases('weekday-mismatch', cases);
  });

  test('the message states both sides and the quick fix gives the right weekday', () => {
    const text = 'The vote took place on Thursday, 12 October 2021.';
    const [f] = flagged(text, 'weekday-mismatch');
    assert.equal(f.severity, 'error');
    assert.equal(f.message, '12 October 2021 was a Tuesday, not a Thursday.');
    assert.deepEqual(f.fixes, [{ kind: 'replace', start: 23, end: 31, text: 'Tuesday', title: 'Change to Tuesday' }]);
    assert.equal(text.slice(23, 31), 'Thursday');
  });
});

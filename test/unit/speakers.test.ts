import * as assert from 'node:assert/strict';
import { buildMentionTable, resolveSpeakers } from '../../src/engine/resolvers/speakers';
import { attributionsOf } from './attributionHelpers';

const BRIEFING =
  'Nikolai Snopkov, First Deputy Prime Minister of Belarus, visited the plant on Monday.\n' +
  'Snopkov said output rose 12 percent. He added that exports would double.\n' +
  'The minister said the plant would hire 300 people.';

// [text, source as written, expected speaker, expected role]
const CASES: [string, string, string | null, string | null][] = [
  [BRIEFING, 'Snopkov', 'Nikolai Snopkov', 'First Deputy Prime Minister of Belarus'],
  [BRIEFING, 'He', 'Nikolai Snopkov', 'First Deputy Prime Minister of Belarus'],
  [BRIEFING, 'The minister', 'Nikolai Snopkov', 'First Deputy Prime Minister of Belarus'],
  ['Northrop Grumman CEO Ron Sugar said the deal was done.', 'Northrop Grumman CEO Ron Sugar', 'Ron Sugar', 'Northrop Grumman CEO'],
  ['President Donald Trump said taxes would fall. Trump added that wages would rise.', 'Trump', 'Donald Trump', 'President'],
  ['"We lost," said Jane Doe, a spokeswoman for the party.', 'Jane Doe, a spokeswoman for the party', 'Jane Doe', 'a spokeswoman for the party'],
  ['Alexey Avdonin, analyst at the Belarusian Institute of Strategic Research:\nWe see clearly that the economy is changing.', 'Alexey Avdonin', 'Alexey Avdonin', 'analyst at the Belarusian Institute of Strategic Research'],
  ['Sen. Lindsey Graham (R-S.C.) said the bill was dead.', 'Sen. Lindsey Graham (R-S.C.)', 'Lindsey Graham', 'Sen.'],
  ['Jane Roe spoke first. The Congressional Budget Office said costs would rise. She said they would not.', 'She', 'Jane Roe', null],
  ['A spokesman for the Office of Management and Budget said the plan was dead.', 'A spokesman for the Office of Management and Budget', 'A spokesman for the Office of Management and Budget', null],
  ['Airbus President and Chief Executive Officer, Tom Enders, said the plane was ready.', 'Airbus President and Chief Executive Officer, Tom Enders,', 'Tom Enders', 'Airbus President and Chief Executive Officer'],
  ["Clinton's campaign manager, Robby Cole, told reporters the candidate would not drop out.", "Clinton's campaign manager, Robby Cole,", 'Robby Cole', "Clinton's campaign manager"],
  // "he" stands for the last person named as a subject, not for a place named after a preposition.
  ['Steve Jobs took the stage in San Francisco. He said the phone would ship in June.', 'He', 'Steve Jobs', null],
  // No person to stand for: the source stays as written, or unresolved for a bare pronoun.
  ['The company said profits fell.', 'The company', 'The company', null],
  ['He said the plan failed.', 'He', null, null],
  ['A spokesman for Google said the service was restored.', 'A spokesman for Google', 'A spokesman for Google', null],
];

suite('speakers: coreference of sources to the fullest mention', () => {
  for (const [text, source, speaker, role] of CASES) {
    test(`${source} → ${speaker ?? 'nobody'} in "${text.slice(0, 50)}…"`, () => {
      const a = attributionsOf(text).find((x) => x.source?.text === source);
      assert.ok(a, `no attribution with source "${source}"`);
      assert.equal(a.speaker, speaker);
      assert.equal(a.role, role);
    });
  }

  test('the table maps surnames to the fullest name and reads appositive roles', () => {
    const table = buildMentionTable('Xi met Chairman Xi Jinping. Later, Jinping spoke. Mary Ann Smith, the mayor, spoke to Smith.');
    assert.equal(table.bySurname.get('Jinping'), 'Xi Jinping');
    assert.equal(table.bySurname.get('Smith'), 'Mary Ann Smith');
    assert.equal(table.roles.get('Mary Ann Smith'), 'the mayor');
  });

  test('a one-word capitalized source that is only a sentence opener is not a name', () => {
    const table = buildMentionTable('Experts say so.');
    const [r] = resolveSpeakers(table, [{ source: { start: 0, text: 'Experts' }, role: null }]);
    assert.deepEqual(r, { speaker: 'Experts', role: null, named: false });
  });

  test('"he" does not reach back further than a few paragraphs', () => {
    const text = `John Smith arrived. ${'The weather was fine. '.repeat(100)}He said it would rain.`;
    const a = attributionsOf(text).find((x) => x.source?.text === 'He');
    assert.equal(a?.speaker, null);
  });
});

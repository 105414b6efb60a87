import * as assert from 'node:assert/strict';
import { attributionsOf } from './attributionHelpers';

// [text, expected speaker-label attributions as [source, role, content]]
const LABELS: [string, [string, string | null, string][]][] = [
  [
    'The talks went well.\nAlexey Avdonin, analyst at the Institute of Strategic Research:\nWe see clearly that the economy is changing.\nThe economy of innovation is a shared focus.',
    [['Alexey Avdonin', 'analyst at the Institute of Strategic Research', 'We see clearly that the economy is changing.']],
  ],
  // A label with no role; the speech runs on while it speaks in the first person.
  [
    'Nikolai Snopkov:\nWe must live in peace.\nOur task is to cooperate, and we will.\nSnopkov later left for Minsk.',
    [['Nikolai Snopkov', null, 'We must live in peace.\nOur task is to cooperate, and we will.']],
  ],
  // The narrator returns with a paragraph that opens with "He", or without the first person.
  ['Maria Lopez, mayor:\nWe will rebuild.\nHe thanked the volunteers, and we all cheered.', [['Maria Lopez', 'mayor', 'We will rebuild.']]],
  // The next label ends the speech.
  [
    'Jane Roe, senator:\nI disagree.\nJohn Doe, senator:\nI agree with my colleague.',
    [
      ['Jane Roe', 'senator', 'I disagree.'],
      ['John Doe', 'senator', 'I agree with my colleague.'],
    ],
  ],
  // A transcript's all-capital label.
  ['TRUMP:\nWe are going to win.', [['TRUMP', null, 'We are going to win.']]],
];

// Lines that end in a colon but name no speaker.
const NOT_LABELS: string[] = [
  'Key points:\nThe economy grew by 3 percent.',
  'Background:\nThe plant opened in 1999.',
  'Key Takeaways:\nThe plant opened in 1999.',
  'The meeting starts at 4:30:\nMany people came.',
  'Monday, 4:30:\nDoors open.',
  'Here is what we know:\nThe plant opened in 1999.',
  'Update:\nThe road is closed.',
];

suite('attribution: speaker labels', () => {
  for (const [text, expected] of LABELS) {
    test(text.split('\n')[0], () => {
      const found = attributionsOf(text)
        .filter((a) => a.via === 'speaker-label')
        .map((a) => [a.source?.text, a.role, a.content?.text]);
      assert.deepEqual(found, expected);
    });
  }
  for (const text of NOT_LABELS) {
    test(`not a speaker: ${text.split('\n')[0]}`, () => {
      assert.deepEqual(attributionsOf(text).filter((a) => a.via === 'speaker-label'), []);
    });
  }
  test('the claim covers the label line; the cue is its colon', () => {
    const [a] = attributionsOf('Jane Roe, senator:\nI disagree.');
    assert.equal(a.text, 'Jane Roe, senator:');
    assert.equal(a.cue?.text, ':');
  });
});

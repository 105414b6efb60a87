import * as assert from 'node:assert/strict';
import { quotesOf } from './attributionHelpers';

// [text, expected quotes as [words, speaker]]
const QUOTES: [string, [string, string | null][]][] = [
  ['"We will win," said Jane Doe.', [['We will win', 'Jane Doe']]],
  ['“We will win,” Jane Doe said.', [['We will win', 'Jane Doe']]],
  ['«Nous gagnerons cette bataille», a dit Jane Doe.', [['Nous gagnerons cette bataille', null]]],
  ['Smith said: "The plan is dead. We start again."', [['The plan is dead. We start again.', 'Smith']]],
  // Newspaper convention: no closing mark at the end of a paragraph, an opening mark on the next.
  [
    'Governor Ann Whitfield said:\n"We cut spending by a third.\n"We will cut more next year," she said.',
    [['We cut spending by a third.\n"We will cut more next year', 'Ann Whitfield']],
  ],
  ['The minister arrived. "We will not give in to pressure." The talks resume.', [['We will not give in to pressure.', null]]],
  // A quotation with no cue of its own, in the same paragraph or the next, goes on with the last speaker.
  [
    '"They are cutting child care," Murray said in a statement.\n\n"And for what? To pay for tax cuts."',
    [
      ['They are cutting child care', 'Murray'],
      ['And for what? To pay for tax cuts.', 'Murray'],
    ],
  ],
  // ... nor onto a quotation inside the narrator's sentence.
  // Inside the narrator's sentence the quotation is not Smith's; "called" is Jones's cue, as PolNeAR reads it.
  ['"We lost," Smith said.\n\nJones called it "a cruel and reckless plan" on Monday.', [['We lost', 'Smith'], ['a cruel and reckless plan', 'Jones']]],
  ['"We lost," Smith said.\n\nThe report quoted "a cruel and reckless plan" on Monday.', [['We lost', 'Smith'], ['a cruel and reckless plan', null]]],
  // After an adjunct, a participle, or a name and a colon.
  ['Smith said in an interview "We took a big swing and hit a home run."', [['We took a big swing and hit a home run.', 'Smith']]],
  ['The senators released a statement saying "We will ask tough questions."', [['We will ask tough questions.', 'The senators']]],
  ['The emails were released. Secretary of the Air Force James Roche: "No, save it for later."', [['No, save it for later.', 'James Roche']]],
  // ... but not over another attribution.
  [
    '"We lost," Smith said. The agency estimated that 300 jobs would go. "It is a disaster."',
    [
      ['We lost', 'Smith'],
      ['It is a disaster.', null],
    ],
  ],
  // Inside a speaker's speech, a quotation belongs to the speaker.
  ['Nikolai Snopkov, minister:\nAs I said, "there are no alternatives."', [['there are no alternatives.', 'Nikolai Snopkov']]],
];

// Quotation marks that quote no speech.
const NOT_QUOTES: string[] = [
  'The so-called "reform" failed.',
  'He called it "fake news" and left.',
  'His book "The Art of the Deal" sold well.',
  'A 6" pipe and a 12" board.',
  'The laptop has a 13.3" display, while the Pro comes with a 15" one.',
  'The "   " marks stand alone.',
];

suite('attribution: direct quotations', () => {
  for (const [text, expected] of QUOTES) {
    test(text, () => assert.deepEqual(quotesOf(text).map((q) => [q.content.text, q.speaker]), expected));
  }
  for (const text of NOT_QUOTES) {
    test(`not a quotation: ${text}`, () => assert.deepEqual(quotesOf(text), []));
  }
});

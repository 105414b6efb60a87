import * as assert from 'node:assert/strict';
import { scan } from '../../src/engine';
import { attributionsOf, triples, type Triple } from './attributionHelpers';

// Reported speech in every order, with PARC-style spans: the source phrase, the verb group (with its
// auxiliaries and an adverb such as "also", without the hearer of "told"), and the content as PolNeAR marks
// it: with "that" and with its quotation marks and the punctuation inside them.
const REPORTED: [string, Triple[]][] = [
  ['The minister said that taxes would rise.', [['The minister', 'said', 'that taxes would rise']]],
  ['Sales fell 4 percent, the company said.', [['the company', 'said', 'Sales fell 4 percent']]],
  ['"We will win," said Jane Doe, a spokeswoman for the party.', [['Jane Doe, a spokeswoman for the party', 'said', '"We will win,"']]],
  ['John Smith, the minister, said the plan was dead.', [['John Smith, the minister,', 'said', 'the plan was dead']]],
  ['This was stated by Alexander Lukashenko during a meeting.', [['Alexander Lukashenko', 'was stated', null]]],
  ['As Alexander Lukashenko has emphasized, Belarus remains a friend.', [['Alexander Lukashenko', 'has emphasized', 'Belarus remains a friend']]],
  ['Smith told reporters on Monday that the talks had failed.', [['Smith', 'told', 'that the talks had failed']]],
  ['The president on Tuesday warned that the deal was off.', [['The president', 'warned', 'that the deal was off']]],
  ['Officials have not said when the bridge will reopen.', [['Officials', 'have not said', 'when the bridge will reopen']]],
  ['Critics argue the law is unconstitutional.', [['Critics', 'argue', 'the law is unconstitutional']]],
  ['Some believe the vote was rigged.', [['Some', 'believe', 'the vote was rigged']]],
  ['It is claimed that the figures were inflated.', [[null, 'is claimed', 'that the figures were inflated']]],
  ['The economy grew 3 percent, according to the ministry.', [['the ministry', 'according to', 'The economy grew 3 percent']]],
  ['According to the ministry, the economy grew 3 percent.', [['the ministry', 'According to', 'the economy grew 3 percent']]],
  ['In the words of one diplomat, the summit was a failure.', [['one diplomat', 'In the words of', 'the summit was a failure']]],
  ['The plan, she said, will cost $4 billion.', [['she', 'said', 'The plan, she said, will cost $4 billion']]],
  // The content stops before the cue, as PolNeAR marks it; the quotation after it continues the speech.
  ['"It is over," he added. "We lost."', [['he', 'added', '"It is over,"']]],
  ['"It is over," he added, "and we lost."', [['he', 'added', '"It is over,"']]],
  ['Jones acknowledged the error but insisted it was minor.', [['Jones', 'acknowledged', 'the error'], ['Jones', 'insisted', 'it was minor']]],
  ['The ruling was a mistake, lawyers for the family said in a statement.', [['lawyers for the family', 'said', 'The ruling was a mistake']]],
  ['Officials who spoke on condition of anonymity said the strike was imminent.', [['Officials who spoke on condition of anonymity', 'said', 'the strike was imminent']]],
  ['The president has repeatedly claimed, without evidence, that the vote was rigged.', [['The president', 'has repeatedly claimed', 'that the vote was rigged']]],
  ['Election officials in all 50 states have said there is no evidence of fraud.', [['Election officials in all 50 states', 'have said', 'there is no evidence of fraud']]],
  ['Sen. Lindsey Graham (R-S.C.) said the bill was dead.', [['Sen. Lindsey Graham (R-S.C.)', 'said', 'the bill was dead']]],
  ['Smith pointed out that the bill was dead.', [['Smith', 'pointed out', 'that the bill was dead']]],
  ['"We lost." Smith said on Monday.', [['Smith', 'said', '"We lost."']]],
  ['As Treasury Secretary Alan Brooks noted last month, interest payments now exceed defense spending.', [['Treasury Secretary Alan Brooks', 'noted', 'interest payments now exceed defense spending']]],
  ['When the Air Force chose Northrop, Boeing protested before the GAO, claiming the evaluation was skewed.', [['Boeing', 'claiming', 'the evaluation was skewed']]],
  // PolNeAR reads a refusal to speak as an attribution, and a verb of stance with its object.
  ['She declined to comment.', [['She', 'declined', 'to comment']]],
  ['Rubio criticized the plan.', [['Rubio', 'criticized', 'the plan']]],
  ['Smith also said the plan was dead.', [['Smith', 'also said', 'the plan was dead']]],
  // Headlines in title case, a verb joined to a clause whose subject speaks, a poll as the source.
  ['Lindsey Graham Says Trump Could Make a Deal', [['Lindsey Graham', 'Says', 'Trump Could Make a Deal']]],
  ['Cruz exhorted Republicans to vote and said he was standing firm.', [['Cruz', 'said', 'he was standing firm']]],
  ['In a CNN poll, Clinton led by 4 points.', [['a CNN poll', 'In', 'Clinton led by 4 points']]],
  ['Polls show a close contest in Ohio.', [['Polls', 'show', 'a close contest in Ohio']]],
  // A pull quote credited after a dash.
  ['“We deserve better.” ― Ana Maria Ruiz', [['Ana Maria Ruiz', '―', '“We deserve better.”']]],
  // Evidential cues: PolNeAR marks the verb and, as the content, what the judgement is about.
  ['Biden is expected to announce the decision on Friday.', [[null, 'is expected', 'Biden']]],
  ['The senator seemed to waver.', [[null, 'seemed', 'The senator']]],
  ['It appears that the deal is off.', [[null, 'appears', 'that the deal is off']]],
  // Speech that opens another's reported speech is part of it: "she plans" is Stein's words.
  ['Stein said she plans to join the protest.', [['Stein', 'said', 'she plans to join the protest']]],
  ['Stein said the vote was close, and Smith said it was not.', [['Stein', 'said', 'the vote was close, and Smith said it was not'], ['Smith', 'said', 'it was not']]],
  // Speech inside a quotation is the quoted speaker's: "I think" is not a source of its own.
  ['"I think we will win," Smith said.', [['Smith', 'said', '"I think we will win,"']]],
  ["''We lost,'' she said.", [['she', 'said', "''We lost,''"]]],
  ['Pence: Flowers Will Not Attend the Debate', [['Pence', ':', 'Flowers Will Not Attend the Debate']]],
  ['Airbus has warned there could be more job cuts.', [['Airbus', 'has warned', 'there could be more job cuts']]],
  ['The songs cost what Steve Jobs described as "a nominal charge."', [['Steve Jobs', 'described', 'as "a nominal charge."']]],
  // A cue inside a quotation is not inverted onto the words after it.
  ['The adviser added that the president "believes he won."', [['The adviser', 'added', 'that the president "believes he won."']]],
];

// What must NOT be read as an attribution.
const NEGATIVE: string[] = [
  'The said property was sold in 2019.',
  'The economy added 200,000 jobs in March.',
  'The company reported a loss of $1.2 billion.',
  'The bridge seems solid.',
  '“We deserve better.” — Ruiz went on to win the seat.',
  'His disparaging comments drew a rebuke.',
  'Her late-night tweets went viral.',
  'Talks With United States Resume in Geneva',
  'She lived in the poll station district.',
  'It appears in the report.',
  'The White House did not respond to a request for comment.',
  'The proposal, which was announced in May, drew criticism.',
  'Their claims were rejected by the court.',
  'The United States and Canada signed the treaty.',
  'The campaign claimed victory in Iowa.',
  'The meeting starts at 4:30 in the main hall.',
  'He will not concede the election.',
  'Several Republicans privately expressed doubts about the plan.',
  'Analysts expect the central bank to hold rates steady.',
  'The pointed remark hurt.',
  'Note: prices include the sales tax.',
  'Poll results: a dead heat.',
  'Airbus has 149 confirmed orders for the aircraft.',
  'Both served jail sentences on corruption charges, and a new contest was opened.',
];

suite('attribution: claim ranges', () => {
  // A claim is its source and cue; a cue whose source stands away from it is a claim of its own words,
  // so no two attribution claims overlap.
  const RANGES: [string, string[]][] = [
    ['Jones acknowledged the error but insisted it was minor.', ['Jones acknowledged', 'insisted']],
    ['The president, according to two aides, told the premier he would stay.', ['according to two aides', 'told']],
    ['Boeing protested, claiming the evaluation was skewed.', ['claiming']],
  ];
  for (const [text, expected] of RANGES) {
    test(text, () => assert.deepEqual(attributionsOf(text).map((a) => a.text), expected));
  }
});

suite('attribution: reported speech', () => {
  for (const [text, expected] of REPORTED) {
    test(text, () => assert.deepEqual(triples(text), expected));
  }
  for (const text of NEGATIVE) {
    test(`not an attribution: ${text}`, () => assert.deepEqual(triples(text), []));
  }
});

suite('attribution: the speech continued after the cue', () => {
  // [text, figure, whom the figure is attributed to]: a quotation that continues the speech after the
  // cue is the speaker's, though the content stops at the cue; a quotation after another speaker's is not.
  const CASES: [string, string, string | null][] = [
    ['"It is over," he added. "We lost 40 percent."', '40 percent', 'he'],
    ['"It is over," Smith said, "and we lost 40 percent."', '40 percent', 'Smith'],
    ['"It is over," Smith said.\n\nThe party lost 40 percent.', '40 percent', null],
  ];
  for (const [text, figure, source] of CASES) {
    test(text, () => {
      const claim = scan(text).claims.find((c) => c.kind === 'number' && c.text === figure);
      assert.ok(claim, `no claim "${figure}"`);
      assert.equal(claim.attribution?.source ?? null, source);
      const a = attributionsOf(text)[0];
      assert.ok(a.continued === undefined || (a.content!.end <= a.cue!.start && a.continued.start >= a.cue!.end));
    });
  }
});

import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, scan } from '../../src/engine';

const findingsOf = (text: string, rule: string) => scan(text).findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));

// [text, the text each vague-source finding covers]
const VAGUE: [string, string[]][] = [
  ['Experts describe China as a technological superpower.', ['Experts describe']],
  ['Critics argue the law is unconstitutional.', ['Critics argue']],
  ['The plan will fail, officials said.', ['officials said']],
  ['Some believe the vote was rigged.', ['Some believe']],
  ['It is claimed that the figures were inflated.', ['is claimed']],
  ['A senior official said the talks had stalled.', ['A senior official said']],
  ['The adviser, who requested anonymity to discuss the talks, said they had stalled.', ['The adviser, who requested anonymity to discuss the talks, said']],
  ['Two people familiar with the matter said the deal was off.', ['Two people familiar with the matter said']],
  // Named sources, and pronouns or titles that resolve to a named person, are not vague.
  ['Nikolai Snopkov said output rose.', []],
  ['The Labor Department reported that 200,000 jobs were added.', []],
  ['Jane Doe, a spokeswoman for the party, arrived. She said the vote was fair.', []],
  ['The company said profits fell.', []],
  // Evidential cues judge their subject and quote no one: no source to ask for.
  ['The candidate seemed to waver on the question.', []],
  ['Trump is expected to deliver a victory speech.', []],
  ['It appears that the vote was delayed.', []],
];

// [text, the quotations with no speaker]
const UNATTRIBUTED: [string, string[]][] = [
  ['The minister arrived. "We will not give in to pressure." The talks resume.', ['"We will not give in to pressure."']],
  ['"We will not give in," the minister said.', []],
  ['Jane Roe, senator:\nAs the saying goes, "there is no free lunch, ever."', []],
  ['The so-called "reform" failed.', []],
  ['His book "The Art of the Deal" sold well.', []],
  // Partial and scare quotes inside a sentence whose speaker is named.
  ['Trump called it "one of the great miscarriages of justice" on Tuesday.', []],
  ['Nadler said "maybe" the conduct "should be looked at."', []],
  ['The ad concludes that the senator is too "dangerous and reckless" to serve.', []],
  // A verb of saying after, a signature, a colon, the sentence or paragraph before.
  ['"Is the timetable realistic?" asked Sen. Jane Roe.', []],
  ['"We will win the state." ― Jane Roe', []],
  ['In a statement the party wrote: "We will win the state."', []],
  ['"We will win," Roe said. "The voters are with us."', []],
  ['Jane Roe told reporters the vote was fair.\n\n"The voters are with us and we will win."', []],
  // A whole sentence of speech with no one named around it.
  ['The rally ended at noon.\n\n"The voters are with us and we will win."', ['"The voters are with us and we will win."']],
  // Two apostrophes as marks: a closing pair spaced after its comma, a title ending on a digit.
  ["The bill passed. ''The reason is simple, '' said Jane Roe. ''We had the votes.''", []],
  ["The bill passed. ''We had the votes, '' and then the hall emptied.", ["''We had the votes, ''"]],
  ["The network renewed ''Hawaii Five-0'' for a seventh season.", []],
  // A title before its apposition, and whole sentences quoted as names after a word of the sentence.
  ["The show ended. ''Billions,'' on cable, is a drama about money.", []],
  ["The show ended. ''The Voters Are With Us.'' ran on cable.", ["''The Voters Are With Us.''"]],
  ["It is a choice between ''We must act now.'' and ''We can wait a year.''", []],
  // A quotation never closed does not swallow the attribution inside it.
  ['The vote was fair.\n\n"We were never shown the accounts, Jane Roe told the inquiry.\n\nThe hearing ended.', []],
];

suite('rules: vague-source (VER002) and unattributed-quote (VER003)', () => {
  for (const [text, expected] of VAGUE) {
    test(`vague-source: ${text}`, () => assert.deepEqual(findingsOf(text, 'vague-source'), expected));
  }
  for (const [text, expected] of UNATTRIBUTED) {
    test(`unattributed-quote: ${text.split('\n').join(' / ')}`, () => assert.deepEqual(findingsOf(text, 'unattributed-quote'), expected));
  }
  test('registered in id order with their severities and docs pages', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual([...ids].sort(), ids);
    const byName = new Map(RULES.map((r) => [r.name, r]));
    assert.equal(byName.get('vague-source')?.id, 'VER002');
    assert.equal(byName.get('vague-source')?.defaultSeverity, 'info');
    assert.equal(byName.get('unattributed-quote')?.id, 'VER003');
    assert.equal(byName.get('unattributed-quote')?.defaultSeverity, 'warning');
    for (const name of ['vague-source', 'unattributed-quote']) assert.ok(existsSync(join(__dirname, `../../docs/rules/${name}.md`)), name);
  });
});

// [text, claim text, expected source (null: the article's own voice), expected via]
const LINKS: [string, string, string | null, string | null][] = [
  ['Smith said output rose 12 percent in 2024.', '12 percent', 'Smith', 'reported-speech'],
  ['Output rose 12 percent in 2024, according to the ministry.', '12 percent', 'the ministry', 'according-to'],
  ['"Output rose 12 percent," Jane Doe said.', '12 percent', 'Jane Doe', 'quotation'],
  ['Jane Roe, senator:\nWe cut spending by 12 percent.', '12 percent', 'Jane Roe', 'speaker-label'],
  ['Output rose 12 percent in 2024. Smith said the plant would expand.', '12 percent', null, null],
  // The innermost content wins: a quotation inside a speaker's speech goes to the one quoted.
  ['Jane Roe, senator:\nMy colleague John Doe said that spending fell 12 percent.', '12 percent', 'John Doe', 'reported-speech'],
];

suite('linkAttributions: numbers and dates in attributed content', () => {
  for (const [text, claimText, source, via] of LINKS) {
    test(`${claimText} in "${text.split('\n').join(' / ')}"`, () => {
      const result = scan(text);
      const claim = result.claims.find((c) => c.text === claimText);
      assert.ok(claim, `no claim "${claimText}"`);
      assert.equal(claim.attribution?.source ?? null, source);
      assert.equal(claim.attribution?.via ?? null, via);
      if (claim.attribution) {
        assert.ok(result.claims.some((c) => c.id === claim.attribution!.attributionId && c.kind === 'attribution'));
      }
    });
  }
});

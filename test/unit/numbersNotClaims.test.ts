import * as assert from 'node:assert/strict';
import { found } from './numbersHelpers';

// Each family of figures that is not a numeric claim, with inputs that must yield no claim at all.
const NOT_CLAIMS: [string, string[]][] = [
  ['years and decades', ['It was founded in 1976.', 'In 2009, sales fell.', 'the 1990s were good', 'iLife \'11 shipped']],
  ['dates', ['on March 27 the board met', 'by 7/8/07 it was over', 'on 2008-03-01 it closed', 'the 5th of May']],
  ['times', ['at 16:08 UTC', 'at 10:30 am', 'before 5 p.m. today', 'at 9 o\'clock']],
  ['phone numbers', ['call 555-1234 now', 'call (202) 555-0143 now', 'dial 1-800-555-0199 today', 'phone +44 20 7946 0958']],
  ['IP addresses and versions', ['the host 192.168.0.1 answered', 'version 1.2.3 shipped', 'upgrade to v2 now', 'it runs iOS 4.2 and Windows 7']],
  ['list numbering', ['1. First item', '2) Second item', '(3) Third item']],
  ['section and page references', ['see page 5 of the report', 'under section 3.2 of the act', 'Chapter 11 protection', 'it is No. 1 in sales', 'paragraph 4 says so']],
  ['identifiers and model names', ['the Airbus A320 and A380s', 'the Boeing 787 Dreamliner', 'Flight 200 crashed', 'the S&P 500 fell', 'the FTSE-100 rose', 'the Nikkei 225 index', 'the new iPhone 4 and 3G', 'the Airbus A400M flew', 'the 777-200LR flew', 'the final 717 jet']],
  ['durations, which dates own', ['a 24-hour strike', 'a 40-year high', 'a 10-year plan']],
  ['addresses', ['he lives at 10 Downing Street', 'the office at 221 Baker St']],
  ['names glued to codes and numbers', ['the COP26 summit', 'flight MH17 and H1N1', 'the 7-Eleven store', 'the G20 and Covid-19']],
  ['names spelled with numbers', ['the Big Three carmakers', 'the Ford Five Hundred sold well']],
  ['one as a pronoun or article', ['One of the key topics is trade.', 'one of them left', 'It was one big party.', 'at one point it fell']],
  ['ordinals without a superlative', ['the 20th century', 'its 50th anniversary', 'the third quarter', 'for the first time']],
  ['fractions that are not shares', ['half an hour later', 'in the second half', 'at a quarter past', 'it came a third time']],
  ['words that are not multipliers', ['a double murder', 'the triple jump', 'he called twice']],
];

for (const [family, inputs] of NOT_CLAIMS) {
  suite(`numbers: not a claim: ${family}`, () => {
    for (const input of inputs) {
      test(input, () => assert.deepEqual(found(input), [], `no claim expected in ${JSON.stringify(input)}`));
    }
  });
}

// Currency names that are also other words are not money on their own.
const NOT_MONEY: [string, string][] = [
  ['it weighs 4,000 pounds', '4,000 pounds'],
  ['the index passed the 5000 mark', '5000'],
  ['she scored 80 marks in the exam', '80'],
];

suite('numbers: not money', () => {
  for (const [input, text] of NOT_MONEY) {
    test(input, () => {
      const claims = found(input);
      assert.deepEqual(claims.map((c) => c.text), [text]);
      assert.notEqual(claims[0].type, 'money');
    });
  }
});

// Beside a non-claim, the real claims of the same sentence are still found.
const MIXED: [string, string[]][] = [
  ['In 2009, GM cut 10,000 jobs.', ['10,000']],
  ['Boeing sold 60 Boeing 787 jets.', ['60']],
  ['At 16:08 UTC the Dow was down 2.62%.', ['2.62%']],
  ['One of the 44 fields grew 3%.', ['44', '3%']],
  ['The iPhone 4 sold 1.7 million units.', ['1.7 million']],
];

suite('numbers: claims beside non-claims', () => {
  for (const [input, texts] of MIXED) {
    test(input, () => assert.deepEqual(found(input).map((c) => c.text), texts));
  }
});

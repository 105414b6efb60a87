import * as assert from 'node:assert/strict';
import { scan } from '../../src/engine';
import type { DateClaim } from '../../src/engine/types';

/** A small deterministic generator, so a failing text can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const WORDS = (
  'the a of in on at by since until last next this past coming early late mid- Monday Friday March May ' +
  'may march June 2013 1999 12 3 31 0 32 13/13/2020 2/30/2021 7:45 25:99 a.m. p.m. UTC noon year years ' +
  'month week day decade century 21st 0th Q3 Q5 H1 FY fiscal quarter half spring fall today yesterday ' +
  'tomorrow now recently ago later earlier ' + "'90s 1990s two and a half - , . ; ( ) % $ \n \n\n"
).split(' ');

/** The shapes of TIMEX3 values the extractor gives. */
const TIMEX_VALUE =
  /^(?:(?:\d{2,4}|\d{3}X|X{2,4})(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?(?:T(?:\d\d:\d\dZ?|MO|AF|EV|NI))?|-W(?:\d\d|XX)(?:-(?:WE|[1-7]))?|-[QH][\dX]|-(?:SP|SU|FA|WI))?|FY(?:\d{4}|XXXX)|PT?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|Q|WE)|(?:PRESENT|PAST|FUTURE)_REF)$/;

suite('dates: robustness', () => {
  test('random word salad never throws and gives well-formed, non-overlapping claims', () => {
    const next = random(20130322);
    for (let round = 0; round < 150; round++) {
      const text = Array.from({ length: 40 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
      for (const referenceDate of ['2013-03-22', null]) {
        const result = scan(text, { referenceDate, kinds: ['date'] });
        assert.deepEqual(result.errors, [], text);
        const claims = result.claims as DateClaim[];
        claims.forEach((c, i) => {
          assert.ok(c.start < c.end && c.end <= text.length, text);
          assert.equal(c.text, text.slice(c.start, c.end));
          assert.match(c.value, TIMEX_VALUE, `${c.text} in ${text}`);
          if (i > 0) assert.ok(claims[i - 1].end <= c.start, `overlap at ${c.text} in ${text}`);
        });
      }
    }
  });

  test('empty and blank texts', () => {
    for (const text of ['', ' ', '\n\n', '.']) assert.deepEqual(scan(text, { kinds: ['date'] }).claims, []);
  });
});

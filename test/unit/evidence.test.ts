import * as assert from 'node:assert/strict';
import { scan, type Claim } from '../../src/engine';
import { checkEvidence, differsFindings, prepareSource, proposeEvidence, roundingOf, type EvidenceMatch, type SourcePassage } from '../../src/engine/evidence';

/** The claim of the article whose text is `claimText`. */
function claimOf(article: string, claimText: string): Claim {
  const claim = scan(article, { referenceDate: '2024-05-01' }).claims.find((c) => c.text === claimText && c.kind !== 'attribution');
  assert.ok(claim, `"${claimText}" is a claim of: ${article}`);
  return claim;
}

/** [article sentence, the claim's text, the source's text, the match, the value the source gives]. */
type Case = [string, string, string, EvidenceMatch, string | null];

const CASES: Case[] = [
  // Money, allowing the article's rounding.
  ['The ministry said the deal was worth about $4.5bn.', 'about $4.5bn', 'The ministry valued the deal at $4.47 billion.', 'supports', '$4.47 billion'],
  ['The ministry said the deal was worth $4.5bn.', '$4.5bn', 'The ministry valued the deal at $4.54 billion.', 'supports', '$4.54 billion'],
  ['The ministry said the deal was worth $4.5bn.', '$4.5bn', 'The ministry valued the deal at $4.56 billion.', 'differs', '$4.56 billion'],
  ['The ministry said the deal was worth $4.5bn.', '$4.5bn', 'The ministry valued the deal at $3.9 billion.', 'differs', '$3.9 billion'],
  ['The ministry said the deal was worth $4.5bn.', '$4.5bn', 'The ministry valued the deal at €4.5 billion.', 'not-found', null],
  ['The ministry said the deal was worth $4.5bn.', '$4.5bn', 'Harvest yields were up; farmers earned $4.5 billion.', 'not-found', null],
  ['The ministry said the deal was worth $4.5bn.', '$4.5bn', 'Farmers earned $3.1 billion from the harvest.', 'not-found', null],
  // A sentence that gives the value is not contradicted by its other figures.
  ['Revenue rose to $4.5bn last year.', '$4.5bn', 'Revenue rose to $4.47bn, up from $3.9bn.', 'supports', '$4.47bn'],
  // Ratios in their other forms.
  ['In the region, 37 out of 44 schools closed.', '37 out of 44', "Of the region's schools, 37 of the 44 closed.", 'supports', '37 of the 44'],
  ['In the region, 37 out of 44 schools closed.', '37 out of 44', 'In the region 36 of 44 schools closed.', 'differs', '36 of 44'],
  ['In the region, 37 out of 44 schools closed.', '37 out of 44', 'In the region 37 of 45 schools closed.', 'not-found', null],
  ['In the region, 37 out of 44 schools closed.', '37 out of 44', 'In the region 84% of schools closed.', 'supports', '84%'],
  ['In the region, 84% of schools closed.', '84%', 'In the region 37 out of 44 schools closed.', 'supports', '37 out of 44'],
  ['In the region, 84% of schools closed.', '84%', 'In the region 83.4% of schools closed.', 'differs', '83.4%'],
  // Percentages and counts.
  ['Unemployment in the province rose to 5.2% last year.', '5.2%', 'Unemployment in the province reached 5.2 percent.', 'supports', '5.2 percent'],
  ['Unemployment in the province rose to 5.2% last year.', '5.2%', 'Unemployment in the province reached 6.1%.', 'differs', '6.1%'],
  ['Unemployment in the province rose to 5.2% last year.', '5.2%', 'Inflation stood at 6.1%.', 'not-found', null],
  ['The steel plant employs 1,200 workers in Minsk.', '1,200', 'The steel plant in Minsk employs 1,150 workers.', 'differs', '1,150'],
  ['The steel plant employs 1,200 workers in Minsk.', '1,200', 'The steel plant in Minsk employs 1,200 workers.', 'supports', '1,200'],
  ['The steel plant employs 1,200 workers in Minsk.', '1,200', 'Minsk has 900 buses.', 'not-found', null],
  // Dates by their TIMEX3 value.
  ['The bridge over the Dnieper opened on 3 March 2024.', '3 March 2024', 'The Dnieper bridge was opened to traffic on 2024-03-03.', 'supports', '2024-03-03'],
  ['The bridge over the Dnieper opened in March 2024.', 'March 2024', 'The Dnieper bridge was opened on 3 March 2024.', 'supports', '3 March 2024'],
  ['The bridge over the Dnieper opened on 3 March 2024.', '3 March 2024', 'The bridge over the Dnieper was opened on 5 March 2024.', 'differs', '5 March 2024'],
  ['The bridge over the Dnieper opened on 3 March 2024.', '3 March 2024', 'The council met on 5 March 2024.', 'not-found', null],
  ['The bridge over the Dnieper opened on 3 March 2024.', '3 March 2024', 'The Dnieper bridge was opened in 2024.', 'not-found', null],
];

const QUOTES: Case[] = [
  ['"We will not give up... ever," the minister said.', '"We will not give up... ever,"', 'The minister told the crowd: “We will not give up, not now, ever.”', 'supports', 'We will not give up, not now, ever'],
  ['“The plant will reopen in spring,” Ivanova said.', '“The plant will reopen in spring,”', 'Ivanova said: "The plant will reopen in spring."', 'supports', 'The plant will reopen in spring'],
  ['"The plant will reopen in the spring," Ivanova said.', '"The plant will reopen in the spring,"', 'Ivanova said: "The plant will reopen in the autumn."', 'differs', 'The plant will reopen in the autumn'],
  ['"The plant will reopen in the spring," Ivanova said.', '"The plant will reopen in the spring,"', 'Ivanova said the harvest was poor.', 'not-found', null],
  ['"Never again," Ivanova said.', '"Never again,"', 'Ivanova said: "Not again."', 'not-found', null],
];

suite('evidence: matching a claim against a source', () => {
  for (const [article, claimText, sourceText, match, value] of [...CASES, ...QUOTES]) {
    test(`${claimText} against "${sourceText}": ${match}`, () => {
      const claim = claimOf(article, claimText);
      const source = prepareSource('s.txt', [{ text: sourceText, locator: { line: 7 } }]);
      const evidence = checkEvidence(claim, article, [source]);
      assert.equal(evidence[0].match, match, JSON.stringify(evidence));
      assert.equal(evidence[0].value, value);
      if (match === 'not-found') assert.equal(evidence.length, 1);
      else {
        assert.deepEqual(evidence[0].locator, { line: 7 });
        const e = evidence[0];
        assert.equal(e.passage!.slice(e.start!, e.end!), value, 'start and end mark the value in the passage');
      }
    });
  }

  test('the locator is the line of the match within a passage of several lines, the page kept', () => {
    const article = 'The ministry said the deal was worth $4.5bn.';
    const passages: SourcePassage[] = [{ text: 'Annual report.\nSection two.\nThe ministry valued the deal at $4.5 billion.', locator: { page: 3, line: 10 } }];
    const [e] = checkEvidence(claimOf(article, '$4.5bn'), article, [prepareSource('r.pdf', passages)]);
    assert.deepEqual(e.locator, { page: 3, line: 12 });
  });

  test("a table row's two counts support a ratio; the row is the locator", () => {
    const article = 'In the North region, 37 out of 44 schools closed.';
    const rows: SourcePassage[] = [
      { text: 'Region: South; Schools: 44; Closed: 12', locator: { row: 2 } },
      { text: 'Region: North; Schools: 44; Closed: 37', locator: { row: 3 } },
    ];
    const evidence = checkEvidence(claimOf(article, '37 out of 44'), article, [prepareSource('t.csv', rows)]);
    assert.deepEqual(evidence.map((e) => [e.match, e.locator]), [['supports', { row: 3 }]]);
  });

  test('a source that only differs makes a source-differs warning; one that also supports does not', () => {
    const article = 'In the region, 37 out of 44 schools closed.';
    const claim = claimOf(article, '37 out of 44');
    const bad = prepareSource('bad.txt', [{ text: 'In the region 36 of 44 schools closed.', locator: { line: 1 } }]);
    const mixed = prepareSource('mixed.txt', [{ text: 'In the region 36 of 44 schools closed.\n\nLater counts: in the region 37 of 44 schools closed.', locator: { line: 1 } }]);
    const findings = differsFindings(claim, checkEvidence(claim, article, [bad, mixed]));
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.message]), [['source-differs', 'warning', '"37 out of 44": the source gives 36 of 44 (bad.txt, line 1).']]);
  });

  test("of a source's other values only the closest sentence's is listed", () => {
    const article = 'The audit of the fertiliser plant was published on 2 February 2024.';
    const claim = claimOf(article, '2 February 2024');
    const source = prepareSource('audit.txt', [
      { text: 'The audit of the fertiliser plant was published on 9 February 2024.', locator: { line: 1 } },
      { text: 'The audit said the fertiliser plant was opened on 14 March 2023.', locator: { line: 3 } },
    ]);
    assert.deepEqual(checkEvidence(claim, article, [source]).map((e) => [e.match, e.value]), [['differs', '9 February 2024']]);
  });

  test('proposals from a folder: supporting and differing passages ranked by shared words, at most three', () => {
    const article = 'Unemployment in the Gomel province rose to 5.2% in 2023.';
    const folder = [
      prepareSource('a.txt', [{ text: 'Unemployment in the Gomel province reached 5.2% in 2023, the statistics office said.', locator: { line: 4 } }]),
      prepareSource('b.txt', [{ text: 'Unemployment in Brest province was 5.2%.', locator: { line: 1 } }]),
      prepareSource('c.txt', [{ text: 'Inflation was 5.2%.', locator: { line: 1 } }]),
      prepareSource('d.txt', [{ text: 'Unemployment in the Gomel province stood at 4.8%.', locator: { line: 2 } }]),
    ];
    const proposed = proposeEvidence(claimOf(article, '5.2%'), article, folder);
    assert.deepEqual(proposed.map((e) => [e.source, e.match, e.proposed]), [['a.txt', 'supports', true], ['d.txt', 'differs', true], ['b.txt', 'supports', true]]);
  });

  test("the rounding a claim's digits allow", () => {
    const cases: [string, number, 'exact' | 'approx', number][] = [
      ['$4.5bn', 4.5e9, 'exact', 0.05e9],
      ['$4.47 billion', 4.47e9, 'exact', 0.005e9],
      ['about 4,500', 4500, 'approx', 50],
      ['4,500', 4500, 'exact', 0.5],
      ['5.2%', 5.2, 'exact', 0.05],
    ];
    for (const [text, value, qualifier, expected] of cases) assert.ok(Math.abs(roundingOf({ text, value, qualifier }) - expected) < expected * 1e-6, text);
  });
});

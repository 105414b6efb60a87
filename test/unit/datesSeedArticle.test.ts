import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED_ARTICLE } from './fixtureArticles';
import { scan } from '../../src/engine';
import type { DateClaim } from '../../src/engine/types';

const ARTICLE = readFileSync(SEED_ARTICLE, 'utf8');

function datesOf(referenceDate: string | null) {
  const result = scan(ARTICLE, { referenceDate });
  return { result, dates: result.claims.filter((c): c is DateClaim => c.kind === 'date') };
}

suite('dates: the seed article', () => {
  test('with the reference date 2025-06-03, the acceptance values', () => {
    const { dates } = datesOf('2025-06-03');
    const expected: [string, string][] = [
      ['December 2023', '2023-12'],
      ['2025', '2025'],
      ['2026', '2026'],
      ['next year', '2026'],
      ['yesterday', '2025-06-02'],
      ['tomorrow', '2025-06-04'],
      ['Tomorrow', '2025-06-04'],
    ];
    for (const [text, value] of expected) {
      const claim = dates.find((d) => d.text === text);
      assert.ok(claim, `no claim for ${text}`);
      assert.equal(claim.value, value, text);
      assert.equal(claim.resolved, true, text);
    }
    // The headline's year is a date, and so is the year that opens a sentence.
    assert.ok(dates.some((d) => d.text === '2026' && ARTICLE.slice(d.start, d.start + 12) === '2026 Will Be'));
  });

  test('the prices and the statistic are not dates', () => {
    const { dates } = datesOf('2025-06-03');
    // "a Year of Industrial Cooperation" names a year, it does not measure one.
    for (const notDate of ['3.79', '37 out of 44', '44', 'a Year']) assert.ok(!dates.some((d) => d.text.includes(notDate)), notDate);
  });

  test('with no reference date, the findings ask for the publication date', () => {
    const { result, dates } = datesOf(null);
    assert.equal(result.referenceDate, null);
    const unresolved = dates.filter((d) => d.relative && !d.resolved);
    assert.deepEqual(
      unresolved.map((d) => d.text),
      ['tomorrow', 'today', 'yesterday', 'today', 'Tomorrow', 'today', 'next year', 'Today', 'Today', 'today', 'Tomorrow'],
    );
    assert.ok(unresolved.every((d) => /^X/.test(d.value)));
    // One finding for the article, not one per relative date, saying how many depend on the date.
    const findings = result.findings.filter((f) => f.rule === 'unresolved-relative-date');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, new RegExp(`${unresolved.length} relative dates .*publication date`));
    assert.deepEqual(findings[0].fixes, [{ kind: 'set-publication-date', title: 'Set the publication date' }]);
  });
});

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ARTICLE } from '../fixtureArticles';
import { RULES } from '../../../src/engine/rules';
import { scan } from '../../../src/engine/scan';
import type { Finding } from '../../../src/engine/types';

const FIXTURES = join(__dirname, '../../fixtures/consistency');
const SEED = SEED_ARTICLE;
/** The consistency rules, VER010 and up. */
const CONSISTENCY = new Set(RULES.filter((r) => Number(r.id.slice(3)) >= 10).map((r) => r.name));

/** What a planted fixture holds: each inconsistency, and how many other findings are expected. */
interface Expected {
  planted: { rule: string; text: string }[];
  maxElsewhere: number;
}

function consistencyFindings(text: string): Finding[] {
  const result = scan(text);
  assert.deepEqual(result.errors, []);
  return result.findings.filter((f) => CONSISTENCY.has(f.rule));
}

function show(text: string, findings: Finding[]): string {
  return findings.map((f) => `${f.rule}: ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`).join('\n');
}

suite('consistency rules on whole articles', () => {
  const planted = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));
  test('the planted articles are all read: three styles and more', () => assert.ok(planted.length >= 6, planted.join(', ')));
  for (const name of planted) {
    test(`${name}: every planted inconsistency found by its rule, over the words at fault, and little else`, () => {
      const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
      const findings = consistencyFindings(text);
      const used = new Set<Finding>();
      for (const p of expected.planted) {
        const at = text.indexOf(p.text);
        assert.ok(at >= 0, `the fixture holds ${p.text}`);
        const hit = findings.find((f) => f.rule === p.rule && !used.has(f) && f.start < at + p.text.length && at < f.end);
        assert.ok(hit, `${p.rule} on ${JSON.stringify(p.text)} not found in:\n${show(text, findings)}`);
        used.add(hit);
      }
      // Warnings and errors off the planted words are false alarms; infos (an unsourced figure) are allowed.
      const elsewhere = findings.filter((f) => !used.has(f) && f.severity !== 'info');
      assert.ok(elsewhere.length <= expected.maxElsewhere, `findings elsewhere:\n${show(text, elsewhere)}`);
    });
  }

  test('the clean article: no finding from the consistency rules', () => {
    const text = readFileSync(join(FIXTURES, 'clean.txt'), 'utf8');
    const findings = consistencyFindings(text);
    assert.deepEqual(findings, [], show(text, findings));
  });

  test('the seed article: no false alarm, and the unsourced statistic is reported', () => {
    const text = readFileSync(SEED, 'utf8');
    for (const referenceDate of [undefined, '2025-06-03']) {
      const findings = scan(text, { referenceDate }).findings.filter((f) => CONSISTENCY.has(f.rule));
      assert.deepEqual(
        findings.map((f) => [f.rule, text.slice(f.start, f.end)]),
        [['unsourced-statistic', '37 out of 44']],
        show(text, findings),
      );
    }
  });
});

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type Finding } from '../../../src/engine';
import { readLevel, configuredFindings } from '../../../src/config/severity';
import { closestRuleName, unknownRuleWarnings } from '../../../src/config/ruleNames';
import { readSettings } from '../../../src/config/settings';
import { relativeTo } from '../../../src/config/fileSettings';

suite('one configuration: severity vocabulary, rule names, paths', () => {
  const LEVELS: [unknown, string | null][] = [
    ['error', 'error'], ['warning', 'warning'], ['information', 'information'], ['info', 'information'], ['hint', 'hint'], ['off', 'off'],
    ['Info', null], ['warn', null], ['', null], [3, null], [null, null],
  ];
  for (const [input, level] of LEVELS) test(`level ${JSON.stringify(input)} reads as ${level}`, () => assert.equal(readLevel(input), level));

  test('settings store info as information, for claims and rules alike; an invalid level still falls back', () => {
    const warnings: string[] = [];
    const s = readSettings({ get: <T>(k: string) => ({ claimSeverity: { date: 'info' }, ruleSeverity: { 'vague-source': 'info' } } as Record<string, unknown>)[k] as T }, (m) => warnings.push(m), { ruleSeverity: { 'weekday-mismatch': 'loud' } });
    assert.equal(s.claimSeverity.date, 'information');
    assert.equal(s.ruleSeverity['vague-source'], 'information');
    assert.equal(s.ruleSeverity['weekday-mismatch'], undefined);
    assert.equal(warnings.length, 1);
  });

  const TYPOS: [string, string][] = [
    ['vague-sources', 'vague-source'], ['unsourced-statistics', 'unsourced-statistic'], ['weekday-mismatches', 'weekday-mismatch'],
    ['figure_conflict', 'figure-conflict'], ['Name-Spelling', 'name-spelling'], ['unclosed-quotes', 'unclosed-quote'],
  ];
  for (const [typed, real] of TYPOS) test(`"${typed}" is closest to "${real}"`, () => assert.equal(closestRuleName(typed), real));

  test('every real rule name is known; an unknown one gets one warning naming the closest', () => {
    assert.deepEqual(unknownRuleWarnings([...RULES.map((r) => r.name), 'claim-changed', 'ledger-unreadable', 'source-differs'], 'ruleSeverity'), []);
    assert.deepEqual(unknownRuleWarnings(['vague-source', 'vague-sorce'], 'ruleSeverity'), ['Setting ruleSeverity names no rule "vague-sorce"; did you mean "vague-source"?']);
  });

  test('configured findings: off drops, a level replaces the severity, the rest unchanged', () => {
    const f = (rule: string, severity: Finding['severity']): Finding => ({ rule, severity, message: '', start: 0, end: 1 });
    const out = configuredFindings([f('vague-source', 'info'), f('weekday-mismatch', 'warning'), f('figure-conflict', 'warning')], { 'vague-source': 'off', 'weekday-mismatch': 'error' });
    assert.deepEqual(out.map((x) => `${x.rule}:${x.severity}`), ['weekday-mismatch:error', 'figure-conflict:warning']);
  });

  test('src/config stays pure: no Node I/O, no vscode, so the editor, the server and the CLI can all read it', () => {
    const dir = join(__dirname, '../../../src/config');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      assert.doesNotMatch(text, /from '(node:[a-z_/]+|fs|path|vscode|vscode-languageserver[^']*)'/, name);
    }
  });

  const PATHS: [string, string, string | null][] = [
    ['/a/b', '/a/b/news/x.md', 'news/x.md'], ['/a/b/', '/a/b/x.md', 'x.md'], ['/a/b', '/a/bc/x.md', null], ['/a/b', '/a/x.md', null], ['C:\\a', 'C:\\a\\n\\x.md', 'n/x.md'],
  ];
  for (const [root, path, rel] of PATHS) test(`${path} under ${root} is ${rel}`, () => assert.equal(relativeTo(root, path), rel));
});

import * as assert from 'node:assert/strict';
import { EMPTY_PROJECT_CONFIG, parseProjectConfig } from '../../../src/config/projectConfig';
import { DEFAULT_TIME_BUDGET_MS, serverSettings } from '../../../src/server/serverSettings';

suite('server: settings from the client and .verity.json', () => {
  const budgets: [unknown, number, boolean][] = [
    [undefined, DEFAULT_TIME_BUDGET_MS, false],
    [2500, 2500, false],
    [100, 100, false],
    [50, DEFAULT_TIME_BUDGET_MS, true],
    ['10s', DEFAULT_TIME_BUDGET_MS, true],
    [-1, DEFAULT_TIME_BUDGET_MS, true],
    [10_000_000, DEFAULT_TIME_BUDGET_MS, true],
  ];
  for (const [value, expected, warned] of budgets) {
    test(`timeBudgetMs ${JSON.stringify(value)} gives ${expected}${warned ? ', with a warning' : ''}`, () => {
      const warnings: string[] = [];
      const s = serverSettings({ timeBudgetMs: value }, EMPTY_PROJECT_CONFIG, (m) => warnings.push(m));
      assert.equal(s.timeBudgetMs, expected);
      assert.equal(warnings.length, warned ? 1 : 0, warnings.join('; '));
    });
  }

  test('.verity.json wins over the client; other sections and a missing one give the defaults', () => {
    const { config } = parseProjectConfig(JSON.stringify({ dateOrder: 'dmy' }));
    assert.equal(serverSettings({ dateOrder: 'mdy', showVerified: false }, config, () => {}).dateOrder, 'dmy');
    assert.equal(serverSettings({ dateOrder: 'mdy', showVerified: false }, config, () => {}).showVerified, false);
    for (const section of [null, undefined, 'verity', 42, []]) assert.equal(serverSettings(section, EMPTY_PROJECT_CONFIG, () => {}).dateOrder, 'mdy');
  });
});

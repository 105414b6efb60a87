import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, readSettings, SETTING_KEYS } from '../../../src/vscode/settings';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
const contributed = manifest.contributes.configuration.properties as Record<string, { scope?: string; markdownDescription?: string; description?: string; default?: unknown }>;

/** A configuration port over a plain object, as `WorkspaceConfiguration.get` reads it. */
const port = (values: Record<string, unknown>) => ({ get: <T>(key: string) => values[key] as T });

suite('settings', () => {
  test('the manifest contributes exactly the settings the extension reads', () => {
    assert.deepEqual(Object.keys(contributed).sort(), SETTING_KEYS.map((k) => `verity.${k}`).sort());
  });

  test('every setting has a scope, a description and the same default as the code', () => {
    for (const key of SETTING_KEYS) {
      const c = contributed[`verity.${key}`];
      assert.ok(c.scope, `verity.${key} has a scope`);
      assert.ok(c.markdownDescription ?? c.description, `verity.${key} is described`);
      assert.deepEqual(c.default, DEFAULT_SETTINGS[key], `verity.${key}'s default`);
    }
  });

  test('no values: the defaults', () => {
    assert.deepEqual(readSettings(port({})), DEFAULT_SETTINGS);
  });

  const invalid: [string, unknown][] = [
    ['enabledKinds', ['numbers']],
    ['enabledKinds', 'number'],
    ['debounceMs', -5],
    ['debounceMs', '300'],
    ['dateOrder', 'ymd'],
    ['claimSeverity', { number: 'loud' }],
    ['ruleSeverity', { 'weekday-mismatch': 3 }],
    ['showVerified', 'yes'],
    ['publicationDates', { 'a.md': '3 June 2025' }],
    ['publicationDates', { 'a.md': '2024-02-30' }],
    ['publicationDates', { 'a.md': '2024-03-05T25:00' }],
    ['ledgerLocation', 'cloud'],
    ['maxClaimDiagnostics', 1.5],
  ];
  for (const [key, value] of invalid) {
    test(`a wrong value falls back to the default with a warning: ${key} = ${JSON.stringify(value)}`, () => {
      const warnings: string[] = [];
      const settings = readSettings(port({ [key]: value }), (m) => warnings.push(m));
      assert.deepEqual(settings[key as keyof typeof settings], DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], new RegExp(`verity\\.${key}`));
    });
  }

  test('valid values are taken; object settings merge key by key', () => {
    const settings = readSettings(port({ dateOrder: 'dmy', claimSeverity: { date: 'warning' }, enabledKinds: ['date'], publicationDates: { 'a.md': '2024-03-05T10:00:00Z', 'b.md': '2024-03-05' } }));
    assert.deepEqual(settings.publicationDates, { 'a.md': '2024-03-05T10:00:00Z', 'b.md': '2024-03-05' });
    assert.equal(settings.dateOrder, 'dmy');
    assert.deepEqual(settings.enabledKinds, ['date']);
    assert.deepEqual(settings.claimSeverity, { ...DEFAULT_SETTINGS.claimSeverity, date: 'warning' });
  });

  test('.verity.json overrides win over the editor settings', () => {
    const settings = readSettings(port({ dateOrder: 'mdy', ruleSeverity: { a: 'hint' } }), () => {}, { dateOrder: 'dmy', ruleSeverity: { b: 'off' } });
    assert.equal(settings.dateOrder, 'dmy');
    assert.deepEqual(settings.ruleSeverity, { a: 'hint', b: 'off' });
  });
});

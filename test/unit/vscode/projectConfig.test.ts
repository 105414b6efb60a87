import * as assert from 'node:assert/strict';
import { globToRegExp, parseProjectConfig } from '../../../src/vscode/projectConfig';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

suite('.verity.json', () => {
  test('settings and ignored files are read', () => {
    const { config, errors } = parseProjectConfig(JSON.stringify({ $schema: './x', dateOrder: 'dmy', ignoreFiles: ['drafts/**'] }));
    assert.deepEqual(errors, []);
    assert.deepEqual(config.overrides, { dateOrder: 'dmy' });
    assert.ok(config.ignoreFiles[0].test('drafts/a/b.md'));
  });

  const broken: [string, RegExp][] = [
    ['{ "dateOrder": ', /not valid JSON/],
    ['[1, 2]', /must hold an object/],
    ['{ "colour": "red" }', /unknown setting "colour"/],
    ['{ "ignoreFiles": "drafts" }', /ignoreFiles must be a list/],
  ];
  for (const [text, message] of broken) {
    test(`a broken file is reported, never thrown: ${text}`, () => {
      const { errors } = parseProjectConfig(text);
      assert.equal(errors.length, 1);
      assert.match(errors[0], message);
    });
  }

  const globs: [string, string, boolean][] = [
    ['drafts/**', 'drafts/a.md', true],
    ['drafts/**', 'drafts/x/y.txt', true],
    ['drafts/**', 'news/drafts.md', false],
    ['*.txt', 'a.txt', true],
    ['*.txt', 'sub/a.txt', false],
    ['**/notes.md', 'notes.md', true],
    ['**/notes.md', 'a/b/notes.md', true],
    ['**/notes.md', 'a/bnotes.md', false],
    ['news/?.md', 'news/a.md', true],
    ['news/?.md', 'news/ab.md', false],
  ];
  for (const [glob, path, expected] of globs) {
    test(`glob ${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globToRegExp(glob).test(path), expected));
  }

  test('the JSON schema knows every key the parser accepts', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/verity.schema.json'), 'utf8'));
    for (const key of ['enabledKinds', 'dateOrder', 'claimSeverity', 'ruleSeverity', 'showVerified', 'publicationDates', 'ledgerLocation', 'ignoreFiles']) {
      assert.ok(schema.properties[key], key);
      assert.deepEqual(parseProjectConfig(JSON.stringify({ [key]: key === 'ignoreFiles' ? [] : null })).errors, []);
    }
  });
});

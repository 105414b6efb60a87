import * as assert from 'node:assert/strict';
import { fileGlob, parseProjectConfig } from '../../../src/vscode/projectConfig';
import { growth, MAX_GROWTH } from '../growth';
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
    ['*.{md,txt}', 'a.txt', true],
    ['*.{md,txt}', 'a.html', false],
    ['draft-[0-9].md', 'draft-3.md', true],
    ['draft-[0-9].md', 'draft-x.md', false],
    ['*.md', '.hidden.md', true],
    ['**/*.md', '.notes/a.md', true],
    ['*a*a*a*a*a*a*a*a*a*a*b', `${'a'.repeat(40)}b`, true],
    ['*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(40), false],
  ];
  for (const [glob, path, expected] of globs) {
    test(`glob ${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(fileGlob(glob).test(path), expected));
  }

  test('a glob with many stars against a long name takes linear time', () => {
    const glob = fileGlob('*a*a*a*a*a*a*a*a*a*a*b');
    const ratio = growth((n) => 'a'.repeat(n), (name) => assert.equal(glob.test(name), false), 20_000);
    assert.ok(ratio <= MAX_GROWTH, `4x the name took ${ratio.toFixed(1)}x the time`);
  });

  test('a glob minimatch refuses is reported, and the others kept', () => {
    const { config, errors } = parseProjectConfig(JSON.stringify({ ignoreFiles: ['*'.repeat(70_000), 'drafts/**'] }));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /ignoreFiles pattern "\*{80}" is not a glob minimatch can read \(pattern is too long\)/);
    assert.deepEqual(config.ignoreFiles.map((g) => g.glob), ['drafts/**']);
  });

  test('the JSON schema knows every key the parser accepts', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/verity.schema.json'), 'utf8'));
    for (const key of ['enabledKinds', 'dateOrder', 'claimSeverity', 'ruleSeverity', 'showVerified', 'publicationDates', 'ledgerLocation', 'ignoreFiles']) {
      assert.ok(schema.properties[key], key);
      assert.deepEqual(parseProjectConfig(JSON.stringify({ [key]: key === 'ignoreFiles' ? [] : null })).errors, []);
    }
  });
});

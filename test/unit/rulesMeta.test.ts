import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/engine/rules';
import { SEVERITIES } from '../../src/engine/types';

const DOCS = join(__dirname, '../../docs/rules');

suite('rule registry and docs', () => {
  test('there are rules to check', () => {
    assert.ok(RULES.length > 0);
  });

  test('ids are unique, VER and three digits, and listed in order', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of ids) assert.match(id, /^VER\d{3}$/);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(', ')}`);
    assert.deepEqual(ids, [...ids].sort(), 'RULES is ordered by id');
  });

  test('names are unique and kebab-case', () => {
    const names = RULES.map((r) => r.name);
    for (const name of names) assert.match(name, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/);
    assert.equal(new Set(names).size, names.length, `duplicate names: ${names.join(', ')}`);
  });

  test('every rule has a description and a known default severity', () => {
    for (const r of RULES) {
      assert.ok(r.description.trim().length > 10, `${r.name}: description`);
      assert.ok(SEVERITIES.includes(r.defaultSeverity), `${r.name}: severity ${r.defaultSeverity}`);
    }
  });

  for (const rule of RULES) {
    test(`docs/rules/${rule.name}.md has a heading with the id, an example and a section on silencing`, () => {
      const path = join(DOCS, `${rule.name}.md`);
      assert.ok(existsSync(path), `missing ${path}`);
      const doc = readFileSync(path, 'utf8');
      assert.match(doc, new RegExp(`^# ${rule.name} \\(${rule.id}\\)`, 'm'));
      assert.match(doc, /^## Example/m);
      assert.match(doc, /^##.*\b(?:silence|ignore)/im);
      // The example must show something: a fenced block of text.
      const example = doc.slice(doc.search(/^## Example/m));
      assert.match(example, /```[a-z]*\n[^`]+```/);
    });
  }
});

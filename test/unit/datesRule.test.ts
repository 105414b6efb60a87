import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../src/engine';
import { RULES } from '../../src/engine/rules';
import { unresolvedRelativeDate } from '../../src/engine/rules/unresolvedRelativeDate';

suite('rule unresolved-relative-date (VER001)', () => {
  test('is registered, with its id, severity and docs page', () => {
    assert.ok(RULES.includes(unresolvedRelativeDate));
    assert.equal(unresolvedRelativeDate.id, 'VER001');
    assert.equal(unresolvedRelativeDate.defaultSeverity, 'warning');
    assert.ok(existsSync(join(__dirname, '../../docs/rules/unresolved-relative-date.md')));
  });

  test('one finding for the article, on its first relative date, when no reference date is known; none otherwise', () => {
    const cases: [string, string | null, string[]][] = [
      ['He arrived yesterday and leaves on Friday.', null, ['yesterday']],
      ['It ends tomorrow.\n\nIt began yesterday. Next year it returns.', null, ['tomorrow']],
      ['He arrived yesterday and leaves on Friday.', '2025-06-03', []],
      ['It opened in December 2023 and lasted a month.', null, []],
      ['The store is currently closed.', null, []],
      ['March 01, 2008\n\nHe arrived yesterday.', null, []],
      ['---\ndate: 2025-06-03\n---\n\nHe arrived yesterday.', null, []],
    ];
    for (const [text, ref, expected] of cases) {
      const format = text.startsWith('---') ? 'markdown' : 'plaintext';
      const findings = scan(text, { referenceDate: ref, format }).findings.filter((f) => f.rule === 'unresolved-relative-date');
      assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), expected, text);
      for (const f of findings) {
        assert.equal(f.severity, 'warning');
        assert.match(f.message, /publication date/);
        assert.deepEqual(f.fixes, [{ kind: 'set-publication-date', title: 'Set the publication date' }]);
      }
    }
  });

  test('the finding says how many relative dates depend on the publication date', () => {
    const count = (text: string) => /(\d+) relative dates? /.exec(scan(text).findings.find((f) => f.rule === 'unresolved-relative-date')?.message ?? '')?.[1];
    assert.equal(count('He arrived yesterday.'), '1');
    assert.equal(count('He arrived yesterday and leaves on Friday.'), '2');
    assert.equal(count('It ends tomorrow.\n\nIt began yesterday. Next year it returns. Today it rests.'), '4');
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/engine/rules';
import { scan } from '../../../src/engine/scan';

const DOCS = join(__dirname, '../../../docs/rules');

/** The example of a docs page: its first text block and the finding message quoted after it. */
function exampleOf(doc: string): { text: string; message: string } {
  const section = doc.slice(doc.search(/^## Example/m));
  const block = /```text\n([\s\S]*?)```/.exec(section);
  const quote = /((?:^> .*\n?)+)/m.exec(section.slice(block ? block.index + block[0].length : 0));
  assert.ok(block && quote, 'the example has a text block and a quoted message');
  const message = quote[1].split('\n').map((l) => l.replace(/^> ?/, '').trim()).filter(Boolean).join(' ');
  return { text: block[1], message };
}

suite('the docs examples of the consistency rules are what Verity says', () => {
  for (const rule of RULES.filter((r) => Number(r.id.slice(3)) >= 10)) {
    test(rule.name, () => {
      const { text, message } = exampleOf(readFileSync(join(DOCS, `${rule.name}.md`), 'utf8'));
      const messages = scan(text).findings.filter((f) => f.rule === rule.name).map((f) => f.message);
      assert.ok(messages.includes(message), `expected ${JSON.stringify(message)} among ${JSON.stringify(messages)}`);
    });
  }
});

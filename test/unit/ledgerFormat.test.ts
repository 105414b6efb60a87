import * as assert from 'node:assert/strict';
import { applyMark, emptyLedger, HISTORY_LIMIT, ledgerPathFor, parseLedger, serializeLedger, toSource, type Fingerprint, type LedgerLocation } from '../../src/ledger';

const FP: Fingerprint = { kind: 'number', text: '12 out of 15', before: 'kelso now ranks first in', after: 'freight categories on the northern coast', position: 0.3 };
const at = (day: number) => new Date(Date.UTC(2025, 0, day));

suite('ledger format', () => {
  test('serialize then parse gives the same ledger, and the same bytes again', () => {
    const ledger = emptyLedger('harbour.txt');
    ledger.entries['n-b'] = applyMark(null, FP, 'verified', { source: { url: 'https://a.example', title: 'A', note: 'p. 4' }, note: 'ok', at: at(1) });
    ledger.entries['n-a'] = applyMark(null, { ...FP, text: '40%' }, 'needs-source', { at: at(2) });
    const text = serializeLedger(ledger);
    const parsed = parseLedger(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.ledger, ledger);
    assert.equal(serializeLedger(parsed.ledger), text);
    assert.ok(text.indexOf('"n-a"') < text.indexOf('"n-b"'), 'entries sorted by key');
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(Object.keys(JSON.parse(text).entries['n-b']), ['kind', 'text', 'before', 'after', 'position', 'status', 'sources', 'note', 'checkedAt', 'history']);
    assert.deepEqual(Object.keys(JSON.parse(text).entries['n-b'].sources[0]), ['url', 'title', 'accessed', 'note']);
  });

  test('history records changes of status, not every added source, and keeps the last ten', () => {
    let entry = applyMark(null, FP, 'needs-source', { at: at(1) });
    entry = applyMark(entry, FP, 'needs-source', { source: 'Freight yearbook 2024', at: at(2) });
    assert.equal(entry.history.length, 1);
    assert.equal(entry.checkedAt, at(2).toISOString());
    entry = applyMark(entry, FP, 'verified', { at: at(3) });
    assert.deepEqual(entry.history.map((h) => h.status), ['needs-source', 'verified']);
    entry = applyMark(entry, { ...FP, text: '13 out of 15' }, 'verified', { at: at(4) });
    assert.equal(entry.history.length, 3, 'a verdict on new words is a change');
    for (let day = 5; day < 20; day++) entry = applyMark(entry, FP, day % 2 ? 'disputed' : 'verified', { at: at(day) });
    assert.equal(entry.history.length, HISTORY_LIMIT);
    assert.equal(entry.history[HISTORY_LIMIT - 1].at, at(19).toISOString());
  });

  test('the same source added twice is updated, not listed twice', () => {
    let entry = applyMark(null, FP, 'verified', { source: 'https://a.example/x', at: at(1) });
    entry = applyMark(entry, FP, 'verified', { source: { url: 'https://a.example/x', title: 'Report X' }, at: at(2) });
    assert.deepEqual(entry.sources, [{ url: 'https://a.example/x', accessed: '2025-01-02', title: 'Report X' }], 'consulted again: the later day');
  });

  const sources: [string, object][] = [
    ['https://example.org/a?b=c', { url: 'https://example.org/a?b=c', accessed: 'D' }],
    ['www.example.org/report', { url: 'www.example.org/report', accessed: 'D' }],
    ['doi:10.1000/182', { url: 'doi:10.1000/182', accessed: 'D' }],
    ['  Phone call with the port press office, 3 June  ', { citation: 'Phone call with the port press office, 3 June', accessed: 'D' }],
    ['Annual report, p. 12 (see https://x.example)', { citation: 'Annual report, p. 12 (see https://x.example)', accessed: 'D' }],
  ];
  for (const [input, expected] of sources) test(`source "${input.trim()}"`, () => assert.deepEqual(toSource(input, 'D'), expected));

  const lenient: [string, string][] = [
    ['no sources, note or history', '{"version":1,"entries":{"k":{"kind":"date","text":"2015","status":"verified"}}}'],
    ['an unknown extra field', '{"version":1,"article":"a","extra":true,"entries":{}}'],
  ];
  for (const [what, text] of lenient) test(`parses a hand-written ledger with ${what}`, () => assert.ok(parseLedger(text).ok));

  const malformed: [string, string, number, RegExp][] = [
    ['a trailing comma', '{\n  "version": 1,\n  "entries": {},\n}\n', 4, /not valid JSON/],
    ['a merge conflict', '{\n  "version": 1,\n<<<<<<< HEAD\n  "entries": {}\n}\n', 3, /not valid JSON/],
    ['a merge conflict at the top', '<<<<<<< HEAD\n{\n  "version": 1\n}\n', 1, /not valid JSON/],
    ['a word cut short', '{\n  "version": 1,\n  "entries": {\n    "k": { "kind": "date", "text": "x", "status": "verified", "ok": tru }\n  }\n}\n', 4, /not valid JSON/],
    ['a stray token far down', `{\n  "version": 1,\n  "article": "${'a'.repeat(60)}",\n  "entries": {\n  }\n  <<<<<<< HEAD\n}\n`, 6, /not valid JSON/],
    ['an array', '[]', 1, /must be a JSON object/],
    ['no version', '{ "entries": {} }', 1, /"version" must be a positive whole number/],
    ['an unknown kind', '{"version":1,\n"entries":{\n"k":{"kind":"claim","text":"x","status":"verified"}}}', 3, /entry "k": "kind" must be one of/],
    ['sources not a list', '{"version":1,\n"entries":{\n"k":{"kind":"date","text":"x","status":"verified","sources":"u"}}}', 3, /"sources" must be a list/],
    ['an empty file', '', 1, /not valid JSON/],
  ];
  for (const [what, text, line, message] of malformed) {
    test(`refuses ${what}, naming the line`, () => {
      const parsed = parseLedger(text);
      assert.ok(!parsed.ok);
      assert.equal(parsed.error.line, line);
      assert.match(parsed.error.message, message);
    });
  }
});

suite('ledger paths', () => {
  const cases: [string, LedgerLocation, string][] = [
    ['/news/bridge.md', { kind: 'beside' }, '/news/bridge.md.verity.json'],
    ['/ws/news/bridge.md', { kind: 'folder', root: '/ws' }, '/ws/.verity/news/bridge.md.verity.json'],
    ['/ws/news/bridge.md', { kind: 'folder', root: '/ws/' }, '/ws/.verity/news/bridge.md.verity.json'],
    ['file:///ws/news/a%20b.md', { kind: 'folder', root: 'file:///ws' }, 'file:///ws/.verity/news/a%20b.md.verity.json'],
    ['vscode-test-web://mount/news/a.txt', { kind: 'beside' }, 'vscode-test-web://mount/news/a.txt.verity.json'],
    ['C:\\ws\\news\\a.txt', { kind: 'folder', root: 'C:\\ws' }, 'C:\\ws\\.verity\\news\\a.txt.verity.json'],
    // Outside the root (or a root that is only a prefix of a folder name): the file name alone.
    ['/other/a.txt', { kind: 'folder', root: '/ws' }, '/ws/.verity/a.txt.verity.json'],
    ['/wsx/a.txt', { kind: 'folder', root: '/ws' }, '/ws/.verity/a.txt.verity.json'],
  ];
  for (const [article, location, expected] of cases) {
    test(`${article} (${location.kind}) → ${expected}`, () => assert.equal(ledgerPathFor(article, location), expected));
  }
});

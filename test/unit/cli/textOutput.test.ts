import * as assert from 'node:assert/strict';
import { scan } from '../../../src/engine';
import type { CheckedFile } from '../../../src/cli/checked';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';
import { formatSarif } from '../../../src/cli/output/sarif';
import { count, wantsColour } from '../../../src/cli/output/style';
import { formatText } from '../../../src/cli/output/text';
import { collect } from '../../../src/cli/output/chunks';
import { textReport } from '../../../src/cli/output/text';
import { runCli } from './runCli';

const ARTICLE = 'RIVERSIDE, March 14, 2025 — The council approved $42 million on Tuesday, up 1 percentage point, the mayor said.\n\nAbout 45% of 120 delegates agreed.\n';

function file(path: string, text: string): CheckedFile {
  return { path, text, result: scan(text) };
}

/** Runs `verity check` with a terminal or a pipe and an environment of the test's choosing. */
function runWith(argv: string[], stdin: string, isTTY: boolean, env: Record<string, string>): string {
  let out = '';
  const decoder = new TextDecoder();
  const io: CliIo = { stdout: (t) => (out += t), write: (c) => (out += decoder.decode(c, { stream: true })), stderr: () => undefined, readStdin: () => new TextEncoder().encode(stdin), version: 't', isTTY, env };
  main(argv, io);
  return out;
}

suite('text output', () => {
  test('grouped by file: the name once, then its lines, then its summary', () => {
    const text = formatText([file('a.txt', ARTICLE), file('b.txt', 'It cost $5 million.\n')]);
    const blocks = text.trimEnd().split('\n\n');
    assert.equal(blocks.length, 2);
    for (const [k, name] of ['a.txt', 'b.txt'].entries()) {
      const lines = blocks[k].split('\n');
      assert.equal(lines[0], name);
      assert.ok(lines.slice(1, -1).every((l) => /^ {2}\d+:\d+ /.test(l)), blocks[k]);
      assert.match(lines[lines.length - 1], new RegExp(`^${name.replace('.', '\\.')}: `));
    }
  });

  test('columns aligned: kind, quoted text and value start at the same column on every claim line', () => {
    const lines = formatText([file('a.txt', ARTICLE)]).split('\n').filter((l) => /^ {2}\d/.test(l) && / #[a-z]-/.test(l));
    assert.ok(lines.length >= 4);
    const kindAt = lines.map((l) => l.search(/(number|date|attribution|quote) /));
    const quoteAt = lines.map((l) => l.indexOf('"'));
    const valueAt = lines.map((l) => l.indexOf('  ', l.lastIndexOf('"')) + 2);
    for (const column of [kindAt, quoteAt]) assert.equal(new Set(column).size, 1, lines.join('\n'));
    // The value column starts after the widest quoted text: the same for all.
    const afterQuote = lines.map((l, k) => l.slice(valueAt[k]).search(/\S/) + valueAt[k]);
    assert.equal(new Set(afterQuote).size, 1, lines.join('\n'));
  });

  // [text, what the summary or a line must say, what it must not]
  const wording: [string, RegExp, RegExp][] = [
    ['The meeting is on March 3, 2024.\n', /: 1 claim, 0 findings;/, /1 claims/],
    ['About 45% agreed.\n', /: 1 claim, 1 finding;/, /1 findings/],
    ['It cost $5 million and $6 million.\n', /: 2 claims, /, /2 claim,/],
    ['It rose 1 percentage point.\n', /"1 percentage point" +1 percentage point /, /1 percentage points/],
    ['It rose 2 percentage points.\n', /2 percentage points/, /2 percentage point /],
  ];
  for (const [text, says, not] of wording) {
    test(`wording: ${JSON.stringify(text)}`, () => {
      const out = formatText([file('a.txt', text)]);
      assert.match(out, says);
      assert.doesNotMatch(out, not);
    });
  }

  // A claim whose text ends or starts with a space (`"March 14 "`) is shown without it.
  const spaced: [string, string][] = [
    ['March 14 ', '"March 14"'],
    [' March 14', '"March 14"'],
    ['March\n14', '"March 14"'],
    ['March 14', '"March 14"'],
  ];
  for (const [claimText, shown] of spaced) {
    test(`claim text ${JSON.stringify(claimText)} shown as ${shown}`, () => {
      const f = file('a.txt', 'We met on March 14, 2025.\n');
      f.result = { ...f.result, claims: f.result.claims.map((c) => ({ ...c, text: claimText })) };
      const out = formatText([f]);
      assert.ok(out.includes(`${shown}  `), out);
      for (const quoted of out.match(/"[^"\n]*"/g) ?? []) assert.doesNotMatch(quoted, /^"\s|\s"$/);
    });
  }

  const counts: [number, string][] = [
    [0, '0 findings'],
    [1, '1 finding'],
    [2, '2 findings'],
  ];
  for (const [n, expected] of counts) test(`count ${n}`, () => assert.equal(count(n, 'finding'), expected));
});

suite('colour on a terminal only', () => {
  // [isTTY, environment, colour expected]
  const cases: [boolean, Record<string, string>, boolean][] = [
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [true, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    [true, { TERM: 'dumb' }, false],
  ];
  for (const [isTTY, env, colour] of cases) {
    test(`${isTTY ? 'terminal' : 'pipe'} ${JSON.stringify(env)}: ${colour ? 'colour' : 'none'}`, () => {
      assert.equal(wantsColour({ isTTY, env }), colour);
      const out = runWith(['check', '-'], 'About 45% of delegates agreed.\n', isTTY, env);
      assert.match(out, /unsourced-statistic/);
      assert.equal(/\x1b\[/.test(out), colour);
    });
  }

  test('JSON is never coloured, even when forced', () => {
    const out = runWith(['check', '--format', 'json', '-'], 'About 45% agreed.\n', true, { FORCE_COLOR: '1' });
    assert.doesNotMatch(out, /\x1b/);
    assert.ok(JSON.parse(out));
  });

  test('colour is added after the article text is made safe: an escape in the article is still removed', () => {
    const hostile = 'It cost \x1b[2J$5 million.\n';
    const out = collect((w) => {
      const r = textReport(w, { colour: true });
      r.file(file('a\x1b]0;x\x07.txt', hostile));
      r.end();
    });
    assert.doesNotMatch(out, /\x1b\[2J|\x1b\]0/);
    assert.match(out, /\x1b\[1ma\.txt\x1b\[0m/);
  });
});

suite('JSON line and column', () => {
  test('each claim and finding has line and column from 1 that point at its text', () => {
    const { stdout } = runCli(['check', '--format', 'json', '-'], ARTICLE);
    const f = JSON.parse(stdout).files[0];
    const lines = ARTICLE.split('\n');
    assert.ok(f.claims.length > 3 && f.findings.length > 0);
    for (const x of [...f.claims, ...f.findings]) {
      assert.ok(x.line >= 1 && x.column >= 1);
      const offset = lines.slice(0, x.line - 1).reduce((n: number, l: string) => n + l.length + 1, 0) + x.column - 1;
      assert.equal(offset, x.start, JSON.stringify(x));
    }
    const delegates = f.claims.find((c: { text: string }) => c.text === '120');
    assert.deepEqual([delegates.line, delegates.column], [3, 14]);
  });
});

suite('SARIF claims behind --sarif-claims', () => {
  const cases: [string[], boolean][] = [
    [['check', '--format', 'sarif', '-'], false],
    [['check', '--format', 'sarif', '--sarif-claims', '-'], true],
  ];
  for (const [argv, withClaims] of cases) {
    test(argv.join(' '), () => {
      const { code, stdout } = runCli(argv, ARTICLE);
      assert.equal(code, 0);
      const run = JSON.parse(stdout).runs[0];
      const claims = run.results.filter((r: { ruleId: string }) => r.ruleId === 'claim');
      const problems = run.results.filter((r: { ruleId: string }) => r.ruleId !== 'claim');
      assert.ok(problems.length > 0, 'problems listed either way');
      assert.equal(claims.length > 0, withClaims);
      assert.equal(run.tool.driver.rules.some((r: { id: string }) => r.id === 'claim'), withClaims);
      for (const c of claims) {
        assert.equal(c.level, 'note');
        assert.match(c.message.text, /^(number|date|attribution|quote) "/);
        assert.ok(c.locations[0].physicalLocation.region.startLine >= 1);
        assert.match(c.partialFingerprints.verityClaimId, /^[a-z]-/);
      }
    });
  }

  test('--sarif-claims without --format sarif is a usage error', () => {
    const { code, stderr } = runCli(['check', '--sarif-claims', '-'], ARTICLE);
    assert.equal(code, 2);
    assert.match(stderr, /--sarif-claims goes with --format sarif/);
  });

  test('claims count: one note per claim', () => {
    const f = file('a.txt', ARTICLE);
    const run = JSON.parse(formatSarif([f], 't', { claims: true })).runs[0];
    assert.equal(run.results.filter((r: { ruleId: string }) => r.ruleId === 'claim').length, f.result.claims.length);
  });
});

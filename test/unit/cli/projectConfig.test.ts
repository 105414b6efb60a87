import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan, type Finding } from '../../../src/engine';
import { parseProjectConfig } from '../../../src/config/projectConfig';
import { readSettings } from '../../../src/config/settings';
import { LEVEL_OF_SEVERITY } from '../../../src/config/severity';
import { findingLevel } from '../../../src/cards/levels';
import { runCli, runCliAsync } from './runCli';

const BRIDGE = '# Bridge\n\nThe council voted yesterday to close the bridge, sources said. Repairs will cost $4.5m, the mayor said.\n';
const OTHER = 'The plant closed last week, officials said, after sales fell 12%.\n';
const DRAFT = 'A draft: sources said yesterday that 40% of the staff would go.\n';
const CONFIG = {
  publicationDates: { 'news/bridge.md': '2024-03-05' },
  ruleSeverity: { 'vague-source': 'off', 'unresolved-relative-date': 'info' },
  ignoreFiles: ['drafts/**'],
};

/** A newsroom folder: two articles under news/, one draft under drafts/, the .verity.json at its root. */
function newsroom(config: unknown = CONFIG): string {
  // null: no .verity.json at all
  const root = mkdtempSync(join(tmpdir(), 'verity-config-'));
  mkdirSync(join(root, 'news'));
  mkdirSync(join(root, 'drafts'));
  writeFileSync(join(root, 'news', 'bridge.md'), BRIDGE);
  writeFileSync(join(root, 'news', 'other.md'), OTHER);
  writeFileSync(join(root, 'drafts', 'wip.md'), DRAFT);
  if (config !== null) writeFileSync(join(root, '.verity.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return root;
}

type Seen = { rule: string; start: number; end: number; level: string };

/**
 * What the editor publishes for one file of the folder, through the functions the language server uses:
 * readSettings with the .verity.json over empty editor settings, ignoreFiles on the relative path, the
 * server's scan options, and each finding's level by `findingLevel` (`off` publishes nothing).
 */
function editorView(root: string, relative: string): { ignored: boolean; findings: Seen[]; dates: Record<string, string> } {
  const project = parseProjectConfig(readFileSync(join(root, '.verity.json'), 'utf8')).config;
  const settings = readSettings({ get: () => undefined }, () => {}, project.overrides);
  if (project.ignoreFiles.some((g) => g.test(relative))) return { ignored: true, findings: [], dates: {} };
  const result = scan(readFileSync(join(root, relative), 'utf8'), { format: 'markdown', referenceDate: settings.publicationDates[relative], kinds: settings.enabledKinds, dateOrder: settings.dateOrder });
  const findings = result.findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end, level: findingLevel(f, settings) })).filter((f) => f.level !== 'off');
  return { ignored: false, findings, dates: datesOf(result.claims) };
}

function datesOf(claims: readonly { kind: string; text: string; value?: unknown }[]): Record<string, string> {
  return Object.fromEntries(claims.filter((c) => c.kind === 'date').map((c) => [c.text, String(c.value)]));
}

function cliFiles(stdout: string): Map<string, { findings: Finding[]; claims: { kind: string; text: string; value?: unknown }[]; referenceDate: string | null }> {
  return new Map(JSON.parse(stdout).files.map((f: { path: string }) => [f.path, f]));
}

suite('verity check honours the .verity.json above each input', () => {
  test('a folder: the same findings as the editor, the ignored subfolder unread, the rule off silent, dates against the configured day', () => {
    const root = newsroom();
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', root]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const files = cliFiles(stdout);
    assert.deepEqual([...files.keys()], [join(root, 'news', 'bridge.md'), join(root, 'news', 'other.md')], 'drafts/ is not checked');
    assert.equal(editorView(root, 'drafts/wip.md').ignored, true);
    for (const relative of ['news/bridge.md', 'news/other.md']) {
      const cli = files.get(join(root, relative))!;
      const editor = editorView(root, relative);
      const seen = cli.findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end, level: LEVEL_OF_SEVERITY[f.severity] }));
      assert.deepEqual(seen, editor.findings, `${relative}: the CLI's findings are the editor's`);
      assert.deepEqual(datesOf(cli.claims), editor.dates, `${relative}: the same dates`);
      assert.ok(!cli.findings.some((f) => f.rule === 'vague-source'), `${relative}: vague-source is off`);
    }
    const bridge = files.get(join(root, 'news', 'bridge.md'))!;
    assert.equal(bridge.referenceDate, '2024-03-05');
    assert.equal(datesOf(bridge.claims).yesterday, '2024-03-04');
    // other.md has no date: its one unresolved-relative-date comes at the level set, `info` (was warning).
    const other = files.get(join(root, 'news', 'other.md'))!;
    assert.deepEqual(other.findings.filter((f) => f.rule === 'unresolved-relative-date').map((f) => f.severity), ['info']);
  });

  test('negative: the same folder without .verity.json finds the vague sources, the draft and no resolved date', () => {
    const root = newsroom(null);
    const files = cliFiles(runCli(['check', '--format', 'json', root]).stdout);
    assert.equal(files.size, 3);
    assert.ok([...files.values()].some((f) => f.findings.some((x) => x.rule === 'vague-source')));
    assert.equal(files.get(join(root, 'news', 'bridge.md'))!.referenceDate, null);
    assert.deepEqual(files.get(join(root, 'news', 'other.md'))!.findings.filter((f) => f.rule === 'unresolved-relative-date').map((f) => f.severity), ['warning']);
  });

  const GATES: [Record<string, string>, string, number][] = [
    [{ 'unresolved-relative-date': 'error' }, 'error', 1],
    [{ 'unresolved-relative-date': 'off' }, 'warning', 0],
    [{}, 'warning', 1],
    [{ 'unresolved-relative-date': 'info' }, 'information', 1],
    [{ 'unresolved-relative-date': 'info' }, 'warning', 0],
  ];
  for (const [ruleSeverity, failOn, exit] of GATES) {
    test(`the CI gate reads the configured levels: ${JSON.stringify(ruleSeverity)} --fail-on ${failOn} exits ${exit}`, () => {
      const root = newsroom({ ruleSeverity: { 'vague-source': 'off', ...ruleSeverity } });
      assert.equal(runCli(['check', '--format', 'json', '--fail-on', failOn, join(root, 'news', 'other.md')]).code, exit);
    });
  }

  test('flags win over the file: --reference-date, --date-order', () => {
    const root = newsroom({ ...CONFIG, dateOrder: 'dmy' });
    writeFileSync(join(root, 'news', 'slash.md'), 'The vote was on 03/04/2024, the clerk said.\n');
    const byFile = cliFiles(runCli(['check', '--format', 'json', '--reference-date', '2024-06-10', join(root, 'news')]).stdout);
    assert.equal(datesOf(byFile.get(join(root, 'news', 'bridge.md'))!.claims).yesterday, '2024-06-09');
    assert.equal(datesOf(byFile.get(join(root, 'news', 'slash.md'))!.claims)['03/04/2024'], '2024-04-03', 'dateOrder dmy from the file');
    const mdy = cliFiles(runCli(['check', '--format', 'json', '--date-order', 'mdy', join(root, 'news', 'slash.md')]).stdout);
    assert.equal(datesOf(mdy.get(join(root, 'news', 'slash.md'))!.claims)['03/04/2024'], '2024-03-04');
  });

  test('an ignored file named on the command line is skipped with a note, as ESLint does; exit 0', () => {
    const root = newsroom();
    const draft = join(root, 'drafts', 'wip.md');
    const { code, stdout, stderr } = runCli(['check', '--format', 'json', draft]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).files, []);
    assert.equal(stderr, `verity: ${draft}: skipped: ignored by ${join(root, '.verity.json')} (ignoreFiles)\n`);
  });

  test('the nearest .verity.json wins whole; paths are relative to its folder', () => {
    const root = newsroom();
    writeFileSync(join(root, 'news', '.verity.json'), JSON.stringify({ publicationDates: { 'bridge.md': '2025-01-10' } }));
    const files = cliFiles(runCli(['check', '--format', 'json', root]).stdout);
    const bridge = files.get(join(root, 'news', 'bridge.md'))!;
    assert.equal(datesOf(bridge.claims).yesterday, '2025-01-09');
    assert.ok(bridge.findings.some((f) => f.rule === 'vague-source'), 'the root file\'s "off" does not reach under news/.verity.json');
    assert.ok(!files.has(join(root, 'drafts', 'wip.md')), 'drafts/ is still under the root file');
  });

  const BROKEN: [string, string, RegExp][] = [
    ['not JSON', '{ "ruleSeverity": ', /\.verity\.json: is not valid JSON: /],
    ['not an object', '[1, 2]', /\.verity\.json: must hold an object of settings/],
    ['a bad level', JSON.stringify({ ruleSeverity: { 'vague-source': 'loud' } }), /\.verity\.json: Setting ruleSeverity has an invalid value/],
    ['an unknown setting', JSON.stringify({ ruleSeverty: {} }), /\.verity\.json: unknown setting "ruleSeverty"/],
  ];
  for (const [name, text, message] of BROKEN) {
    test(`a .verity.json with ${name}: one line naming it, no stack, the check goes on with the defaults`, async () => {
      const root = newsroom(text);
      const { code, stdout, stderr } = await runCliAsync(['check', '--format', 'json', root]);
      assert.equal(code, 0);
      const lines = stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, stderr);
      assert.ok(lines[0].startsWith(`verity: ${join(root, '.verity.json')}: `), lines[0]);
      assert.match(lines[0], message);
      const files = cliFiles(stdout);
      assert.equal(files.size, 3, 'ignoreFiles is not applied');
      assert.ok([...files.values()].some((f) => f.findings.some((x) => x.rule === 'vague-source')), 'default severities');
    });
  }

  test('an unknown rule name is warned with the closest real one, and the rest of the file applies', () => {
    const root = newsroom({ ...CONFIG, ruleSeverity: { 'vague-sources': 'off', 'unresolved-relative-dates': 'hint' } });
    const { stderr, stdout } = runCli(['check', '--format', 'json', root]);
    assert.match(stderr, /names no rule "vague-sources"; did you mean "vague-source"\?/);
    assert.match(stderr, /names no rule "unresolved-relative-dates"; did you mean "unresolved-relative-date"\?/);
    assert.equal(cliFiles(stdout).size, 2, 'ignoreFiles still applies');
  });

  test('report and mark read the same file: the configured date, and ledgerLocation folder puts the ledger in .verity/', async () => {
    const root = newsroom({ ...CONFIG, ledgerLocation: 'folder' });
    const bridge = join(root, 'news', 'bridge.md');
    const report = JSON.parse(runCli(['report', '--format', 'json', bridge]).stdout);
    assert.ok(JSON.stringify(report).includes('2024-03-04'), 'yesterday resolved against 2024-03-05');
    const id = cliFiles(runCli(['check', '--format', 'json', bridge]).stdout).get(bridge)!.claims.find((c) => c.text === 'yesterday') as unknown as { id: string };
    const marked = await runCliAsync(['mark', bridge, id.id, '--status', 'verified']);
    assert.equal(marked.code, 0, marked.stderr);
    assert.ok(existsSync(join(root, '.verity')), 'the ledger is under the .verity.json\'s folder');
    assert.ok(!existsSync(`${bridge}.verity.json`), 'not beside the article');
  });
});

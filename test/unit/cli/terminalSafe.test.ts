import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { terminalSafe } from '../../../src/cli/output/terminal';
import { runCli } from './runCli';

suite('CLI text output: what a terminal would run is removed', () => {
  const cases: [string, string, string][] = [
    ['plain text, tabs and line breaks', 'a\tb\nc “d” é 中', 'a\tb\nc “d” é 中'],
    ['erase the line (CSI)', 'x\x1b[2Ky', 'xy'],
    ['colour (CSI with parameters)', '\x1b[1;31mred\x1b[0m', 'red'],
    ['set the window title (OSC, BEL)', '\x1b]0;pwned\x07ok', 'ok'],
    ['OSC 8 hyperlink (ST)', '\x1b]8;;https://evil\x1b\\link\x1b]8;;\x1b\\', 'link'],
    ['a lone ESC and a two-character sequence', 'a\x1bcb\x1b', 'ab'],
    ['C0 controls: backspace, carriage return, bell, NUL', 'a\bb\rc\x07d\x00e', 'abcde'],
    ['DEL and C1 (CSI as one character)', 'a\x7fb\x9b2Kc', 'ab2Kc'],
    ['bidi override and isolate', 'abc\u202edcba\u2066x\u2069', 'abcdcbax'],
  ];
  for (const [name, input, expected] of cases) test(name, () => assert.equal(terminalSafe(input), expected));

  test('verity check: an article with control sequences prints none of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verity-terminal-'));
    const file = join(dir, 'a\x1b[2K.txt');
    writeFileSync(file, 'The harbour cost $5 million \x1b]0;pwned\x07 in 2024, said Mayor \u202eEvil\x1b[1A.\n');
    const { stdout } = runCli(['check', file]);
    assert.match(stdout, /\$5 million/);
    assert.doesNotMatch(stdout, /[\x1b\x07\u202e]/);
    // The JSON output keeps the text as it is (escaped by JSON): it is data, not for a terminal.
    assert.match(runCli(['check', '--format', 'json', file]).stdout, /\\u001b/);
  });
});

import * as assert from 'node:assert/strict';
import type { DocumentFormat } from '../../src/engine';
import { CUE_WORDS, PARTICLES } from '../../src/engine/extractors/attribution/cueWords';
import { FIXED } from '../../src/engine/extractors/dates/holidays';
import { MONTH_NAMES, PARTS_OF_DAY, SEASONS, UNITS as TIME_UNITS, WEEKDAYS } from '../../src/engine/extractors/dates/lexicon';
import { FREQUENCY } from '../../src/engine/extractors/dates/sets';
import {
  CURRENCY_ADJECTIVES,
  CURRENCY_NOUNS,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIXES,
  ISO_CODES,
  LETTER_PREFIXES,
  MINOR_UNITS,
} from '../../src/engine/extractors/numbers/currencies';
import { CARDINALS, FRACTIONS, GROUP_WORDS, MULTIPLIER_WORDS, ORDINALS, SCALES, SHORT_SCALES, VAGUE_SCALES } from '../../src/engine/extractors/numbers/numberWords';
import { TITLE_WORDS } from '../../src/engine/resolvers/nameWords';
import { assertSaneResult } from './hostileHelpers';
import { ScanHang, ScanWorker } from './scanWorker';

/**
 * Every word of the engine's own lexicons, in every place an article can put a word: a sentence opening
 * with a capitalized frequency word once looped forever, and no fuzz had put an ordinary word at a
 * sentence start. Each scan runs in a worker with a bound on its time: a generous one, that only a hang
 * or a blow-up would reach (a hang detector, not a speed test).
 */
const CPU_BOUND_MS = 2000;
/** Wall time after which the worker is stopped: a scan that never returns fails here. */
const HANG_MS = 10_000;

const keys = (table: ReadonlyMap<string, unknown> | Record<string, unknown> | ReadonlySet<string> | readonly string[]): string[] =>
  table instanceof Map ? [...table.keys()] : table instanceof Set ? [...table] : Array.isArray(table) ? [...table] : Object.keys(table);

/** The lexicons, imported from the engine (never retyped: a word added there is tried here). */
const LEXICONS: [string, string[]][] = [
  ['months', [...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept']],
  ['weekdays', WEEKDAYS],
  ['frequency words', keys(FREQUENCY)],
  ['time words', [...keys(SEASONS), ...keys(PARTS_OF_DAY), ...keys(TIME_UNITS), ...keys(FIXED)]],
  ['number words', [CARDINALS, GROUP_WORDS, SCALES, SHORT_SCALES, VAGUE_SCALES, FRACTIONS, ORDINALS, MULTIPLIER_WORDS].flatMap(keys)],
  ['cue verbs', [...keys(CUE_WORDS), ...[...PARTICLES].map(([verb, particle]) => `${verb} ${particle}`)]],
  ['titles', keys(TITLE_WORDS)],
  ['currency names and symbols', [ISO_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, LETTER_PREFIXES, CURRENCY_NOUNS, MINOR_UNITS, CURRENCY_ADJECTIVES].flatMap(keys)],
];

const capitalized = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The word in every place of an article, from the first character of the file to the last: opening a
 * sentence, alone on a line and in a paragraph, in quotes, under a speaker label, in a Markdown heading
 * and list item, beside figures, and closing the file.
 */
function places(w: string, lower: string): string[] {
  return [
    `${w} net income rose.`,
    `Sales fell. ${w} net income rose 4% in March, the company said.`,
    `First line.\n${w}\nLast line.`,
    w,
    `"${w}," she said. “${w} ${lower},” he said. '${w}' was the word.`,
    `MARIA LOPEZ: ${w} net income rose.`,
    `Maria Lopez:\n${w}`,
    `# ${w} report`,
    `## ${w}`,
    `- ${w} sales rose.\n- ${w}\n1. ${w}\n* ${w} 12`,
    `> ${w} said the minister, 61.`,
    `${w} 12 rose by 3 ${lower} to ${w}5, up from $4 million ${lower} in 2019.`,
    `It rose ${lower}.`,
    `The last word is ${w}`,
  ];
}

/**
 * The texts one word gives: an article with the word capitalized in every place, then in capitals in
 * every place (so it opens the file capitalized and closes it in capitals), and the word alone.
 */
function texts(word: string): string[] {
  const cap = capitalized(word);
  const upper = word.toUpperCase();
  const article = [...places(cap, word), ...places(upper, word)].join('\n\n');
  return [article, ...new Set([cap, upper, `${upper}\n`])];
}

suite('lexicon fuzz: every word of the engine, everywhere in an article', function () {
  // Some thousand scans: the bound that matters is the one on each call, below.
  this.timeout(600_000);
  const worker = new ScanWorker();
  suiteSetup(async () => {
    await worker.scan('Warm-up.', 'plaintext', 120_000);
  });
  suiteTeardown(() => worker.close());

  test('the lexicons were imported', () => {
    for (const [name, words] of LEXICONS) assert.ok(words.length > 0, name);
    assert.ok(LEXICONS.find(([name]) => name === 'frequency words')![1].includes('quarterly'));
  });

  for (const [name, words] of LEXICONS) {
    test(`${name} (${new Set(words).size} words)`, async () => {
      const failures: string[] = [];
      for (const word of new Set(words)) {
        if (failures.length >= 10) break; // enough to see what is wrong
        for (const text of texts(word)) {
          for (const format of ['plaintext', 'markdown'] as DocumentFormat[]) {
            const label = `${format} ${JSON.stringify(text.slice(0, 40))}`;
            try {
              const { result, cpuMs } = await worker.scan(text, format, HANG_MS);
              if (cpuMs > CPU_BOUND_MS) failures.push(`${label}: ${cpuMs.toFixed(0)} ms`);
              if (result.errors.length > 0) failures.push(`${label}: ${result.errors.map((e) => `${e.stage}: ${e.message}`).join('; ')}`);
              assertSaneResult(text, result, label);
            } catch (e) {
              failures.push(`${label}: ${e instanceof ScanHang ? 'no answer: the scan hangs' : (e as Error).message.split('\n')[0]}`);
            }
          }
        }
      }
      assert.deepEqual(failures, []);
    });
  }
});

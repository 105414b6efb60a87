/**
 * The hostile inputs of issue 10: text pasted from anywhere (PDFs, CMS exports, spreadsheets, wire feeds)
 * at its worst. Each input is bytes plus a file name, so the same list feeds the engine's unit tests
 * (decoded), the CLI's end-to-end test (written to a folder) and `tsx scripts/hostile/index.ts` by hand.
 */
import { seededRandom } from '../seededRandom';

export { seededRandom };

/** One hostile input: its file name (the extension picks plain text or Markdown) and its bytes. */
export interface HostileInput {
  name: string;
  bytes: Uint8Array;
}


const utf8 = (text: string) => new TextEncoder().encode(text);

/** `unit` repeated until the text is `size` UTF-16 units long (cut at the end). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** One line with no break at all, full of figures and dates of every shape the extractors read. */
function endlessLine(size: number): string {
  const pieces = ['$4.5bn', '12%', 'March 3, 2024', '3/4/2025', '1,234,567', 'up 3.2 percentage points', 'Tuesday',
    'in 2019', '7-1/2 pct', 'between 5 and 10 km', 'the 1990s', 'three-quarters', 'last year', '2.50 USD'];
  const random = seededRandom(7);
  let out = '';
  while (out.length < size) out += `${pieces[Math.floor(random() * pieces.length)]} and `;
  return out.slice(0, size);
}

/** Capitalized words with no sentence end: a name finder's worst case. */
function capitalizedNames(size: number): string {
  const names = ['Maria', 'Lopez', 'James', 'Okafor', 'Nikolai', 'Snopkov', 'Riverside', 'Council', 'Minister', 'President'];
  const random = seededRandom(11);
  let out = '';
  while (out.length < size) out += `${names[Math.floor(random() * names.length)]} `;
  return out.slice(0, size);
}

function randomBytes(size: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

/** Text with NUL bytes sprinkled in, but too few to be taken for a binary file. */
function withNuls(size: number): Uint8Array {
  const text = utf8(repeatTo('Sales rose 12% to $4.5bn on March 3, 2024, the company said. ', size));
  for (let i = 50; i < text.length; i += 97) text[i] = 0;
  return text;
}

/** Latin-1 bytes (é, £, ½, ») that are not valid UTF-8. */
function latin1(size: number): Uint8Array {
  const sentence = 'Le caf\xe9 co\xfbte \xa34,50, soit \xbd de plus qu\'en 2019, a dit \xable patron\xbb. ';
  const text = repeatTo(sentence, size);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Emoji (surrogate pairs, ZWJ sequences) and combining marks around claims: offsets must stay UTF-16. */
export function emojiAndMarks(size: number): string {
  const sentence = '👩‍👩‍👧 Cafe\u0301 sales rose 12% 🚀 to $4.5bn on March 3, 2024, Zoe\u0308 Lopez said. "We 🎉 won," she said. ';
  return repeatTo(sentence, size);
}

/**
 * Markdown nested `depth` levels deep on one line: block quotes (`> > > ...`) or list items (`- - - ...`,
 * each item opening a list in itself), followed by a claim and a second line that continues it lazily.
 */
export function deepMarkdown(depth: number, kind: 'quote' | 'list'): string {
  const marker = kind === 'quote' ? '> ' : '- ';
  return `${marker.repeat(depth)}It cost $5 million in 2024.\nIt rose 12% on March 3, 2024.\n`;
}

/**
 * Every hostile input at about `size` bytes (the deep Markdown is `depth` levels deep). The CLI's
 * acceptance test uses 2 MB; the engine's unit tests use smaller sizes to keep the suite fast.
 */
export function hostileInputs(size: number, depth = 100_000): HostileInput[] {
  return [
    { name: 'commas.txt', bytes: utf8(repeatTo('1,', size)) },
    { name: 'quotes.txt', bytes: utf8(repeatTo('"', size)) },
    { name: 'said.txt', bytes: utf8(repeatTo('said ', size)) },
    { name: 'according-to.txt', bytes: utf8(repeatTo('according to the ', size)) },
    { name: 'march-3.txt', bytes: utf8(repeatTo('March 3, ', size)) },
    { name: 'endless-line.txt', bytes: utf8(endlessLine(size)) },
    { name: 'capitalized-names.txt', bytes: utf8(capitalizedNames(size)) },
    { name: 'random-bytes.txt', bytes: randomBytes(size, 1) },
    { name: 'nul-bytes.txt', bytes: withNuls(size) },
    { name: 'latin1.txt', bytes: latin1(size) },
    { name: 'empty.txt', bytes: new Uint8Array(0) },
    { name: 'bom.txt', bytes: utf8('\uFEFFIt cost $5 million on March 3, 2024, the mayor said.\n') },
    { name: 'emoji.txt', bytes: utf8(emojiAndMarks(size)) },
    { name: 'deep-quotes.md', bytes: utf8(deepMarkdown(depth, 'quote')) },
    { name: 'deep-lists.md', bytes: utf8(deepMarkdown(depth, 'list')) },
  ];
}

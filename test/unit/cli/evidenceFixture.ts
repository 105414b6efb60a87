import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tinyPdf } from '../sources/tinyPdf';

/**
 * A held-out-style article (written for this test, not from any corpus) with its sources in four
 * formats. Each planted claim says which source it rests on, what the source should give and where.
 */
export const ARTICLE = `GOMEL, 3 May 2024 - The region's exports rose to about $4.5bn in 2023, the statistics office said, up 12% on the year before.

Of the region's schools, 37 out of 44 closed for repairs last winter. In Brest, unemployment reached 6.1% in 2023.

The new fertiliser plant opened on 14 March 2023 and employs 1,200 workers, according to the audit published on 2 February 2024.

"We will not close a single school more... this year," Education Minister Olga Ivanova said. "The budget for school repairs has doubled since last spring," she added.

The region has 2,300 teachers. Wages grew 7% last year.
`;

export const SOURCES: Record<string, string | Uint8Array> = {
  'sources/trade-release.txt': `National Statistics Office
Regional trade release, 2023

Exports of the Gomel region reached $4.47 billion in 2023.
Exports rose 9.8% on the year before, driven by potash and timber.

Imports fell to $3.1 billion.
`,
  'sources/ministry.html': `<!doctype html><html><head><title>Ministry of Education</title><script>var banner = "Save 20% today";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/x">Inflation reached 7% in the capital</a></nav>
<main><article><h1>Minister visits Gomel schools</h1>
<p>Education Minister Olga Ivanova visited the region on Thursday and spoke to teachers and parents about the closures of last winter, which affected most of its schools.</p>
<p>“We will not close a single school more, not in this district and not this year,” Ivanova told parents at a school in the centre of Gomel, where repairs are still under way.</p>
<p>She said the budget for school repairs has tripled since last spring, and that work on the roofs of the remaining buildings would be finished before the autumn term begins.</p>
<p>Inflation in the region was 7% in the first quarter, according to the central bank, which expects prices to slow later in the year.</p>
</article></main><footer>© Ministry of Education 2024</footer></body></html>`,
  'sources/audit.pdf': tinyPdf([
    ['State Audit Committee', 'Report on the Gomel fertiliser plant', 'Published on 9 February 2024'],
    ['1. Construction and staffing', 'The fertiliser plant was opened on 14 March 2023', 'after four years of construction.', 'The plant employs 1,150 workers on three shifts.'],
  ]),
  'sources/schools.csv': `Region,Schools,Closed for repairs,Unemployment (%)
Brest,51,9,5.4
Gomel,44,37,4.9
Minsk,60,12,3.1
`,
};

/** [claim text, source, expected match, the value the source gives, locator] for each planted claim. */
export const PLANTED: [string, string, 'supports' | 'differs' | 'not-found', string | null, object | null][] = [
  ['about $4.5bn', 'sources/trade-release.txt', 'supports', '$4.47 billion', { line: 4 }],
  ['12%', 'sources/trade-release.txt', 'differs', '9.8%', { line: 5 }],
  ['37 out of 44', 'sources/schools.csv', 'supports', '37 of 44', { row: 3 }],
  ['6.1%', 'sources/schools.csv', 'differs', '5.4%', { row: 2 }],
  ['14 March 2023', 'sources/audit.pdf', 'supports', '14 March 2023', { page: 2, line: 2 }],
  ['1,200', 'sources/audit.pdf', 'differs', '1,150', { page: 2, line: 4 }],
  ['2 February 2024', 'sources/audit.pdf', 'differs', '9 February 2024', { page: 1, line: 3 }],
  ['"We will not close a single school more... this year,"', 'sources/ministry.html', 'supports', 'We will not close a single school more, not in this district and not this year', { paragraph: 3 }],
  ['"The budget for school repairs has doubled since last spring,"', 'sources/ministry.html', 'differs', 'the budget for school repairs has tripled since last spring', { paragraph: 4 }],
  ['2,300', 'sources/trade-release.txt', 'not-found', null, null],
  ['7%', 'sources/ministry.html', 'not-found', null, null],
];

/** Writes the article and its sources into a folder; returns the article's path. */
export function writeWorkspace(root: string, sourcesFolder = ''): string {
  for (const [rel, content] of Object.entries(SOURCES)) {
    const path = join(root, sourcesFolder, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const article = join(root, 'news', 'gomel.txt');
  mkdirSync(dirname(article), { recursive: true });
  writeFileSync(article, ARTICLE);
  return article;
}

import type { TextModel } from '../text/textModel';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Date shapes a dateline uses: `March 01, 2008`, `4 March 2024`, `2024-03-04`. */
const SHAPES: { re: RegExp; read(m: RegExpExecArray): [number, number, number] }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), read: (m) => [+m[3], month(m[1]), +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => [+m[3], month(m[2]), +m[1]] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [+m[1], +m[2], +m[3]] },
];

/** A line that is only a date, or that opens with one of the cues a dateline carries. */
const DATELINE_LINE = /^(?:(?:published|posted|updated|dated|date)\b[:\s]*|[A-Z][A-Z .'-]{1,30},\s*|\(?\w+day,?\s+)?/i;

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * The publication date from a dateline in the first few paragraphs: a line that is a date on its own
 * (`March 01, 2008`), a wire dateline (`MINSK, May 28, 2025 (BelTA) –`), or `Published 4 March 2024`.
 * A date inside a sentence of the body is not a dateline.
 */
export function findDateline(model: TextModel): string | null {
  for (const p of model.paragraphs.slice(0, 6)) {
    const line = model.prose.slice(p.start, p.end);
    if (line.length > 160) continue;
    const lead = DATELINE_LINE.exec(line)?.[0].length ?? 0;
    for (const shape of SHAPES) {
      const m = shape.re.exec(line);
      if (!m || m.index > lead) continue;
      const rest = line.slice(m.index + m[0].length);
      // On its own line, or followed by what datelines carry: an agency, a dash, a time.
      if (!/^\s*(?:$|\(|[-–—]|\d{1,2}[:.]\d{2}|[|/,]|at\b)/i.test(rest)) continue;
      const [y, mo, d] = shape.read(m);
      if (mo < 1 || d < 1 || d > 31) continue;
      return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}

import type { TextModel } from '../text/textModel';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

type Ymd = [number, number, number];

/** Date shapes a dateline uses: `March 01, 2008`, `4 March 2024`, `2024-03-04`, and `May 28` without a year. */
const SHAPES: { re: RegExp; read(m: RegExpExecArray): Ymd }[] = [
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'), read: (m) => [+m[3], month(m[1]), +m[2]] },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => [+m[3], month(m[2]), +m[1]] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d)`, 'i'), read: (m) => [0, month(m[1]), +m[2]] },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH}(?!,?\\s*\\d)`, 'i'), read: (m) => [0, month(m[2]), +m[1]] },
];
/** A line that is only a date, or that opens with one of the cues a dateline carries. */
const DATELINE_LINE = /^(?:(?:published|posted|updated|dated|date)\b[:\s]*|[A-Z][A-Z .'-]{1,30},\s*|\(?\w+day,?\s+)?/i;
/** What may follow the date on a dateline: nothing, an agency in brackets, a dash, a time. */
const DATELINE_REST = /^\s*(?:$|\(|[-–—]|\d{1,2}[:.]\d{2}|[|/,]|at\b)/i;

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const iso = ([y, mo, d]: Ymd) => `${y === 0 ? 'XXXX' : y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The publication date from a dateline in the first few paragraphs: a line that is a date on its own
 * (`March 01, 2008`), a wire dateline (`MINSK, May 28, 2025 (BelTA) –`), or `Published 4 March 2024`.
 * A date inside a sentence of the body is not a dateline. A dateline without a year (`MINSK, May 28
 * (BelTA) –`) gives `XXXX-05-28`: a partial date, whose year no date of the body may stand in for (a
 * story dated May 28 may tell of last December or of next year's vote).
 */
export function findDateline(model: TextModel): string | null {
  for (const p of model.paragraphs.slice(0, 6)) {
    // A wire dateline opens the first paragraph of the body; a bare date must be a short line of its own.
    const line = model.prose.slice(p.start, Math.min(p.end, p.start + 160));
    const lead = DATELINE_LINE.exec(line)?.[0].length ?? 0;
    if (p.end - p.start > 160 && lead === 0) continue;
    for (const shape of SHAPES) {
      const m = shape.re.exec(line);
      if (!m || m.index > lead) continue;
      if (!DATELINE_REST.test(line.slice(m.index + m[0].length))) continue;
      const [y, mo, d] = shape.read(m);
      if (mo < 1 || d < 1 || d > 31) continue;
      return iso([y, mo, d]);
    }
  }
  return null;
}

import type { SourcePassage } from '../../engine/evidence';

/**
 * CSV with csv-parse (a maintained, streaming-capable parser that handles quoted fields, embedded line
 * breaks and a BOM): each row a passage `Header: value; Header: value`, so that the row carries its
 * column names for the words a claim is matched on. Rows are counted as a spreadsheet does (header row 1).
 */
export async function csvPassages(text: string): Promise<SourcePassage[]> {
  const { parse } = await import('csv-parse/sync');
  const rows = parse(text, { bom: true, relaxColumnCount: true, relaxQuotes: true, skipEmptyLines: false, delimiter: sniffDelimiter(text) }) as string[][];
  if (rows.length === 0) return [];
  const header = rows[0].map((h) => h.trim());
  const out: SourcePassage[] = [];
  rows.slice(1).forEach((row, i) => {
    const cells = row.map((v, k) => (v.trim() === '' ? '' : header[k] ? `${header[k]}: ${withUnit(v.trim(), header[k])}` : v.trim())).filter(Boolean);
    if (cells.length > 0) out.push({ text: cells.join('; '), locator: { row: i + 2 } });
  });
  return out;
}

/** Comma, semicolon (European spreadsheets) or tab: whichever the header line holds most of. */
function sniffDelimiter(text: string): string {
  const head = text.slice(0, text.search(/\r?\n/) >>> 0 || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

const SCALES: Record<string, string> = { bn: 'billion', billion: 'billion', b: 'billion', m: 'million', mn: 'million', million: 'million', k: 'thousand', thousand: 'thousand', thousands: 'thousand' };

/**
 * A bare number under a header that gives its unit, written with it so the scan reads it as a figure:
 * `4.47` under "Exports (USD bn)" is `USD 4.47 billion`, `5.4` under "Unemployment (%)" is `5.4%`.
 */
export function withUnit(value: string, header: string): string {
  if (!/^-?\d[\d,]*(?:\.\d+)?$/.test(value)) return value;
  const unit = /\(([^()]+)\)\s*$/.exec(header)?.[1]?.trim() ?? (/%|\bper ?cent\b/i.test(header) ? '%' : '');
  if (unit === '%' || /^per ?cent$/i.test(unit)) return `${value}%`;
  const m = /^([A-Z]{3}|[$€£¥₽]|US\$)?\s*([a-z]+)?$/i.exec(unit);
  if (!m || (!m[1] && !m[2])) return value;
  const scale = m[2] ? SCALES[m[2].toLowerCase()] : undefined;
  if (m[2] && !scale) return value;
  return [m[1], value, scale].filter(Boolean).join(' ');
}

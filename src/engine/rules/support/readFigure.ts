/** A figure read from the text: `3.9 million`, `£2.1bn`, `12,500`. */
export interface ReadFigure {
  value: number;
  length: number;
}

const FIGURE = /^([$£€¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|trillion|thousand|bn|mn|m|k)\b)?/i;
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12,
};

/**
 * Reads a figure written at the start of `text`. Rules use it where the number extractor gave no claim
 * for words they need (the second figure of "from 4.2 million in 2020 to 3.9 million" when the year and
 * the figure were read as one range); `symbol` must match the currency symbol when one is expected.
 */
export function readFigure(text: string, symbol: string | null): ReadFigure | null {
  const m = FIGURE.exec(text);
  if (!m || (m[1]?.trim() ?? null) !== symbol) return null;
  const base = Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
  const scale = m[4] ? SCALES[m[4].toLowerCase()] : 1;
  return { value: base * scale, length: m[0].length };
}

import type { NumberClaim } from '../../types';
import type { Draft, ParagraphExtractor } from '../extractor';

// A first number extractor: a figure with optional currency symbol, scale word and percent sign.
const FIGURE = /(?<![\w.,])([$€£¥₽])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(million|billion|bn|m)\b)?(\s?%|\s(?:percent|per cent)\b)?(?:\s([A-Z]{3})\b)?/g;
const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB' };
const SCALES: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

export const numbersExtractor: ParagraphExtractor = {
  name: 'numbers',
  kind: 'number',
  scope: 'paragraph',
  extract(paragraph, ctx) {
    const text = ctx.model.prose.slice(paragraph.start, paragraph.end);
    const out: Draft<NumberClaim>[] = [];
    for (const m of text.matchAll(FIGURE)) {
      const [whole, symbol, int, frac, scale, percent, code] = m;
      const value = Number(int.replace(/,/g, '') + (frac ?? '')) * (scale ? SCALES[scale] : 1);
      const unit = symbol ? SYMBOLS[symbol] : code ?? null;
      out.push({
        kind: 'number',
        start: paragraph.start + m.index,
        end: paragraph.start + m.index + whole.length,
        text: whole,
        type: percent ? 'percent' : unit && (symbol || code) ? 'money' : 'count',
        value,
        unit: percent ? null : unit,
      });
    }
    return out;
  },
};

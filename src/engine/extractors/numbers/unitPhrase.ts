import type { NumberType } from '../../types';
import type { Token } from './tokenize';
import { GLUED_UNITS, UNIT_MODIFIERS, UNITS } from './units';

/** What a figure measures, read from the words after it. */
export interface UnitRead {
  type: Extract<NumberType, 'percent' | 'percentage-points' | 'quantity'>;
  unit: string | null;
  /** Index of the first token after the unit. */
  next: number;
}

const PERCENT_WORDS = new Set(['percent', 'pct', 'percentage', 'perc']);

/** `%`, `percent`, `per cent`, `pct`, `5pc`, and `percentage point(s)` kept apart from percent. */
export function readPercent(tokens: Token[], k: number): UnitRead | null {
  const t = tokens[k];
  if (!t) return null;
  // "a 5-pct stake", "a 10-per-cent rise": the hyphen glues the unit into an adjective.
  if (t.text === '-' && !t.gap && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].gap) {
    const hyphened = readPercent(tokens, k + 1);
    if (hyphened) return hyphened;
  }
  if (t.kind === 'sym' && (t.text === '%' || t.text === '٪')) {
    return tokens[k + 1]?.lower === 'points' || tokens[k + 1]?.lower === 'point'
      ? { type: 'percentage-points', unit: null, next: k + 2 }
      : { type: 'percent', unit: null, next: k + 1 };
  }
  if (t.kind !== 'word') return null;
  // "5 ppt", "3pp": percentage points in the markets' shorthand.
  if (t.lower === 'ppt' || t.lower === 'ppts' || t.lower === 'pp') return { type: 'percentage-points', unit: null, next: k + 1 };
  // "5pc", and "6 pc" spaced in lowercase (`PC` spaced is a computer).
  if (t.lower === 'pc' && (!t.gap || t.text === 'pc')) return { type: 'percent', unit: null, next: k + 1 };
  let next = k + 1;
  if (t.lower === 'per' && tokens[k + 1]?.lower === 'cent') next = k + 2;
  else if (t.lower === 'per' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'cent') next = k + 3;
  else if (!PERCENT_WORDS.has(t.lower)) return null;
  const after = tokens[next]?.lower;
  if (after === 'point' || after === 'points') return { type: 'percentage-points', unit: null, next: next + 1 };
  if (t.lower === 'percentage' && (tokens[k + 1]?.lower === 'pt' || tokens[k + 1]?.lower === 'pts')) return { type: 'percentage-points', unit: null, next: k + 2 };
  // "percentage" alone is not a unit ("a percentage of"): only before "point(s)".
  return t.lower === 'percentage' ? null : { type: 'percent', unit: null, next };
}

/** The longest unit name of one to three words at `k` (`km`, `nautical miles`, `barrels per day`). */
function unitWords(tokens: Token[], k: number): { unit: string; next: number } | null {
  let key = '';
  let best: { unit: string; next: number } | null = null;
  for (let j = k; j < k + 3 && tokens[j]?.kind === 'word'; j++) {
    key = key ? `${key} ${tokens[j].lower}` : tokens[j].lower;
    const unit = UNITS.get(key);
    if (unit) best = { unit, next: j + 1 };
  }
  return best;
}

/**
 * A unit of measurement after the figure at `k`: a unit word with an optional modifier ("square
 * kilometres"), a short unit glued to the figure (`500km`, `20t`), a hyphenated one (`3.5-inch`), or
 * degrees (`°C`).
 */
export function readUnit(tokens: Token[], k: number): UnitRead | null {
  let t = tokens[k];
  if (!t) return null;
  if (t.kind === 'sym' && t.text === '°') {
    const scale = tokens[k + 1];
    const named = scale && !scale.gap && (scale.text === 'C' || scale.text === 'F');
    return { type: 'quantity', unit: named ? `°${scale.text}` : '°', next: named ? k + 2 : k + 1 };
  }
  let start = k;
  // "3.5-inch", "10-point": the hyphen glues a unit into an adjective.
  if (t.kind === 'sym' && t.text === '-' && !t.gap && tokens[k + 1] && !tokens[k + 1].gap) {
    start = k + 1;
    t = tokens[start];
  }
  if (t.kind !== 'word') return null;
  if (!t.gap && start === k) {
    const glued = GLUED_UNITS.get(t.text) ?? (t.text.length > 1 ? UNITS.get(t.lower) : undefined);
    if (glued && tokens[k + 1]?.kind !== 'num') return perUnit(tokens, glued, k + 1);
  }
  const modifier = UNIT_MODIFIERS.get(t.lower);
  const words = unitWords(tokens, modifier ? start + 1 : start);
  if (!words) return null;
  return perUnit(tokens, modifier ? modifier + words.unit : words.unit, words.next);
}

/** A unit, with a rate written with a slash after it ("km/h", "mg/l", "t/yr"). */
function perUnit(tokens: Token[], unit: string, next: number): UnitRead {
  const slash = tokens[next];
  const per = tokens[next + 1];
  if (slash?.text === '/' && !slash.gap && per?.kind === 'word' && !per.gap && per.text.length <= 4) {
    return { type: 'quantity', unit: `${unit}/${per.text}`, next: next + 2 };
  }
  return { type: 'quantity', unit, next };
}

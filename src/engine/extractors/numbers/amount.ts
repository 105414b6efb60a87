import { readCurrencyPrefix } from './currencyPhrase';
import { readCurrencySuffix } from './currencySuffix';
import { readDigitNumeral, type Numeral } from './readNumeral';
import { CARDINALS } from './numberWords';
import { readSpelledNumeral } from './spelledNumeral';
import type { Token } from './tokenize';
import { readPercent, readUnit, type UnitRead } from './unitPhrase';

/** A figure with what is written around it: sign, currency, scale, percent sign or unit. */
export interface Amount {
  /** Token index where the amount starts (its sign or currency) and the index after it. */
  first: number;
  end: number;
  /** Index of the figure's own first token, after the sign and currency. */
  figure: number;
  value: number;
  numeral: Numeral;
  /** The ISO code for money, null when the currency is named but not identified; undefined when no currency. */
  currency: string | null | undefined;
  /** A percent sign or unit of measurement after the figure. */
  measure: UnitRead | null;
}

const isMinus = (t: Token | undefined) => t?.kind === 'sym' && (t.text === '-' || t.text === '−');

/** True when the sign at `i` belongs to the figure after it ("-36", "fell to −4 °C", "minus 2 percent"), not to a range. */
function isSign(tokens: Token[], i: number): boolean {
  // Spoken: "minus 2 percent", "minus five degrees"; "10 minus 3" is a sum, and "plus or minus 4
  // percentage points" a margin of error, not a fall.
  if (tokens[i]?.lower === 'minus') {
    const prev = tokens[i - 1];
    return prev?.kind !== 'num' && prev?.lower !== 'or' && prev?.lower !== 'plus' && (tokens[i + 1]?.kind === 'num' || CARDINALS.has(tokens[i + 1]?.lower));
  }
  const next = tokens[i + 1];
  if (!isMinus(tokens[i]) || next?.kind !== 'num' || next.gap) return false;
  const prev = tokens[i - 1];
  return !prev || (tokens[i].gap && prev.kind !== 'num') || (prev.kind === 'sym' && prev.text === '(');
}

/** Reads the amount that starts at token `i`, or null when no figure starts there. */
export function readAmount(tokens: Token[], i: number): Amount | null {
  if (i >= tokens.length) return null;
  let j = i;
  let sign = 1;
  if (isSign(tokens, j)) {
    sign = -1;
    j++;
  }
  const prefix = j < tokens.length ? readCurrencyPrefix(tokens, j) : null;
  if (prefix) j = prefix.next;
  const t = tokens[j];
  if (!t) return null;
  const numeral = t.kind === 'num' ? readDigitNumeral(tokens, j, prefix !== null) : t.kind === 'word' ? readSpelledNumeral(tokens, j) : null;
  if (!numeral) return null;
  let end = numeral.end;
  let currency: string | null | undefined = prefix?.code;
  let factor = prefix?.factor ?? 1;
  let measure = prefix ? null : readPercent(tokens, end);
  if (measure) end = measure.next;
  else {
    const shape = { scale: numeral.scale, decimal: numeral.digits?.includes('.') ?? false, first: i };
    const suffix = readCurrencySuffix(tokens, end, shape, prefix !== null);
    if (suffix) {
      // A currency before and after ("$249 USD", "$5.9 billion dollars") is one currency said twice.
      currency = prefix ? prefix.code : suffix.code;
      factor *= suffix.factor;
      end = suffix.next;
    } else if (!prefix) {
      measure = readUnit(tokens, end);
      if (measure) end = measure.next;
    }
  }
  return { first: i, end, figure: j, value: sign * numeral.value * factor, numeral, currency, measure };
}

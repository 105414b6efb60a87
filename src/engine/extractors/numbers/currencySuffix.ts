import { CURRENCY_ADJECTIVES, CURRENCY_NOUNS, CURRENCY_SYMBOLS, MINOR_UNITS } from './currencies';
import { readCode } from './codes';
import { readLetters, type CurrencyRead, type FigureShape } from './currencyPhrase';
import { SCALES } from './numberWords';
import type { Token } from './tokenize';

/**
 * Currency names that are also other words after a figure: "4,000 pounds" may be a weight, "the 5000
 * mark" a level, "787 won" a verb. Alone they are money only where the other reading is unlikely.
 */
/** Singular currency names a hyphen glues to a figure: "a billion-dollar company", "a 10-euro note". */
const HYPHENED: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['euro', 'EUR'], ['yuan', 'CNY'], ['yen', 'JPY'], ['rupee', 'INR'], ['rouble', 'RUB'], ['ruble', 'RUB'],
  ['pound', 'GBP'],
]);

/** "a billion-dollar deal": the currency after a hyphen; "a 10-pound bag" weighs, "a million-pound house" costs. */
function hyphenated(tokens: Token[], k: number, figure: FigureShape): CurrencyRead | null {
  const noun = tokens[k + 1];
  const code = noun?.kind === 'word' && !noun.gap ? HYPHENED.get(noun.lower) : undefined;
  if (!code || (noun.lower === 'pound' && figure.scale < 1e6)) return null;
  return { code, next: k + 2, factor: 1 };
}

/** Verbs and nouns of spending: "paid 350 pounds" is money where "weighs 350 pounds" is a weight. */
const SPENDING = new Set(
  ('pay pays paid paying cost costs costing spend spends spent raise raises raised owe owes owed worth earn earns ' +
    'earned charge charges charged price priced fee fine fined bill salary budget sold sell sells buy bought afford ' +
    'won win lend lent borrow borrowed donate donated give gave').split(' '),
);

/** True when a word of spending stands in the five words before the figure at `first`, within its clause. */
function spentBefore(tokens: Token[], first: number | undefined): boolean {
  if (first === undefined) return false;
  for (let j = first - 1; j >= 0 && j >= first - 5 && tokens[j].kind === 'word'; j--) if (SPENDING.has(tokens[j].lower)) return true;
  return false;
}

function ambiguousNounIsMoney(noun: string, { scale, decimal, first }: FigureShape, tokens: Token[], after: Token | undefined): boolean {
  switch (noun) {
    case 'pounds':
      // "bought 3 pounds of meat" weighs what it bought.
      return scale >= 1e6 || (after?.lower !== 'of' && spentBefore(tokens, first));
    case 'marks':
      // Exchange rates ("1.8050 marks") and sums ("50 mln marks"), not exam marks.
      return scale > 1 || decimal;
    case 'won':
    case 'rand':
      return scale > 1;
    case 'pound':
    case 'mark':
      return false;
    default:
      return true;
  }
}


/**
 * A currency written after the figure at `k`: a code (`3.79 BYN`), a symbol (`5 €`), or a name with an
 * optional nationality (`yuan`, `finnish markka`, `U.S. dollars`, `cents`). `pounds`, `marks`, `won` and
 * `rand` are also other words: alone they count only where that reading is unlikely (see
 * ambiguousNounIsMoney), or after a currency already read (`known`).
 */
export function readCurrencySuffix(tokens: Token[], k: number, figure: FigureShape, known: boolean): CurrencyRead | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.text === '-' && !t.gap) return hyphenated(tokens, k, figure);
  if (t.kind === 'sym') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    return code && t.text !== '$' ? { code, next: k + 1, factor: 1 } : null;
  }
  const coded = readCode(t);
  if (coded) {
    // "40 EUR million": a scale word after the code still scales the figure.
    const scale = figure.scale === 1 && tokens[k + 1]?.kind === 'word' ? SCALES.get(tokens[k + 1].lower) : undefined;
    return scale !== undefined && scale >= 1e3 ? { code: coded.code, next: k + 2, factor: coded.factor * scale } : { code: coded.code, next: k + 1, factor: coded.factor };
  }
  // "5 grand": a thousand of a currency the speaker leaves unsaid.
  if (t.text === 'grand' && figure.scale === 1) return { code: null, next: k + 1, factor: 1e3 };
  // "3.5p", "245p": pence glued to the figure.
  if (t.text === 'p' && !t.gap) return { code: 'GBP', next: k + 1, factor: 0.01 };
  let adjective: string | undefined;
  let j = k;
  const letters = readLetters(tokens, k);
  const two = tokens[k + 1]?.kind === 'word' ? `${t.lower} ${tokens[k + 1].lower}` : '';
  if (two && CURRENCY_ADJECTIVES.has(two)) {
    adjective = CURRENCY_ADJECTIVES.get(two);
    j = k + 2;
  } else if (letters && CURRENCY_ADJECTIVES.has(letters.letters)) {
    adjective = CURRENCY_ADJECTIVES.get(letters.letters);
    j = letters.next;
  }
  // "d-marks": a hyphen may join the adjective to the noun.
  if (adjective && tokens[j]?.text === '-' && !tokens[j].gap) j++;
  const noun = tokens[j];
  if (!noun || noun.kind !== 'word') return null;
  const minor = MINOR_UNITS.get(noun.lower);
  if (minor) return { code: adjective ?? minor, next: j + 1, factor: 0.01 };
  if (!CURRENCY_NOUNS.has(noun.lower)) return null;
  // "30 euro cents": the currency's hundredths.
  const cents = tokens[j + 1]?.lower;
  if ((cents === 'cent' || cents === 'cents') && !tokens[j].text.endsWith('s')) return { code: adjective ?? CURRENCY_NOUNS.get(noun.lower) ?? null, next: j + 2, factor: 0.01 };
  if (!adjective && !known && !ambiguousNounIsMoney(noun.lower, figure, tokens, tokens[j + 1])) return null;
  // "pounds sterling": the second word restates the currency.
  const next = noun.lower.startsWith('pound') && tokens[j + 1]?.lower === 'sterling' ? j + 2 : j + 1;
  return { code: adjective ?? CURRENCY_NOUNS.get(noun.lower) ?? null, next, factor: 1 };
}

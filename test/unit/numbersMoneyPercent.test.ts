import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../../src/engine';
import { assertClaims, type Expected } from './numbersHelpers';

// Each form of issue 19 as a table with its negatives; values in the main unit, `unit` null unless said.

type Case = [string, Expected[]];

const money = (text: string, value: number, unit: string | null): Expected => ({ text, type: 'money', value, unit });
const percent = (text: string, value: number): Expected => ({ text, type: 'percent', value, unit: null });

/** The money-and-percent table that `npm run eval` scores (our own sentences): every case, as a test. */
suite('numbers: the money-and-percent table', () => {
  const path = join(__dirname, '../fixtures/numbers/money-percent.json');
  const table = JSON.parse(readFileSync(path, 'utf8')) as { cases: { text: string; claims: (Omit<Expected, 'text'> & { span: string })[] }[] };
  for (const c of table.cases) {
    // The extractor leaves `qualifier` unset for an exact figure (the scan fills in 'exact').
    const expected = c.claims.map(({ span, qualifier, ...rest }) => (qualifier === undefined ? { text: span, ...rest } : { text: span, ...rest, qualifier: qualifier === 'exact' ? undefined : qualifier }));
    test(c.text, () => assertClaims(c.text, expected));
  }
});

const TABLES: [string, Case[]][] = [
  ['compound amounts', [
    ['twelve pounds and sixty pence', [money('twelve pounds and sixty pence', 12.6, 'GBP')]],
    ['4 euros 20 cents', [money('4 euros 20 cents', 4.2, 'EUR')]],
    ['7 dollars and 25', [money('7 dollars and 25', 7.25, 'USD')]],
    ['4 US dollars and 5 cents', [money('4 US dollars and 5 cents', 4.05, 'USD')]],
    ['a dollar fifty', [money('a dollar fifty', 1.5, 'USD')]],
    ['30 euro cents', [money('30 euro cents', 0.3, 'EUR')]],
    ['a dollar and a half', [money('a dollar and a half', 1.5, 'USD')]],
    ['she paid 12 euros 50.', [money('12 euros 50', 12.5, 'EUR')]],
    ['she paid 12 euros 50 times', [money('12 euros', 12, 'EUR'), { text: '50 times', type: 'count', value: 50, unit: 'times' }]],
    ['the coffee is 2 euros, the croissant 80 cents', [money('2 euros', 2, 'EUR'), money('80 cents', 0.8, 'EUR')]],
    // Negatives: cents after dollars or with their own nationality stay US cents.
    ['it cost $2 and the tip 50 cents', [money('$2', 2, 'USD'), money('50 cents', 0.5, 'USD')]],
    ['2 euros, then 50 US cents', [money('2 euros', 2, 'EUR'), money('50 US cents', 0.5, 'USD')]],
    // Negatives: a count after "and", a weight, figures without "and" that are not spoken.
    ['7 dollars and 25 friends', [money('7 dollars', 7, 'USD'), { text: '25', type: 'count', value: 25, unit: 'friends' }]],
    ['3 pounds and 12 ounces', [{ text: '3 pounds', type: 'quantity', value: 3, unit: 'lb' }, { text: '12 ounces', type: 'quantity', value: 12, unit: 'oz' }]],
    ['$7 and 25 cents', [money('$7', 7, 'USD'), money('25 cents', 0.25, 'USD')]],
    ['5 dollars and 250', [money('5 dollars', 5, 'USD'), { text: '250', type: 'count', value: 250 }]],
    ['a pound of flour', []],
  ]],
  ['pounds: money where it is spent, else a weight', [
    ['he paid three hundred and fifty pounds', [money('three hundred and fifty pounds', 350, 'GBP')]],
    ['it costs 50 pounds', [money('50 pounds', 50, 'GBP')]],
    ['a loan of 20 million pounds', [money('20 million pounds', 20e6, 'GBP')]],
    // Negatives: weights, also after a verb of buying.
    ['she lost 20 pounds on the diet', [{ text: '20 pounds', type: 'quantity', value: 20, unit: 'lb' }]],
    ['the parcel weighs 4,000 pounds', [{ text: '4,000 pounds', type: 'quantity', value: 4000, unit: 'lb' }]],
    ['he bought 3 pounds of meat', [{ text: '3 pounds', type: 'quantity', value: 3, unit: 'lb' }]],
  ]],
  ['currencies by symbol, code and name', [
    ['30 元', [money('30 元', 30, 'CNY')]],
    ['₿2 and 0.5 XBT', [money('₿2', 2, 'BTC'), money('0.5 XBT', 0.5, 'BTC')]],
    ['3 ETH', [money('3 ETH', 3, 'ETH')]],
    ['40 MSEK and 500 kSEK', [money('40 MSEK', 40e6, 'SEK'), money('500 kSEK', 5e5, 'SEK')]],
    ['₽5, ₩6, ₫7, ₦8 and ₱9', [money('₽5', 5, 'RUB'), money('₩6', 6, 'KRW'), money('₫7', 7, 'VND'), money('₦8', 8, 'NGN'), money('₱9', 9, 'PHP')]],
    ['R5bn and N2.5 trillion', [money('R5bn', 5e9, 'ZAR'), money('N2.5 trillion', 2.5e12, 'NGN')]],
    ['5 grand', [money('5 grand', 5000, null)]],
    ['$2.5 mil', [money('$2.5 mil', 2.5e6, 'USD')]],
    ['3 and a half million pounds', [money('3 and a half million pounds', 3.5e6, 'GBP')]],
    // Negatives: names and words in capitals that hold a code's letters.
    ['Li Xiang spoke.', []],
    ['ETH Zurich and the MALL 5 team', []],
    ['the R2 road and N95 masks', []],
    ['the Y2K bug', []],
    ['Y500bn and Y300m', [money('Y500bn', 5e11, 'JPY'), money('Y300m', 3e8, 'JPY')]],
    ['US dollars 5 million and Canadian dollars 2 million', [money('dollars 5 million', 5e6, 'USD'), money('dollars 2 million', 2e6, 'CAD')]],
    ['the Grand Canyon', []],
  ]],
  ['a currency word before the figure', [
    ['CHF 40 and euro 3.5 million', [money('CHF 40', 40, 'CHF'), money('euro 3.5 million', 3.5e6, 'EUR')]],
    ['euro2.5 billion', [money('euro2.5 billion', 2.5e9, 'EUR')]],
    // Negative: the currency's own move.
    ['the euro 1.2 percent higher', [percent('1.2 percent', 1.2)]],
  ]],
  ['a code before the scale', [
    ['40 EUR million', [money('40 EUR million', 40e6, 'EUR')]],
    ['2.5 USD bn', [money('2.5 USD bn', 2.5e9, 'USD')]],
    ['40 million EUR', [money('40 million EUR', 40e6, 'EUR')]],
  ]],
  ['fractions of a scale', [
    ['a quarter of a million euros', [money('a quarter of a million euros', 250000, 'EUR')]],
    ['two-thirds of a trillion dollars', [money('two-thirds of a trillion dollars', 2e12 / 3, 'USD')]],
    ['three-quarters of a million people', [{ text: 'three-quarters of a million', type: 'count', value: 750000, unit: 'people' }]],
    // Negatives: a share of something that is no scale.
    ['a third of the bill', [{ text: 'a third', type: 'ratio', value: 0.333, unit: null }]],
  ]],
  ['Indian digit grouping', [
    ['3,45,000 rupees', [money('3,45,000 rupees', 345000, 'INR')]],
    ['1,99 euros and 5,50 €', [money('1,99 euros', 1.99, 'EUR'), money('5,50 €', 5.5, 'EUR')]],
    ['inflation hit 12,5 %', [percent('12,5 %', 12.5)]],
    // A decimal comma only beside a currency or percent: "1,2" in a list is no figure.
    ['see items 1,2 and 3', [{ text: '3', type: 'count', value: 3 }]],
    ['₹1,25,00,000', [money('₹1,25,00,000', 12500000, 'INR')]],
    // Negative: groups that are neither thousands nor lakhs.
    ['the code 1,2,345', []],
  ]],
  ['percent words and orders', [
    ['6 pc', [percent('6 pc', 6)]],
    ['8pc', [percent('8pc', 8)]],
    ['two point five percent', [percent('two point five percent', 2.5)]],
    ['two-and-a-half percent', [percent('two-and-a-half percent', 2.5)]],
    ['GDP fell minus 2 percent', [percent('minus 2 percent', -2)]],
    ['a margin of error of plus or minus 4 percentage points', [{ text: '4 percentage points', type: 'percentage-points', value: 4, unit: null }]],
    ['it was 10 minus 3', [{ text: '10', type: 'count', value: 10, unit: null }, { text: '3', type: 'count', value: 3, unit: null }]],
    ['5 ppt', [{ text: '5 ppt', type: 'percentage-points', value: 5, unit: null }]],
    ['it rose by half a percentage point', [{ text: 'half a percentage point', type: 'percentage-points', value: 0.5, unit: null }]],
    ['it fell by half', [{ text: 'half', type: 'ratio', value: 0.5, unit: null }]],
    // "percent of 40": the figure after "percent" is its base, not a percent.
    ['percent of 40', [{ text: '40', type: 'count', value: 40 }]],
    ['6 PC games', [{ text: '6', type: 'count', value: 6 }]],
  ]],
  ['units that are not units', [
    ['12 of the 16 main cables', [{ text: '12', type: 'count', value: 12, unit: null }, { text: '16', type: 'count', value: 16, unit: 'cables' }]],
    ['500 registered voters', [{ text: '500', type: 'count', value: 500, unit: 'voters' }]],
    ['500 registered.', [{ text: '500', type: 'count', value: 500, unit: null }]],
    ['it hit 18,257.06 shortly after', [{ text: '18,257.06', type: 'quantity', value: 18257.06, unit: null }]],
    ['scores of people', []],
    ['the scores of the match', []],
    ['inflation ticks up to 5%', [{ ...percent('5%', 5), qualifier: undefined }]],
    ['fines of up to 5%', [{ ...percent('up to 5%', 5), qualifier: 'upper-bound' }]],
    ['38,000 vehicles a day', [{ text: '38,000', type: 'count', value: 38000, unit: 'vehicles' }]],
    ['2 1/2 years', [{ text: '2 1/2', type: 'quantity', value: 2.5, unit: 'years' }]],
  ]],
  ['multiples and ages', [
    ['roughly double the pace', [{ text: 'roughly double', type: 'multiplier', value: 2, qualifier: 'approx' }]],
    ['prices rose up to 5% in early trade', [{ ...percent('up to 5%', 5), qualifier: 'upper-bound' }]],
    ['twice the rate', [{ text: 'twice', type: 'multiplier', value: 2 }]],
    ['three times as many', [{ text: 'three times', type: 'multiplier', value: 3 }]],
    ['an 11-year-old video', [{ text: '11-year-old', type: 'quantity', value: 11, unit: 'years old' }]],
    ['a six-month-old baby', [{ text: 'six-month-old', type: 'quantity', value: 6, unit: 'months old' }]],
    // Negatives: "double" as a name, "twice" as a frequency, "one" as a pronoun.
    ['a double murder', []],
    ['he was hit twice', []],
    ['one of the key topics', []],
  ]],
];

for (const [name, cases] of TABLES) {
  suite(`numbers: ${name}`, () => {
    for (const [input, expected] of cases) test(input, () => assertClaims(input, expected));
  });
}

/** Where a figure's words meet the date extractor: a rate is a set, a wage's "hourly" no date. */
suite('numbers: rates and qualifiers beside dates', () => {
  const dates = (text: string) => scan(text, { referenceDate: '2024-05-01' }).claims.filter((c) => c.kind === 'date').map((c) => `${c.text} ${c.kind === 'date' ? c.type : ''}`);
  const CASES: [string, string[]][] = [
    ['The bridge carries 38,000 vehicles a day.', ['a day SET']],
    ['Workers get $15 an hour.', ['an hour SET']],
    ['He earns an hourly wage of $15.', []],
    ['The annual report showed 5% growth.', []],
    // Negatives: the frequency words still date what they qualify when it is no wage or report.
    ['The company holds an annual conference.', ['annual SET']],
    ['He trains daily.', ['daily SET']],
    ['It lasted a day.', ['a day DURATION']],
  ];
  for (const [text, want] of CASES) test(text, () => assert.deepEqual(dates(text), want));
});

/** "2 1/2 years": the date extractor's duration keeps the figure's fraction, as the number reads it. */
suite('numbers: fractions in durations', () => {
  const durations = (text: string) => scan(text, { referenceDate: '2024-05-01' }).claims.flatMap((c) => (c.kind === 'date' ? [`${c.text} ${c.value}`] : []));
  const CASES: [string, string[]][] = [
    ['He served 2 1/2 years in prison.', ['2 1/2 years P2.5Y']],
    ['It took 3 and a half years.', ['3 and a half years P3.5Y']],
    ['It took 2-1/2 hours.', ['2-1/2 hours PT2.5H']],
    // Negatives: a whole count, and a bare fraction (a date's day and month, not a count).
    ['It lasted 5 years.', ['5 years P5Y']],
    ['Profits rose 3/4 of a point.', []],
  ];
  for (const [text, want] of CASES) test(text, () => assert.deepEqual(durations(text), want));
});

import { assertClaims, type Expected } from './numbersHelpers';

type Case = [string, Expected[]];

const MONEY: Case[] = [
  ['It paid $40 billion.', [{ text: '$40 billion', type: 'money', value: 40e9, unit: 'USD' }]],
  ['a US$40 billion (GB £20.1 billion) contract', [
    { text: 'US$40 billion', type: 'money', value: 40e9, unit: 'USD' },
    { text: 'GB £20.1 billion', type: 'money', value: 20.1e9, unit: 'GBP' },
  ]],
  ['Revenue hit $4.5bn and costs £300m.', [
    { text: '$4.5bn', type: 'money', value: 4.5e9, unit: 'USD' },
    { text: '£300m', type: 'money', value: 300e6, unit: 'GBP' },
  ]],
  ['A ticket costs 3.79 BYN.', [{ text: '3.79 BYN', type: 'money', value: 3.79, unit: 'BYN' }]],
  ['It costs 3.40 BYN now.', [{ text: '3.40 BYN', type: 'money', value: 3.4, unit: 'BYN' }]],
  ['They paid USD 5 million and EUR 2,500.', [
    { text: 'USD 5 million', type: 'money', value: 5e6, unit: 'USD' },
    { text: 'EUR 2,500', type: 'money', value: 2500, unit: 'EUR' },
  ]],
  ['for 9.9 billion yuan', [{ text: '9.9 billion yuan', type: 'money', value: 9.9e9, unit: 'CNY' }]],
  ['fines of 300,000 rubles and 5 million euros', [
    { text: '300,000 rubles', type: 'money', value: 300000, unit: 'RUB' },
    { text: '5 million euros', type: 'money', value: 5e6, unit: 'EUR' },
  ]],
  ['worth €1.78 billion, ¥ 1 trillion and ₽500', [
    { text: '€1.78 billion', type: 'money', value: 1.78e9, unit: 'EUR' },
    { text: '¥ 1 trillion', type: 'money', value: 1e12, unit: 'JPY' },
    { text: '₽500', type: 'money', value: 500, unit: 'RUB' },
  ]],
  ['priced at $249 USD', [{ text: '$249 USD', type: 'money', value: 249, unit: 'USD' }]],
  ['a net $5.9 billion dollars loss', [{ text: '$5.9 billion dollars', type: 'money', value: 5.9e9, unit: 'USD' }]],
  ['an AU$ 52.5 million package and HK$2bn', [
    { text: 'AU$ 52.5 million', type: 'money', value: 52.5e6, unit: 'AUD' },
    { text: 'HK$2bn', type: 'money', value: 2e9, unit: 'HKD' },
  ]],
  ['profits of 26 cents a share', [{ text: '26 cents', type: 'money', value: 0.26, unit: 'USD' }]],
  ['an extra four billion dollars', [{ text: 'four billion dollars', type: 'money', value: 4e9, unit: 'USD' }]],
  ['It took on billions of dollars in costs.', [{ text: 'billions of dollars', type: 'money', value: 1e9, unit: 'USD', qualifier: 'lower-bound' }]],
  ['it lost US$5 billion on top of the four billion it had', [
    { text: 'US$5 billion', type: 'money', value: 5e9, unit: 'USD' },
    { text: 'four billion', type: 'money', value: 4e9, unit: 'USD' },
  ]],
  ['a loan of 20 million pounds', [{ text: '20 million pounds', type: 'money', value: 20e6, unit: 'GBP' }]],
  ['losses of -$3 million', [{ text: '$3 million', type: 'money', value: 3e6, unit: 'USD' }]],
  ['Shares fell 3.5p to 245p.', [
    { text: '3.5p', type: 'money', value: 0.035, unit: 'GBP' },
    { text: '245p', type: 'money', value: 2.45, unit: 'GBP' },
  ]],
  ['a $1.5-billion deal', [{ text: '$1.5-billion', type: 'money', value: 1.5e9, unit: 'USD' }]],
  ['DM 5 million, SFr 20 and Rmb5bn', [
    { text: 'DM 5 million', type: 'money', value: 5e6, unit: 'DEM' },
    { text: 'SFr 20', type: 'money', value: 20, unit: 'CHF' },
    { text: 'Rmb5bn', type: 'money', value: 5e9, unit: 'CNY' },
  ]],
  ['Rs. 20 lakh and Rs 500 crore', [
    { text: 'Rs. 20 lakh', type: 'money', value: 2e6, unit: 'INR' },
    { text: 'Rs 500 crore', type: 'money', value: 5e9, unit: 'INR' },
  ]],
  ['revenue of U.S. $2 million and u.s.$ 1.5 billion', [
    { text: 'U.S. $2 million', type: 'money', value: 2e6, unit: 'USD' },
    { text: 'u.s.$ 1.5 billion', type: 'money', value: 1.5e9, unit: 'USD' },
  ]],
];

const PERCENT: Case[] = [
  ['Sales rose 12.5% and 90 percent of staff agreed.', [
    { text: '12.5%', type: 'percent', value: 12.5, unit: null },
    { text: '90 percent', type: 'percent', value: 90 },
  ]],
  ['a 20 per cent share', [{ text: '20 per cent', type: 'percent', value: 20 }]],
  ['about six percent of its workforce', [{ text: 'about six percent', type: 'percent', value: 6, qualifier: 'approx' }]],
  ['a gain of half a percent', [{ text: 'half a percent', type: 'percent', value: 0.5 }]],
  ['Rates rose 0.25 percentage points.', [{ text: '0.25 percentage points', type: 'percentage-points', value: 0.25 }]],
  ['losses of between three and seven percent', [{ text: 'between three and seven percent', type: 'percent', value: 3, valueHigh: 7 }]],
  ['improvements of 15-20% are required', [{ text: '15-20%', type: 'percent', value: 15, valueHigh: 20 }]],
  ['it fell 5pc on Monday', [{ text: '5pc', type: 'percent', value: 5 }]],
  ['a 5-pct stake and a 10-per-cent rise', [
    { text: '5-pct', type: 'percent', value: 5 },
    { text: '10-per-cent', type: 'percent', value: 10 },
  ]],
];

const RATIOS: Case[] = [
  ['a leader in 37 out of 44 fields', [{ text: '37 out of 44', type: 'ratio', value: 0.841, numerator: 37, denominator: 44 }]],
  ['one in five adults smokes', [{ text: 'one in five', type: 'ratio', value: 0.2, numerator: 1, denominator: 5 }]],
  ['two-thirds of voters', [{ text: 'two-thirds', type: 'ratio', value: 0.667, numerator: 2, denominator: 3 }]],
  ['a third of the budget', [{ text: 'a third', type: 'ratio', value: 0.333, numerator: 1, denominator: 3 }]],
  ['costs were cut by one-third.', [{ text: 'one-third', type: 'ratio', value: 0.333, numerator: 1, denominator: 3 }]],
  ['About half of those cuts', [{ text: 'About half', type: 'ratio', value: 0.5, qualifier: 'approx' }]],
  ['nearly three quarters of homes', [{ text: 'nearly three quarters', type: 'ratio', value: 0.75, qualifier: 'approx' }]],
];

const RANGES: Case[] = [
  ['It will seat 200-250 people.', [{ text: '200-250', type: 'range', value: 200, valueHigh: 250, unit: 'people' }]],
  ['between 3 and 5 million residents', [{ text: 'between 3 and 5 million', type: 'range', value: 3e6, valueHigh: 5e6 }]],
  ['It costs $2m to $3m.', [{ text: '$2m to $3m', type: 'money', value: 2e6, valueHigh: 3e6, unit: 'USD' }]],
  ['25,000 to 30,000 positions', [{ text: '25,000 to 30,000', type: 'range', value: 25000, valueHigh: 30000 }]],
  ['between $12 million and $20 million', [{ text: 'between $12 million and $20 million', type: 'money', value: 12e6, valueHigh: 20e6 }]],
  // "from X to Y" is a change, two claims.
  ['swaps rose from US$55 billion to US$110 billion', [
    { text: 'US$55 billion', type: 'money', value: 55e9 },
    { text: 'US$110 billion', type: 'money', value: 110e9 },
  ]],
  // A unit on the first figure alone: a change and a level, not a range.
  ['It fell 232.90 points to 6038.30.', [
    { text: '232.90 points', type: 'quantity', value: 232.9, unit: 'points' },
    { text: '6038.30', type: 'quantity', value: 6038.3 },
  ]],
];

const COUNTS_AND_QUANTITIES: Case[] = [
  ['It cared for 105 children.', [{ text: '105', type: 'count', value: 105, unit: 'children' }]],
  ['with 179 new tankers at a rate of 15 a year', [
    { text: '179', type: 'count', value: 179, unit: 'tankers' },
    { text: '15', type: 'count', value: 15 },
  ]],
  ['twenty-five people and a dozen cars', [
    { text: 'twenty-five', type: 'count', value: 25, unit: 'people' },
    { text: 'a dozen', type: 'count', value: 12, unit: 'cars' },
  ]],
  ['three million residents and 2.5 trillion cells', [
    { text: 'three million', type: 'count', value: 3e6 },
    { text: '2.5 trillion', type: 'count', value: 2.5e12 },
  ]],
  ['some 1.2m people', [{ text: 'some 1.2m', type: 'count', value: 1.2e6, qualifier: 'approx' }]],
  ['a 500km cable, 20 tonnes of cargo, a 500 MW plant', [
    { text: '500km', type: 'quantity', value: 500, unit: 'km' },
    { text: '20 tonnes', type: 'quantity', value: 20, unit: 'tonnes' },
    { text: '500 MW', type: 'quantity', value: 500, unit: 'MW' },
  ]],
  ['1.2 million barrels a day at -4 °C', [
    { text: '1.2 million barrels', type: 'quantity', value: 1.2e6, unit: 'barrels' },
    { text: '-4 °C', type: 'quantity', value: -4, unit: '°C' },
  ]],
  ['it can fly 9,420 nautical miles with a 3.5-inch screen', [
    { text: '9,420 nautical miles', type: 'quantity', value: 9420, unit: 'nautical mi' },
    { text: '3.5-inch', type: 'quantity', value: 3.5, unit: 'in' },
  ]],
  ['Temperatures reached 45C and 113F, with winds of 100 km/h.', [
    { text: '45C', type: 'quantity', value: 45, unit: '°C' },
    { text: '113F', type: 'quantity', value: 113, unit: '°F' },
    { text: '100 km/h', type: 'quantity', value: 100, unit: 'km/h' },
  ]],
  ['Arsenal won 3-1 and the vote was 52-35.', [
    { text: '3-1', type: 'count', value: 3 },
    { text: '52-35', type: 'count', value: 52 },
  ]],
  ['The index fell to -36.', [{ text: '-36', type: 'count', value: -36 }]],
  ['a workforce of three hundred and six', [{ text: 'three hundred and six', type: 'count', value: 306 }]],
  ['employ thousands of workers', [{ text: 'thousands of', type: 'count', value: 1000, qualifier: 'lower-bound' }]],
];

const QUALIFIERS: Case[] = [
  ['more than 4 billion songs', [{ text: 'more than 4 billion', type: 'count', value: 4e9, qualifier: 'lower-bound' }]],
  ['at least 30 people', [{ text: 'at least 30', type: 'count', value: 30, qualifier: 'lower-bound' }]],
  ['up to 60 jets', [{ text: 'up to 60', type: 'count', value: 60, qualifier: 'upper-bound' }]],
  ['nearly 24% lower', [{ text: 'nearly 24%', type: 'percent', value: 24, qualifier: 'approx' }]],
  ['about US$1.4 billion', [{ text: 'about US$1.4 billion', type: 'money', value: 1.4e9, qualifier: 'approx' }]],
  ['as much as 3% better', [{ text: 'as much as 3%', type: 'percent', value: 3, qualifier: 'upper-bound' }]],
  ['no more than 5 people', [{ text: 'no more than 5', type: 'count', value: 5, qualifier: 'upper-bound' }]],
];

const RANKS_AND_MULTIPLIERS: Case[] = [
  ["the world's third-largest carmaker", [{ text: 'third-largest', type: 'rank', value: 3 }]],
  ['the 7th largest fall', [{ text: '7th largest', type: 'rank', value: 7 }]],
  ['Profits doubled last year.', [{ text: 'doubled', type: 'multiplier', value: 2 }]],
  ['three times as many staff', [{ text: 'three times', type: 'multiplier', value: 3 }]],
  ['up to four times faster', [{ text: 'up to four times', type: 'multiplier', value: 4, qualifier: 'upper-bound' }]],
  ['a threefold rise and a 10-fold increase', [
    { text: 'threefold', type: 'multiplier', value: 3 },
    { text: '10-fold', type: 'multiplier', value: 10 },
  ]],
  ['sales are expected to double', [{ text: 'double', type: 'multiplier', value: 2 }]],
  ['twice as many staff, and profits halved', [
    { text: 'twice', type: 'multiplier', value: 2 },
    { text: 'halved', type: 'multiplier', value: 0.5 },
  ]],
];

const TABLES: [string, Case[]][] = [
  ['money', MONEY],
  ['percent and percentage points', PERCENT],
  ['ratios', RATIOS],
  ['ranges', RANGES],
  ['counts and quantities', COUNTS_AND_QUANTITIES],
  ['qualifiers', QUALIFIERS],
  ['ranks and multipliers', RANKS_AND_MULTIPLIERS],
];

for (const [name, cases] of TABLES) {
  suite(`numbers: ${name}`, () => {
    for (const [input, expected] of cases) test(input, () => assertClaims(input, expected));
  });
}

/**
 * Units of measurement that make a figure a `quantity`, keyed by their lowercase spelling, with the
 * short name the claim carries. Abbreviations that are also common words (`in`, `m`, `t`) are left out
 * or only read glued to the figure (see GLUED_UNITS).
 */

const entries = (unit: string, words: string) => words.split(' ').map((w) => [w, unit] as [string, string]);

export const UNITS: ReadonlyMap<string, string> = new Map([
  ...entries('km', 'km kms kilometre kilometres kilometer kilometers'),
  ...entries('m', 'metre metres meter meters'),
  ...entries('cm', 'cm centimetre centimetres centimeter centimeters'),
  ...entries('mm', 'mm millimetre millimetres millimeter millimeters'),
  ...entries('mi', 'mile miles'), ...entries('ft', 'ft foot feet'), ...entries('in', 'inch inches'),
  ...entries('yd', 'yard yards'), ...entries('ha', 'ha hectare hectares'), ...entries('acres', 'acre acres'),
  ...entries('kg', 'kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos'),
  ...entries('g', 'gram grams gramme grammes'), ...entries('mg', 'mg milligram milligrams'),
  ...entries('lb', 'lb lbs pound pounds'), ...entries('oz', 'oz ounce ounces'),
  ...entries('tonnes', 'tonne tonnes ton tons mt'),
  ...entries('l', 'litre litres liter liters'), ...entries('ml', 'ml millilitre millilitres milliliter milliliters'),
  ...entries('gallons', 'gallon gallons'), ...entries('barrels', 'barrel barrels bbl bpd'),
  ...entries('W', 'watt watts'), ...entries('kW', 'kw kilowatt kilowatts'), ...entries('MW', 'mw megawatt megawatts'),
  ...entries('GW', 'gw gigawatt gigawatts'), ...entries('kWh', 'kwh'), ...entries('MWh', 'mwh'), ...entries('GWh', 'gwh'),
  ...entries('TWh', 'twh'), ...entries('V', 'volt volts'), ...entries('kV', 'kv'),
  ...entries('Hz', 'hz hertz'), ...entries('kHz', 'khz'), ...entries('MHz', 'mhz'), ...entries('GHz', 'ghz'),
  ...entries('KB', 'kb kilobyte kilobytes'), ...entries('MB', 'mb megabyte megabytes'),
  ...entries('GB', 'gb gigabyte gigabytes'), ...entries('TB', 'tb terabyte terabytes'),
  ...entries('km/h', 'kph'), ...entries('mph', 'mph'), ...entries('knots', 'knot knots'),
  ...entries('°C', 'celsius centigrade'), ...entries('°F', 'fahrenheit'), ...entries('degrees', 'degree degrees'),
  ['degrees celsius', '°C'], ['degrees fahrenheit', '°F'], ['barrels per day', 'barrels/day'], ['light years', 'light years'],
  ...entries('points', 'point points pts'), ...entries('bp', 'bps'), ['basis points', 'bp'], ['basis point', 'bp'], ...entries('calories', 'calorie calories kcal'),
  ...entries('magnitude', 'magnitude'), ...entries('years', 'year-old'),
]);

/**
 * Abbreviations read as units only when glued to the figure (`500m`, `20t`), never alone; matched
 * case-sensitively, as `3G` and `A400M` are names, not grams and metres.
 */
export const GLUED_UNITS: ReadonlyMap<string, string> = new Map([
  ['m', 'm'], ['t', 'tonnes'], ['g', 'g'], ['l', 'l'], ['W', 'W'], ['kW', 'kW'], ['MW', 'MW'], ['C', '°C'], ['F', '°F'],
]);

/** Words that turn a length or area unit into an area or volume ("square kilometres", "cubic metres"). */
export const UNIT_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['square', 'sq '], ['sq', 'sq '], ['cubic', 'cu '], ['nautical', 'nautical '],
]);

/**
 * Currency data: ISO 4217 codes, symbols, the letters news puts before `$`, and currency names with the
 * nationality adjectives that pick the code ("finnish markka" → FIM). Our own table: it includes the
 * pre-euro currencies because archive newswire quotes them.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** ISO 4217 codes, current and the replaced ones archive news still quotes. */
export const ISO_CODES: ReadonlySet<string> = new Set(split(`
  AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BYR BZD
  CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
  GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
  LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD
  OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLL SOS SRD SSP STN SVC
  SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR
  ZMW ZWL ATS BEF DEM ESP FIM FRF GRD IEP ITL LUF NLG PTE SKK SIT MTL CYP EEK LVL LTL ZWD VEB TRL ROL RUR
  XEU XDR ARA BRC BRE
`));

/**
 * Crypto-currencies have no ISO 4217 code: the claim carries the ticker that exchanges and news quote
 * (`BTC`, `ETH`). `XBT`, the ISO-style spelling some terminals use for bitcoin, is read as `BTC` so one
 * coin has one code.
 */
export const CRYPTO_CODES: ReadonlyMap<string, string> = new Map([['BTC', 'BTC'], ['XBT', 'BTC'], ['ETH', 'ETH']]);

/**
 * The codes also read in lowercase (tokenized, lowercased newswire). The rest are common English words
 * in lowercase (`all`, `try`, `top`, `cup`, `pen`), so only their capitals count.
 */
export const LOWERCASE_CODES: ReadonlySet<string> = new Set(split(`
  usd eur gbp jpy chf cny cad aud nzd hkd sgd sek nok dkk inr rub byn brl zar krw mxn dem frf fim itl nlg
`));

/** Symbols that stand before (or, in some styles, after) an amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₪', 'ILS'], ['₺', 'TRY'], ['₴', 'UAH'], ['฿', 'THB'], ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'],
  ['₣', 'FRF'], ['₤', 'ITL'], ['₿', 'BTC'], ['元', 'CNY'], ['円', 'JPY'], ['₾', 'GEL'], ['₸', 'KZT'], ['₼', 'AZN'],
  ['₵', 'GHS'], ['₡', 'CRC'], ['₲', 'PYG'], ['₭', 'LAK'], ['₮', 'MNT'], ['৳', 'BDT'], ['៛', 'KHR'],
]);

/**
 * Scale letters glued before a code, as Nordic and Finnish business reports write millions (`40 MSEK`,
 * `12.5 MNOK`, `310 MEUR`) and thousands (`500 TSEK`, `kSEK`).
 */
export const CODE_SCALES: ReadonlyMap<string, number> = new Map([['M', 1e6], ['m', 1e6], ['k', 1e3], ['T', 1e3], ['G', 1e9]]);

/** Letters written before `$` (`US$`, `HK$`, `A$`), lowercase, dots removed. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['usd', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'],
  ['can', 'CAD'], ['cad', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'], ['s', 'SGD'], ['sg', 'SGD'], ['nt', 'TWD'],
  ['r', 'BRL'], ['z', 'ZWL'], ['mx', 'MXN'], ['mex', 'MXN'], ['j', 'JMD'], ['bds', 'BBD'], ['ec', 'XCD'],
]);

/**
 * Letters written before an amount without a symbol (`DM 5m`, `SFr 20`, `Rs 500 crore`, `Rmb5bn`),
 * lowercase, dots removed.
 */
export const LETTER_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['dm', 'DEM'], ['sfr', 'CHF'], ['sfrs', 'CHF'], ['ffr', 'FRF'], ['ffrs', 'FRF'], ['rs', 'INR'], ['rmb', 'CNY'],
  ['dfl', 'NLG'], ['hfl', 'NLG'], ['bfr', 'BEF'], ['bfrs', 'BEF'], ['nkr', 'NOK'], ['skr', 'SEK'], ['dkr', 'DKK'],
  ['ksh', 'KES'], ['zl', 'PLN'], ['zł', 'PLN'], ['ptas', 'ESP'], ['esc', 'PTE'], ['dh', 'AED'], ['dhs', 'AED'],
  ['rp', 'IDR'], ['rm', 'MYR'], ['tk', 'BDT'],
]);

/**
 * Capitals that The Economist, the FT and African papers glue before a scaled figure (`R5bn` rand, `N5bn`
 * naira, `Y500bn` yen): only there, as `R2`, `N95` and `Y2K` are names.
 */
export const LETTERS_BEFORE_SCALE: ReadonlyMap<string, string> = new Map([['R', 'ZAR'], ['N', 'NGN'], ['Y', 'JPY']]);

/**
 * Currency nouns (singular and plural, lowercase) with the code they mean on their own, or null when
 * only a nationality says which (`dinars`, `crowns`). `pounds` and `marks` are also a weight and a
 * score, so the scanner takes them alone only after a scale word ("20 million pounds").
 */
export const CURRENCY_NOUNS: ReadonlyMap<string, string | null> = new Map([
  ...pairs('USD', 'dollar dollars dlr dlrs'), ...pairs('EUR', 'euro euros'), ...pairs('GBP', 'sterling stg'),
  ...pairs('USD', 'buck bucks'), ...pairs('GBP', 'quid'), ...pairs('JPY', 'yen'), ...pairs('CNY', 'yuan renminbi rmb'), ...pairs('RUB', 'ruble rubles rouble roubles'),
  ...pairs('INR', 'rupee rupees'), ...pairs('KRW', 'won'), ...pairs('CHF', 'franc francs'),
  ...pairs('FIM', 'markka markkaa markkas'), ...pairs('SEK', 'krona kronor'), ...pairs('DKK', 'krone kroner'),
  ...pairs('ILS', 'shekel shekels'), ...pairs('ZAR', 'rand rands'), ...pairs('BRL', 'reais'),
  ...pairs('MYR', 'ringgit'), ...pairs('THB', 'baht'), ...pairs('IDR', 'rupiah'), ...pairs('PLN', 'zloty zlotys zlotych'),
  ...pairs('HUF', 'forint forints'), ...pairs('CZK', 'koruna korunas'), ...pairs('UAH', 'hryvnia hryvnias hryvnas'),
  ...pairs('KZT', 'tenge'), ...pairs('NGN', 'naira'), ...pairs('GHS', 'cedi cedis'), ...pairs('NLG', 'guilder guilders'),
  ...pairs('PTE', 'escudo escudos'), ...pairs('ESP', 'peseta pesetas'), ...pairs('GRD', 'drachma drachmas drachmae'),
  ...pairs('ATS', 'schilling schillings'), ...pairs('IEP', 'punt punts'), ...pairs('AED', 'dirham dirhams'),
  ...pairs('SAR', 'riyal riyals'), ...pairs('IRR', 'rial rials'), ...pairs('BDT', 'taka'), ...pairs('VND', 'dong'),
  ...pairs('ITL', 'lire'), ...pairs('TRY', 'lira liras'), ...pairs('RON', 'lei'), ...pairs('BGN', 'leva'),
  ...pairs('MXN', 'peso pesos'), ...pairs('BYN', 'byr'), ...pairs('PEN', 'soles'), ...pairs('GEL', 'lari'),
  ...pairs('ZMW', 'kwacha'), ...pairs('VES', 'bolivar bolivars bolivares'), ...pairs('XEU', 'ecu ecus'),
  ...pairs('XDR', 'sdr sdrs'), ...pairs('ARA', 'austral australs'), ...pairs('BRC', 'cruzado cruzados'),
  ...pairs('BRE', 'cruzeiro cruzeiros'), ...pairs('DEM', 'dmk dmks'),
  ...pairs(null, 'dinar dinars crown crowns kroon kroons shilling shillings'),
  ...pairs('GBP', 'pound pounds'), ...pairs('DEM', 'mark marks deutschemark deutschemarks'),
]);

/** Nouns for a hundredth of a currency: "26 cents" is 0.26 of the currency (US dollars by default). */
export const MINOR_UNITS: ReadonlyMap<string, string> = new Map([
  ...pairs('USD', 'cent cents ct cts'), ...pairs('GBP', 'pence penny'), ...pairs('RUB', 'kopeck kopecks kopeks'),
  ...pairs('INR', 'paisa paise'),
]);

/** Nationality adjectives (lowercase, multi-word joined with a space) and the currency they select. */
export const CURRENCY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ...pairs('USD', 'us american'), ...pairs('CAD', 'canadian'), ...pairs('AUD', 'australian aussie'),
  ['new zealand', 'NZD'], ['hong kong', 'HKD'], ...pairs('SGD', 'singapore singaporean'),
  ...pairs('TWD', 'taiwan taiwanese'), ['new taiwan', 'TWD'], ...pairs('CHF', 'swiss'), ...pairs('FRF', 'french'),
  ...pairs('BEF', 'belgian'), ...pairs('LUF', 'luxembourg'), ...pairs('DEM', 'german deutsche d'),
  ...pairs('FIM', 'finnish'), ...pairs('SEK', 'swedish'), ...pairs('NOK', 'norwegian'), ...pairs('DKK', 'danish'),
  ...pairs('ISK', 'icelandic'), ...pairs('CZK', 'czech'), ...pairs('SKK', 'slovak'), ...pairs('MXN', 'mexican'),
  ...pairs('ARS', 'argentine argentinian'), ...pairs('CLP', 'chilean'), ...pairs('COP', 'colombian'),
  ...pairs('PHP', 'philippine'), ...pairs('CUP', 'cuban'), ...pairs('INR', 'indian'), ...pairs('PKR', 'pakistani'),
  ['sri lankan', 'LKR'], ...pairs('NPR', 'nepalese'), ...pairs('IDR', 'indonesian'), ...pairs('RUB', 'russian'),
  ...pairs('BYN', 'belarusian belarussian'), ...pairs('UAH', 'ukrainian'), ...pairs('TRY', 'turkish'),
  ...pairs('ITL', 'italian'), ...pairs('EGP', 'egyptian'), ...pairs('LBP', 'lebanese'), ...pairs('SYP', 'syrian'),
  ...pairs('IEP', 'irish'), ...pairs('CNY', 'chinese'), ...pairs('JPY', 'japanese'), ...pairs('KRW', 'korean'),
  ['south korean', 'KRW'], ...pairs('BRL', 'brazilian'), ['south african', 'ZAR'], ...pairs('SAR', 'saudi'),
  ...pairs('IRR', 'iranian'), ...pairs('QAR', 'qatari'), ...pairs('KWD', 'kuwaiti'), ...pairs('IQD', 'iraqi'),
  ...pairs('JOD', 'jordanian'), ...pairs('BHD', 'bahraini'), ...pairs('DZD', 'algerian'), ...pairs('TND', 'tunisian'),
  ...pairs('LYD', 'libyan'), ...pairs('RSD', 'serbian'), ...pairs('KES', 'kenyan'), ...pairs('UGX', 'ugandan'),
  ...pairs('TZS', 'tanzanian'), ...pairs('ATS', 'austrian'), ...pairs('NGN', 'nigerian'), ...pairs('ILS', 'israeli'),
  ...pairs('THB', 'thai'), ...pairs('MYR', 'malaysian'), ...pairs('VND', 'vietnamese'), ...pairs('PLN', 'polish'),
  ...pairs('HUF', 'hungarian'), ...pairs('RON', 'romanian'), ...pairs('BGN', 'bulgarian'), ...pairs('HRK', 'croatian'),
  ...pairs('KZT', 'kazakh'), ...pairs('GBP', 'british'), ...pairs('MAD', 'moroccan'), ...pairs('AED', 'emirati uae'),
  ...pairs('ZWL', 'zimbabwe zimbabwean'), ...pairs('JMD', 'jamaican'), ...pairs('EEK', 'estonian'),
  // Newswire shorthands: "aust dlrs", "can dlrs", "hk dlrs", "n.z. dlrs", "s'pore dlrs", "lux francs".
  ...pairs('AUD', 'aust'), ...pairs('CAD', 'can'), ...pairs('HKD', 'hk'), ...pairs('NZD', 'nz'),
  ...pairs('SGD', "s'pore"), ...pairs('LUF', 'lux'), ...pairs('NLG', 'dutch'), ...pairs('TWD', 'nt'),
]);

/** Table entries giving one value to each of the space-separated words. */
function pairs<T>(value: T, words: string): [string, T][] {
  return split(words).map((w) => [w, value]);
}

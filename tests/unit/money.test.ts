import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { currencyCode, findMoney, isSpace } from '../../src/core/read/money.ts';
import { readAmounts, readPrice } from '../../src/core/read/amounts.ts';
import { CurrencyRulesSchema, PriceStringRulesSchema } from '../../src/rules/schema.ts';
import table from '../../src/rules/currencies.json' with { type: 'json' };
import priceStrings from '../../src/rules/price-strings.json' with { type: 'json' };

const read = (text: string, options = {}) => readPrice(text, options);

describe('spaces', () => {
  test('are the characters JavaScript calls white space, and ASCII controls', () => {
    for (let k = 0; k <= 0xffff; k++) {
      const c = String.fromCharCode(k);
      expect(isSpace(c), `U+${k.toString(16)}`).toBe(k <= 32 || /\s/.test(c));
    }
    expect(isSpace(undefined)).toBe(false);
  });
});

describe('thousands grouped by spaces never lose their head', () => {
  test.each([
    ['1 234,56 €', 1234.56, 'EUR'],
    ['1\u00a0234,56 €', 1234.56, 'EUR'],
    ['1\u202f234,56 €', 1234.56, 'EUR'],
    ['2\u2009480 kr', 2480, 'SEK'],
    ['7 990 kr', 7990, 'SEK'],
    ['Prix : 3 250 000 €', 3250000, 'EUR'],
    ['12 900,00 руб.', 12900, 'RUB'],
    ['DEM 170 000', 170000, 'DEM'],
    ["CHF 2'450.90", 2450.9, 'CHF'],
    ['€1.249,00 / Jahr', 1249, 'EUR'],
  ])('%s', (text, amount, currency) => expect(read(text)).toMatchObject({ amount, currency }));

  test('a count after a price is not glued to it, and the doubt is said', () => {
    expect(read('$29 100 users')).toEqual({ amount: 29, currency: 'USD', ambiguous: ['number'] });
    expect(readAmounts('Team $49 250 seats')[0]).toMatchObject({ amount: 49, ambiguous: ['number'] });
  });
  test('a plain space does not group numbers that are not prices', () => {
    expect(readAmounts('Plan 2 500 users')).toEqual([]);
  });
});

describe('a space after the decimal mark', () => {
  test.each([
    ['$249. 95', 249.95], ['€ 17, 50', 17.5], ['1.380, 25 €', 1380.25], ['84, 99 zł', 84.99],
  ])('%s', (text, amount) => expect(read(text)).toMatchObject({ amount }));
  test('with a word after it, the reading is flagged', () =>
    expect(read('$29. 30 users included')).toMatchObject({ amount: 29.3, ambiguous: ['number'] }));
});

describe('ranges keep the from-price and the top', () => {
  test.each([
    ['From 26 to 50 €', 26, 50, 'EUR'],
    ['$45,000 - $70,000 a year', 45000, 70000, 'USD'],
    ['1.200 € – 2.400 €', 1200, 2400, 'EUR'],
    ['$10–20/mo', 10, 20, 'USD'],
    ['od 99 do 199 zł', 99, 199, 'PLN'],
  ])('%s', (text, amount, top, currency) => expect(read(text)).toEqual({ amount, top, currency }));
  test('a price then a count is not a range', () => expect(read('$5 - 10 users')).toEqual({ amount: 5, currency: 'USD' }));
  test('findMoney gives one hit for a range', () => expect(readAmounts('€9 – €19 per seat')).toHaveLength(1));
});

describe('two amounts with their own currencies', () => {
  test.each([
    ['AED 8000 (USD 2179)', 8000, 'AED'],
    ['CHF 45 (EUR 47)', 45, 'CHF'],
    ['£20 / $25', 20, 'GBP'],
    ['1 500 Kč (60 €)', 1500, 'CZK'],
  ])('%s reads the first', (text, amount, currency) => expect(read(text)).toMatchObject({ amount, currency }));
  test('each keeps its own marker', () =>
    expect(readAmounts('€ 12.00 € 9.00').map((h) => [h.amount, h.currency])).toEqual([[12, 'EUR'], [9, 'EUR']]));
});

describe('stray and missing marks', () => {
  test.each([
    ['$..75', 0.75, ['number']], ['.50 €', 0.5, undefined], ['$.80', 0.8, undefined], ['€ 35,-', 35, undefined],
    ['1.299,- €', 1299, undefined], ['45€ 90', 45.9, undefined],
  ])('%s', (text, amount, ambiguous) => {
    const r = read(text);
    expect(r.amount).toBe(amount);
    expect(r.ambiguous).toEqual(ambiguous);
  });
  test('a date is not a number', () => expect(read('15.08.2017', { bare: true }).amount).toBeNull());
  test('three minor digits: a decimal, flagged', () => expect(read('12.500 KD')).toEqual({ amount: 12.5, currency: 'KWD', ambiguous: ['number'] }));
  test('a known decimal mark settles it', () => {
    expect(read('$..25,500', { decimal: '.' }).amount).toBe(0.255);
    expect(read('12.500 KD', { decimal: ',' }).amount).toBe(12500);
  });
});

describe('currencies', () => {
  test.each([
    ['US$ 9.99', 'USD'], ['SGD$12.90', 'SGD'], ['NZD $45.00', 'NZD'], ['A$15', 'AUD'], ['C$15', 'CAD'], ['R$ 29,90', 'BRL'],
    ['HK$88', 'HKD'], ['199 Kč', 'CZK'], ['49,99 zł', 'PLN'], ['990 руб.', 'RUB'], ['990 ₽', 'RUB'], ['Rp 49.000', 'IDR'],
    ['45 lei', 'RON'], ['3.250 KD', 'KWD'], ['₹499', 'INR'], ['Rs 499', 'INR'], ['RM39', 'MYR'], ['₤12', 'GBP'], ['￡12', 'GBP'],
    ['¥1,200', 'JPY'], ['1,200円', 'JPY'], ['88元', 'CNY'], ['₩9,900', 'KRW'], ['9,900원', 'KRW'], ['19 euro', 'EUR'],
    ['25 dollars', 'USD'], ['49 EUR', 'EUR'], ['CHF 20', 'CHF'], ['12 GBP', 'GBP'], ['EUR29.50', 'EUR'], ['R299.00', 'ZAR'],
    ['US $7', 'USD'], ['CAD$7.50', 'CAD'], ['99 Ft', 'HUF'], ['1 200 грн', 'UAH'], ['150 TL', 'TRY'], ['₺150', 'TRY'],
  ])('%s', (text, currency) => expect(read(text).currency).toBe(currency));

  test('a trailing ISO code beats a leading "$"', () => {
    expect(read('$1,190.00 AUD')).toEqual({ amount: 1190, currency: 'AUD' });
    expect(read('SGD 4.90 $').currency).toBe('SGD');
  });
  test('two markers that disagree are flagged', () => expect(read('£40 USD')).toMatchObject({ currency: 'USD', ambiguous: ['currency'] }));
  test('¥ is JPY unless the page says CNY', () => {
    expect(read('¥99').currency).toBe('JPY');
    expect(read('¥99', { currency: 'CNY' }).currency).toBe('CNY');
  });
  test('a shared marker is flagged unless the page settles it', () => {
    expect(read('99 kr')).toEqual({ amount: 99, currency: 'SEK', ambiguous: ['currency'] });
    expect(read('99 kr', { currency: 'NOK' })).toEqual({ amount: 99, currency: 'NOK' });
    expect(read('$20', { currency: 'CAD' }).currency).toBe('CAD');
    expect(read('$20', { currency: 'EUR' }).currency).toBe('USD');
  });
  test.each(table.codes.split(' '))('ISO code %s reads before and after an amount', (code) => {
    expect(read(`${code} 1,250.00`)).toMatchObject({ amount: 1250, currency: code });
    expect(read(`1,250.00 ${code}`)).toMatchObject({ amount: 1250, currency: code });
  });
  test('codes that are also words count only with cents or grouping', () => {
    expect(readAmounts('TOP 10 reasons, PHP 8.2 and R2 storage')).toEqual([]);
    expect(read('PHP 1,499.00').currency).toBe('PHP');
  });
  test('a marker does not match inside a word', () => {
    expect(readAmounts('5 krona')).toEqual([]);
    expect(readAmounts('10 USDT')).toEqual([]);
    expect(readAmounts('3 Kčs')).toEqual([]);
  });
});

describe('free and contact sales', () => {
  test.each(['Free', 'Free forever', 'free!', 'Gratis'])('%s reads 0', (text) => expect(read(text)).toMatchObject({ amount: 0, free: true }));
  test('$0 reads 0', () => expect(read('$0')).toEqual({ amount: 0, currency: 'USD' }));
  test.each(['Contact us', 'Custom', "Let's talk", 'Talk to sales', 'Contact sales for a quote'])('%s reads no amount', (text) =>
    expect(read(text)).toEqual({ amount: null, currency: null, contactSales: true }));
  test.each(['Includes free onboarding', 'Free trial', 'Custom domains', 'Contact form widget'])('%s is neither', (text) =>
    expect(read(text)).toEqual({ amount: null, currency: null }));
});

describe('bare read', () => {
  test.each([['1 298,00', 1298], ['40 130', 40130], ['49.90', 49.9], ['Price 29', 29], ['129.900', 129900], ['0,00', 0]])(
    '%s', (text, amount) => expect(read(text, { bare: true })).toEqual({ amount, currency: null }));
  test('without bare, a number alone is not a price', () => expect(read('49.90')).toEqual({ amount: null, currency: null }));
  test('a percentage is not a bare price', () => expect(read('40% off', { bare: true }).amount).toBeNull());
  test('the page currency fills a bare amount when given', () => expect(read('49', { bare: true, currency: 'EUR' }).currency).toBe('EUR'));
});

describe('findMoney, the content script\'s reader', () => {
  const lines = [
    'From $29/mo', '7 990 kr', 'From 26 to 50 €', 'AED 8000 (USD 2179)', '2.9% + 30¢', '1.4% + 20p', 'Pro 49 EUR', 'EUR29.66',
    '€ 12.00 € 9.00', 'TOP 10 features', 'Unlimited projects', '24/7 support', '$1.2k/mo', 'Rp 49.000', '990 руб.', 'PHP 8.2',
    '5 krona', 'Plan 2 500 users', '1 500 Kč', 'US$ 12.50', '$..75', '12.500 KD',
  ];
  test.each(lines)('%s: money where readAmounts finds money', (line) =>
    expect(findMoney(line).map((h) => h.kind)).toEqual(readAmounts(line).map((h) => h.kind)));
  test('amounts and currencies', () => {
    expect(findMoney('Pro: US$ 12.50 / month, or 99 kr')).toEqual([
      { kind: 'money', amount: 12.5, currency: 'USD', index: 5, end: 14 },
      { kind: 'money', amount: 99, currency: 'SEK', index: 27, end: 32 },
    ]);
    expect(findMoney('$1,190.00 AUD')[0]?.currency).toBe('AUD');
    expect(findMoney('2.9% + 30¢').map((h) => [h.kind, h.amount, h.currency])).toEqual([['percent', 2.9, null], ['money', 0.3, null]]);
  });
});

describe('readAmounts', () => {
  test('percentages are still found', () => {
    expect(readAmounts('2.9% + 30¢').map((h) => [h.kind, h.amount])).toEqual([['percent', 2.9], ['money', 0.3]]);
    expect(readAmounts('1,5 % + 0,25 €').map((h) => h.kind)).toEqual(['percent', 'money']);
  });
  test('positions cover the marker and the number', () => {
    const text = 'Pro: US$ 12.50 / month';
    const [hit] = readAmounts(text);
    expect(text.slice(hit!.index, hit!.end)).toBe('US$ 12.50');
  });
});

const hostile = ['', '0', '.', ',,,', '$$$', '€', '1'.repeat(100_000), '9.'.repeat(50_000), '1 '.repeat(50_000), '$1 '.repeat(33_000),
  ',.'.repeat(50_000) + '5', '1,'.repeat(50_000), '€5 '.repeat(30_000), 'ab1'.repeat(33_000), '١٢٣ руб. 12 € ¥ 3円 $'.repeat(5000)];

describe('bad input', () => {
  test.each(hostile.map((s) => [s.slice(0, 24), s] as const))('%s… reads without throwing', (_, text) => {
    for (const hits of [findMoney(text), readAmounts(text)]) {
      expect(hits.filter((h) => !(Number.isFinite(h.amount) && h.index >= 0 && h.end <= text.length))).toEqual([]);
    }
    expect(() => readPrice(text, { bare: true })).not.toThrow();
  });
  test('a 100,000-digit number is no amount', () => expect(readPrice('$' + '9'.repeat(100_000)).amount).toBeNull());
  test('non-strings read as nothing', () => expect(readPrice(null)).toEqual({ amount: null, currency: null }));
  test('any mix of digits, marks and scripts reads without throwing, hits in bounds and in order', () => {
    const alphabet = [...'0123456789.,\' \u00a0\u202f-–$€£¥%¢kKmMrubдлвзłKč円元원₹abcxyzРр.()/:+'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((cs) => cs.join('')), (text) => {
      for (const hits of [findMoney(text), readAmounts(text)]) {
        let last = -1;
        for (const h of hits) {
          if (!(h.index >= last && h.index < h.end && h.end <= text.length && Number.isFinite(h.amount) && h.amount >= 0)) return false;
          last = h.end;
        }
      }
      const r = readPrice(text, { bare: true });
      return r.amount === null || Number.isFinite(r.amount);
    }), { numRuns: 3000 });
  });
});

describe('currency tables (src/rules/currencies.json, price-strings.json)', () => {
  const rules = { ...CurrencyRulesSchema.parse(table), ...PriceStringRulesSchema.parse(priceStrings) };
  const codes = rules.codes.split(' ');
  const all = new Set([...codes, ...rules.historic.split(' ')]);
  test('codes are sorted, unique, and active and historic do not overlap', () => {
    for (const list of [codes, rules.historic.split(' ')]) expect(list).toEqual([...new Set(list)].sort());
    expect(all.size).toBe(codes.length + rules.historic.split(' ').length);
  });
  test('every mapped code is a known code', () => {
    const used = [
      ...Object.values(rules.symbols), ...Object.values(rules.words), ...Object.values(rules.qualifiers),
      ...rules.threeDecimals, ...Object.values(rules.shared).flatMap((s) => s.split(' ')),
    ];
    expect(used.filter((c) => !all.has(c))).toEqual([]);
  });
  test('a flagged marker is a shared one', () => expect(rules.flagged.filter((m) => !(m in rules.shared))).toEqual([]));
  test('a shared marker exists and its default is what it maps to', () => {
    for (const [m, s] of Object.entries(rules.shared)) expect(currencyCode(m), m).toBe(s.split(' ')[0]);
  });
  test('every symbol and word is read next to an amount', () => {
    for (const m of [...Object.keys(rules.symbols), ...Object.keys(rules.words)]) {
      expect(read(`1,250.00 ${m}`).currency, m).toBe(currencyCode(m));
    }
  });
  test('a malformed table is refused with a message', () => {
    expect(() => CurrencyRulesSchema.parse({ ...table, symbols: { 'US $': 'USD' } })).toThrow(/no space/);
    expect(() => CurrencyRulesSchema.parse({ ...table, words: { Euro: 'EUR' } })).toThrow(/lower case/);
    expect(() => CurrencyRulesSchema.parse({ ...table, codes: 'usd' })).toThrow();
    expect(() => PriceStringRulesSchema.parse({ ...priceStrings, shared: { $: 'USD' } })).toThrow(/two codes/);
  });
});

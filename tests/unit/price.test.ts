import { describe, expect, test } from 'vitest';
import { parsePrices, readBilling } from '../../src/core/read/price.ts';
import { parseLimits } from '../../src/core/read/limits.ts';
import { moneyBand } from '../../src/core/read/brackets.ts';
import { planName } from '../../src/core/read/plans.ts';

const first = (text: string, tail?: string) => parsePrices(text, { tail })[0];

describe('parsePrices', () => {
  test.each([
    ['$29/mo', { amount: 29, currency: 'USD', period: 'month', unit: null, per: 1 }],
    ['29,99 € pro Agent/Monat', { amount: 29.99, currency: 'EUR', period: 'month', unit: 'seats' }],
    ['1.234,56 € / Jahr', { amount: 1234.56, currency: 'EUR', period: 'year' }],
    ['£10 a month', { amount: 10, currency: 'GBP', period: 'month' }],
    ['USD 15 per seat per month', { amount: 15, currency: 'USD', unit: 'seats', period: 'month' }],
    ['CHF 20 / user / month', { amount: 20, currency: 'CHF', unit: 'seats', period: 'month' }],
    ['$0.0004 per request', { amount: 0.0004, unit: 'api_calls', per: 1 }],
    ['$12 per 1,000 contacts', { amount: 12, unit: 'contacts', per: 1000 }],
    ['$25 per 1M events', { amount: 25, unit: 'data_volume', per: 1e6 }],
    ['Requests: $2.50 per additional million', { amount: 2.5, unit: 'api_calls', per: 1e6 }],
    ['1 – 10 GB/day $3.14 per GB', { amount: 3.14, unit: 'data_volume' }],
    ['Contacts: $10 per 1,000', { amount: 10, unit: 'contacts', per: 1000 }],
    ['Extra referred orders: $0.60 each', { amount: 0.6, unit: 'orders', per: 1 }],
    ['Premium support: $300 each', { amount: 300, unit: null }],
    ['Pro: $49 per month', { amount: 49, unit: null, period: 'month' }],
    ['$14 seat / month', { amount: 14, unit: 'seats', period: 'month' }],
    ['$29 Pro / month', { amount: 29, unit: null, period: 'month' }],
    ['$0.05 per vCPU-hour', { amount: 0.05, unit: 'compute' }],
    ['€0.02 per GB-month', { amount: 0.02, currency: 'EUR', unit: 'storage', period: 'month' }],
    ['From $1.2k/mo', { amount: 1200, period: 'month' }],
    ['$8 per user/month, billed annually', { amount: 8, unit: 'seats', period: 'month', billing: 'annual' }],
    ['$99 one-time payment', { amount: 99, period: 'once' }],
    // Unit grammar seen on real pages, in words of our own.
    ['$15 per full editor / month', { amount: 15, unit: 'seats', period: 'month' }],
    ['$20 for every 100 additional orders', { amount: 20, unit: 'orders', per: 100 }],
    ['$0.015 /SMS', { amount: 0.015, unit: 'messages' }],
    ['$49 /agent/month', { amount: 49, unit: 'seats', period: 'month' }],
    ['$10 / mo per standard user*', { amount: 10, unit: 'seats', period: 'month' }],
    ['€49 par mois par utilisateur', { amount: 49, currency: 'EUR', unit: 'seats', period: 'month' }],
    ['¥980/月', { amount: 980, currency: 'JPY', period: 'month' }],
    ['R$ 49/mês', { amount: 49, currency: 'BRL', period: 'month' }],
    ['¥9,800/年', { amount: 9800, period: 'year' }],
    ['$15.00/month for additional seats', { amount: 15, unit: 'seats', period: 'month' }],
    ['$12/mo each additional member', { amount: 12, unit: 'seats', period: 'month' }],
    ['Add more users at $15.00/mo', { amount: 15, unit: 'seats', period: 'month' }],
    ['Additional 1,000 contacts: $10', { amount: 10, unit: 'contacts', per: 1000 }],
    ['Add contacts in blocks of 1,000 for $5 per month', { amount: 5, unit: 'contacts', per: 1000 }],
    // A price quoted at a quantity of usage scales along it; what a tier includes, or a team's size, does not.
    ['$300/mo at 50,000 MTU', { amount: 300, unit: 'active_users', per: 50000 }],
    ['$99 per month for up to 10,000 contacts', { amount: 99, unit: null }],
    ['$49/mo at 5 users', { amount: 49, unit: null }],
    ['Extra storage - $5 / month', { amount: 5, unit: 'storage', period: 'month' }],
    ['Add features for $10', { amount: 10, unit: null }],
    ['$500 per million monthly active rows', { amount: 500, unit: 'data_volume', per: 1e6 }],
    ['$29 / responder / month', { amount: 29, unit: 'seats', period: 'month' }],
    ['$12 per sender / month', { amount: 12, unit: 'seats', period: 'month' }],
    ['$2 per extra million fetches', { amount: 2, unit: 'api_calls' }],
    ['$1 per thousand requests', { amount: 1, unit: 'api_calls', per: 1000 }],
    ['$5 per monthly active user', { amount: 5, unit: 'active_users' }],
    ['$5 per month', { amount: 5, unit: null, period: 'month' }],
    ['$20 per 10,000 ops', { amount: 20, unit: 'api_calls', per: 10000 }],
    ['$31 per APM host / month', { amount: 31, unit: 'compute', period: 'month' }],
    ['39 € HT / mois / point de vente', { amount: 39, currency: 'EUR', unit: 'locations', period: 'month' }],
    // A bare "/ GB" is storage, unless the words before it say the bytes flow.
    ['$0.38 / GB', { amount: 0.38, unit: 'storage' }],
    ['Includes 1 TB bandwidth, then $0.08 / GB', { amount: 0.08, unit: 'data_volume' }],
    ['Log ingestion: $0.10 per GB', { amount: 0.1, unit: 'data_volume' }],
    ['Data written (ingress) – $0.05 per GB', { amount: 0.05, unit: 'data_volume' }],
    ['+ $0.35 per successful sale', { amount: 0.35, unit: 'transactions' }],
    ['Egress, extra storage $1 per GB', { amount: 1, unit: 'storage' }],
    ['Bandwidth: $0.02 per GB-month', { amount: 0.02, unit: 'storage' }],
    ['$147 / month Request a Quote Core features include:', { amount: 147, unit: null, period: 'month' }],
    // Places a business runs, priced each: locations.
    ['$39 per salon / month', { amount: 39, unit: 'locations', period: 'month' }],
    // A text, an MMS and an SMS segment are messages; a delivery is an order.
    ['$0.02 per text', { amount: 0.02, unit: 'messages' }],
    ['$0.015 per SMS segment', { amount: 0.015, unit: 'messages' }],
    ['$0.04 per MMS', { amount: 0.04, unit: 'messages' }],
    ['$1.50 per delivery', { amount: 1.5, unit: 'orders' }],
    // A fleet tool counts its vehicles as it counts seats.
    ['$19 per bus per month', { amount: 19, unit: 'seats', period: 'month' }],
    ['$129 per pharmacy', { amount: 129, unit: 'locations' }],
    ['$25 per kiosk / month', { amount: 25, unit: 'locations', period: 'month' }],
    // A payroll's pay run is no API run: its fee is a base per payroll, the employees paid are the unit.
    ['$20 per pay run', { amount: 20, unit: null }],
    ['$40 per workflow run', { amount: 40, unit: 'api_calls' }],
    // A role named in capitals, two words that end the unit, is a person.
    ['$12/Doc Maker/mo', { amount: 12, unit: 'seats', period: 'month' }],
    ['$36 per Doc Maker per month', { amount: 36, unit: 'seats', period: 'month' }],
  ])('%s', (text, expected) => expect(first(text)).toMatchObject(expected));

  test.each([
    '$35m Series A led by a fund', '$10M Revenue Uplift, 99%+ Approval', '$1.2M savings, 93% fewer chargebacks',
    '98.5% approval, $0 fraud loss', 'Our customers saw $2M in attributed sales', 'Raised $12 million in funding',
    'resulting in $1.2 million in cost-savings', 'approve over 99% of orders', '30% fewer failed payments',
    'It increased our win rate by 37.5% in four months', 'Up to $10k in monthly ad spend', '$0 – $50k MRR',
    'First $1,000 of upsell revenue each month is free', 'Up to $3M in annual billings', 'Bundle revenue up to $5,000 / month',
  ])('money that is not a price: %s', (text) => expect(parsePrices(text)).toEqual([]));

  test("a price's unit does not run on into the next line's words", () => {
    expect(parsePrices('$5.00 / million', { tail: 'KV storage' })[0]).toMatchObject({ amount: 5, unit: null });
    expect(parsePrices('$29', { tail: 'per user / month' })[0]).toMatchObject({ amount: 29, unit: 'seats', period: 'month' });
  });

  test('a storage price and an egress price on one line keep their own units', () => {
    expect(parsePrices('Storage $0.02 per GB · Egress $0.09 per GB').map((p) => p.unit)).toEqual(['storage', 'data_volume']);
  });

  test('ranges keep their top, uncertain readings say so, a bracketed conversion is not a second price', () => {
    expect(parsePrices('From 26 to 50 €')).toEqual([expect.objectContaining({ amount: 26, top: 50, currency: 'EUR' })]);
    expect(parsePrices('$10–$20 per seat')[0]).toMatchObject({ amount: 10, top: 20, unit: 'seats' });
    expect(parsePrices('423.923 KD')[0]).toMatchObject({ amount: 423.923, currency: 'KWD', ambiguous: ['number'] });
    expect(parsePrices('$29/mo')[0]!.ambiguous).toBeUndefined();
    expect(parsePrices('AED 8000 (USD 2179)')).toEqual([expect.objectContaining({ amount: 8000, currency: 'AED' })]);
  });

  test('a share of what is recovered is an outcome price', () => {
    expect(parsePrices('25%', { tail: 'of every chargeback we recover' })[0]).toMatchObject({ percent: 25, unit: 'outcomes' });
    expect(parsePrices('2.9% + 30¢ per successful card charge')[0]).toMatchObject({ unit: 'transactions' });
  });

  test('a percentage plus a fixed fee is one transaction price', () => {
    const prices = parsePrices('2.9% + 30¢ per successful card charge');
    expect(prices).toHaveLength(1);
    expect(prices[0]).toMatchObject({ amount: 0.3, percent: 2.9, unit: 'transactions', currency: 'USD' });
  });
  test('pence and European percentages', () => {
    expect(first('1.4% + 20p for UK cards')).toMatchObject({ amount: 0.2, currency: 'GBP', percent: 1.4, unit: 'transactions' });
    expect(first('1,5 % + 0,25 € pro Transaktion')).toMatchObject({ amount: 0.25, currency: 'EUR', percent: 1.5 });
    expect(first('Costo por venta: 2%')).toMatchObject({ percent: 2, unit: 'transactions' });
  });
  test('a discount or a result is no fee: "Save 15% on annual payment", "Ahorra 15%", "20% off", "payments dropped 34%"', () => {
    for (const s of ['Save 15% on annual payment', 'Annual payment saves 10% on card payments', 'Ahorra 15% con pago anual', 'Économisez 20 % avec le paiement annuel', '20% off card payments',
      '“Late payments dropped 34% in our first quarter.”', 'Approved transactions rose by 6%']) expect(parsePrices(s)).toEqual([]);
    expect(first('Save time: 2.9% + 30¢ per card payment')).toMatchObject({ percent: 2.9, unit: 'transactions' });
  });
  test('a share of revenue is a revenue price', () => {
    expect(first('0.5% of revenue tracked')).toMatchObject({ unit: 'revenue', percent: 0.5 });
    expect(first('1.5% of upsell revenue')).toMatchObject({ unit: 'revenue', percent: 1.5 });
    expect(first('+ 3% of affiliate-referred revenue')).toMatchObject({ unit: 'revenue', percent: 3 });
    expect(first('0.8% of your partner referred sales')).toMatchObject({ unit: 'revenue', percent: 0.8 });
    expect(first('+ 3.5% commission on referred sales')).toMatchObject({ unit: 'revenue', percent: 3.5 });
    expect(first('0.7% of billing volume')).toMatchObject({ unit: 'revenue', percent: 0.7 });
  });
  test('a share of each payment, exchange or charge, in German, Spanish or French, is a transaction price', () => {
    expect(first('0,45 % auf jeden Währungsumtausch')).toMatchObject({ unit: 'transactions', percent: 0.45 });
    expect(first('1,5 % por cada cobro')).toMatchObject({ unit: 'transactions', percent: 1.5 });
    expect(first('2 % sur chaque paiement')).toMatchObject({ unit: 'transactions', percent: 2 });
    expect(parsePrices('1%', { tail: 'per payout · min $0.50 · max $25' })[0]).toMatchObject({ unit: 'transactions', percent: 1 });
  });
  test('percentages that are not fees are not prices', () => {
    expect(parsePrices('Save 20% with annual billing')).toEqual([]);
    expect(parsePrices('99.9% uptime SLA')).toEqual([]);
  });
  test('the unit may sit on the next line', () => expect(first('$15', 'per user / month')).toMatchObject({ unit: 'seats', period: 'month' }));
  test('the default currency applies to amounts without a symbol only', () => {
    expect(parsePrices('49 EUR', { currency: 'USD' })[0]?.currency).toBe('EUR');
  });
  test('a number after a price is not glued to it', () => expect(first('$29 100 users')?.amount).toBe(29));
  test('a kind of pricing named after the price ("Discounted per-GB rate") is no unit of it', () => {
    expect(parsePrices('From $1,000', { tail: 'per month, annual\nDiscounted per-GB rate' })[0]).toMatchObject({ unit: null, period: 'month' });
    expect(parsePrices('$5 per-user / month')[0]).toMatchObject({ unit: 'seats' });
    expect(parsePrices('$8 per-seat pricing')[0]).toMatchObject({ unit: 'seats' });
  });
  test('no price in plain text', () => expect(parsePrices('Unlimited projects, 24/7 support')).toEqual([]));
});

describe('readBilling', () => {
  test.each([
    ['billed annually', 'annual'], ['$24/mo when billed yearly', 'annual'], ['billed monthly', 'monthly'],
    ['jährliche Zahlung', 'annual'], ['per month', null],
  ])('%s -> %s', (text, expected) => expect(readBilling(text)).toBe(expected));
});

describe('parseLimits', () => {
  test.each([
    ['Up to 2,500 contacts', 'contacts', 2500], ['100 GB storage', 'storage', 100], ['2 TB storage', 'storage', 2000],
    ['10,000 emails / month', 'messages', 10000], ['3 users included', 'seats', 3], ['1M events per month', 'data_volume', 1e6],
    ['10k monthly tracked users', 'active_users', 10000], ['Bis zu 1.000 Kontakte', 'contacts', 1000], ['4 vCPU', 'compute', 4],
    ['50,000 API requests', 'api_calls', 50000], ['Subscribers 25,000', 'contacts', 25000],
    ['Network traffic 1 TB / mo', 'data_volume', 1000], ['API requests 25 million / mo ~ 10 / sec', 'api_calls', 25e6],
    ['The free plan includes 30,000 monthly sessions', 'data_volume', 30000], ['500 orders included each month', 'orders', 500],
    ['Up to 50 bundle orders per month', 'orders', 50], ['$1M in annual sales', 'revenue', 1e6],
    ['Monthly pageviews 10k', 'data_volume', 10000], ['Requests / month 100,000', 'api_calls', 100000], ['Recurring orders 1,000', 'orders', 1000],
    ['Événements ingérés par mois 5 millions', 'data_volume', 5e6], ['Ereignisse pro Monat 5 Mio.', 'data_volume', 5e6], ['bei 2.500 Kontakten', 'contacts', 2500], ['30 / month Orders with a chosen date', 'orders', 30], ['Eventos al mes 2 millones', 'data_volume', 2e6],
    ['Up to 2,500 people', 'contacts', 2500], ['Up to 10 people', 'seats', 10],
    ['SMS included each month (US/CA) 3,000', 'messages', 3000],
    ['750 steps a month', 'api_calls', 750],
    ['2 locales adicionales', 'locations', 2],
    ['bis 500 Aufträge pro Monat', 'orders', 500], ['tot 2.500 relaties', 'contacts', 2500],
    ['bis 250 Verkäufe pro Monat', 'orders', 250],
    ['25,000 tested visitors / month', 'active_users', 25000],
    ['500 API credits', 'credits', 500], ['10,000 client-side MAU', 'active_users', 10000],
    ['6 calendars', 'seats', 6],
    ['3 Kalender', 'seats', 3],
    ['Up to 200 boat slips', 'locations', 200],
    ['Up to 1,000 constituent records', 'contacts', 1000],
    ['3 core seats', 'seats', 3], ['4 cores', 'compute', 4],
    // Bytes a month are bytes moved, however the period is written; so are gigabytes of logs, traces or a CDN.
    ['50 GB/month', 'data_volume', 50], ['50 GB / mo', 'data_volume', 50], ['10 GB per month', 'data_volume', 10],
    ['5 GB logs', 'data_volume', 5], ['100 GB of traces', 'data_volume', 100], ['25 GB monthly transfer', 'data_volume', 25], ['2 TB CDN', 'data_volume', 2000],
    ['Storage 50 GB/month', 'storage', 50],
    ['para até 2.000 contatos', 'contacts', 2000],
  ])('%s', (line, metric, quantity) => expect(parseLimits(line)).toEqual([{ metric, quantity, text: line }]));
  test.each([['Up to $10k in monthly ad spend', 'revenue', 10000], ['$0 – $50k MRR', 'revenue', 50000], ['$1M+ processing volume', 'transactions', 1e6],
    ['For stores under $50k/mo in sales', 'revenue', 50000], ['Up to $3M in annual billings', 'revenue', 3e6], ['Bundle revenue up to $5,000 / month', 'revenue', 5000]])(
    'a tier bracket in money: %s', (line, metric, quantity) => expect(parseLimits(line)).toContainEqual({ metric, quantity, text: line }));
  test('a price before a band of revenue is a price; the band is a limit', () => {
    expect(parsePrices('$49/month for revenue up to $5,000').map((p) => p.amount)).toEqual([49]);
    expect(parseLimits('$49/month for revenue up to $5,000')).toEqual([{ metric: 'revenue', quantity: 5000, text: '$49/month for revenue up to $5,000' }]);
  });
  test('a rate limit later in the line is another item, not this quantity\'s rate', () => {
    expect(parseLimits('$49/month · 150,000 requests · 10 requests per second')).toEqual([{ metric: 'api_calls', quantity: 150000, text: '$49/month · 150,000 requests · 10 requests per second' }]);
  });
  test.each([['5 projects with unlimited users'], ['$15 for every 100 additional orders'], ['Additional orders 100'], ['5 sales channels'], ['100 requests per second'], ['1,000 API calls/sec'], ['60 requests a minute'], ['$12 per 1,000 contacts'], ['3 locales'], ['500 packing slips'], ['3 text fields'], ['5 delivery zones'], ['24/7 support'], ['99.9% uptime'], ['14-day free trial']])(
    'no limit in %s', (line) => expect(parseLimits(line)).toEqual([]));
});

describe('moneyBand', () => {
  test.each([['Under $1M', 1e6], ['$1M – $3M', 3e6], ['$20M and above', 2e7], ['Up to $100,000', 1e5], ['$100,000 – $500,000', 5e5]])(
    'a band of money that labels a tier: %s', (line, top) => expect(moneyBand(line)).toBe(top));
  test.each([['$12,000'], ['$15,000 / year'], ['Up to $5,000'], ['$49 / month'], ['$1M in annual sales']])('no band: %s', (line) => expect(moneyBand(line)).toBeNull());
});

describe('planName', () => {
  // A card's or table header's text read as one run: the price, the button and a badge ran into the name.
  test.each([['Pro$189/month', 'Pro'], ['Starter$99/monthGet started', 'Starter'], ['Most popularPlus$20per user / monthStart trial', 'Plus'],
    ['LaunchA$0/moUp to 50 orders a month', 'Launch'], ['Expansion$250k – $1M MRR', 'Expansion'],
    ['EnterpriseTalk to usannual contract', 'Enterprise'], ['BusinessPopular', 'Business'], ['ExplorerFree1 editor', 'Explorer']])('%s is %s', (name, plan) => expect(planName(name)).toBe(plan));
  // A name that states a price apart from its words, or a long line that happens to end in one, is left as it is.
  test.each([['Under $10k MRR'], ['$29 / month'], ['Team 29€'], ['Pro'], ['WhatsApp'], ['Business Plus'], ['Growth: ticketing, customer portal, reports and more for small teams from$15']])(
    '%s stays', (name) => expect(planName(name)).toBe(name));
});

describe('plansFromOffers', () => {
  const offer = (name: string, price: string, unitText: string | null = null) => ({ name, price, priceCurrency: 'USD', unitText, billingDuration: null, referenceQuantity: null });
  test('an Offer and its own unit price specification are one plan with the unit', async () => {
    const { plansFromOffers } = await import('../../src/core/read/plans.ts');
    const plans = plansFromOffers([offer('Starter', '12'), offer('Starter', '12', 'user per month'), offer('Pro', '24')]);
    expect(plans.map((p) => [p.name, p.prices.map((x) => [x.amount, x.unit])])).toEqual([['Starter', [[12, 'seats']]], ['Pro', [[24, null]]]]);
  });
});

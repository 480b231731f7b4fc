import { describe, expect, test } from 'vitest';
import { costAcross, costableMetrics, costFor, parseQuantity } from '../../src/core/list/cost.ts';
import { saved } from './fixtures.ts';

const day = (d: number) => `2026-0${d}-01T00:00:00.000Z`;
const tiers = saved('1', 'mailer.example', day(1), 'Email marketing', '$0/month up to 500 contacts', '$49/month up to 2,500 contacts',
  '$99 per month for up to 10,000 contacts', 'Enterprise: contact sales');
const seats = saved('2', 'boardly.example', day(2), 'Project boards', '$8 per user / month', '$15 per user / month', 'Enterprise: contact sales');
const events = saved('3', 'tracker.example', day(3), 'Product analytics', '$0.00028 per event');
const fees = saved('4', 'payflow.example', day(4), 'Payments', '2.9% + 30¢ per transaction');
const overage = saved('5', 'shop.example', day(5), 'Shop tool', '$25/month includes 1,000 orders, then $10 per 1,000 orders');

describe('parseQuantity', () => {
  test.each([['5,000', 5000], ['25', 25], ['1M', 1_000_000], ['2.5k', 2500], [' 10 000 ', null], ['1 million', 1_000_000], ['abc', null], ['0', null], ['5x', null], ['', null]])(
    '%s -> %s', (text, q) => expect(parseQuantity(text)).toBe(q));
});

describe('costFor', () => {
  test('a quantity lands in the first tier whose limit covers it', () => {
    expect(costFor(tiers.teardown, 'contacts', 2000)).toMatchObject({ status: 'priced', plan: 'Plan 2', monthly: 49, currency: 'USD' });
    expect(costFor(tiers.teardown, 'contacts', 5000)).toMatchObject({ status: 'priced', plan: 'Plan 3', monthly: 99 });
    expect(costFor(tiers.teardown, 'contacts', 400)).toMatchObject({ status: 'priced', plan: 'Plan 1', monthly: 0 });
  });
  test('above every published tier: contact sales, said as such', () => {
    expect(costFor(tiers.teardown, 'contacts', 50_000)).toMatchObject({ status: 'contact-sales', plan: 'Plan 4' });
  });
  test('per-unit prices multiply by the quantity (cheapest plan wins)', () => {
    expect(costFor(seats.teardown, 'seats', 25)).toMatchObject({ status: 'priced', plan: 'Plan 1', monthly: 200 });
    const r = costFor(events.teardown, 'data_volume', 1_000_000);
    expect(r.status === 'priced' && r.monthly).toBeCloseTo(280, 6);
  });
  test('a base price with included units charges only the units beyond', () => {
    expect(costFor(overage.teardown, 'orders', 5000)).toMatchObject({ status: 'priced', monthly: 65 });
    expect(costFor(overage.teardown, 'orders', 800)).toMatchObject({ status: 'priced', monthly: 25 });
  });
  test('percentage fees and other metrics are not comparable', () => {
    expect(costFor(fees.teardown, 'transactions', 1000)).toMatchObject({ status: 'not-comparable', how: expect.stringMatching(/percentage/) });
    expect(costFor(seats.teardown, 'contacts', 5000)).toMatchObject({ status: 'not-comparable', how: 'charges per seat, not per contact' });
  });
});

describe('costAcross', () => {
  test('one line per competitor along the metric, priced first, cheapest first', () => {
    const all = [tiers, seats, events, fees, overage];
    const rows = costAcross(all, 'contacts', 5000);
    expect(rows.map((r) => [r.competitor, r.result.status])).toEqual([
      ['mailer.example', 'priced'], ['boardly.example', 'not-comparable'], ['payflow.example', 'not-comparable'],
      ['shop.example', 'not-comparable'], ['tracker.example', 'not-comparable']]);
    expect(costableMetrics(all)).toEqual(['contacts', 'data_volume', 'orders', 'seats', 'transactions']);
  });
  test('uses the latest teardown of each competitor', () => {
    const later = saved('9', 'boardly.example', day(9), 'Project boards', '$12 per user / month');
    expect(costAcross([seats, later], 'seats', 10)).toEqual([{ competitor: 'boardly.example', result: expect.objectContaining({ monthly: 120 }) }]);
  });
});

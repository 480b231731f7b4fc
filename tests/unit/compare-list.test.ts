import { describe, expect, test } from 'vitest';
import { cheapestAlongMetric, cheapestText, latestPerCompetitor, sameTeardown, sortTeardowns, unchangedEntry } from '../../src/core/list/compare.ts';
import { formatAmount, formatPrice } from '../../src/core/list/money.ts';
import { toPricing2Yaml, yamlString } from '../../src/core/list/pricing2yaml.ts';
import { toCsvReport, toJsonReport, toMarkdownReport } from '../../src/core/list/report.ts';
import type { Price } from '../../src/core/model.ts';
import { productTypeLabel } from '../../src/core/vocabulary.ts';
import { groupEvidence, isMetaPhrase, summarize } from '../../src/ui/verdict.ts';
import { saved } from './fixtures.ts';

const seats = saved('1', 'boardly.example', '2026-01-01T00:00:00.000Z', 'Project boards', '$19 per user / month', '$8 per user / month');
const events = saved('2', 'tracker.example', '2026-02-01T00:00:00.000Z', 'Product analytics', '$0.00028 per event');
const contacts = saved('3', 'mailer.example', '2026-03-01T00:00:00.000Z', 'Email marketing', '$49/month up to 2,500 contacts', '$99/month up to 10,000 contacts', 'Enterprise: contact sales');
const price = (p: Partial<Price>): Price => ({ amount: 10, currency: 'USD', period: 'month', unit: null, per: 1, billing: null, text: '', ...p });

describe('money in words', () => {
  test('amounts keep the page precision', () => {
    expect(formatAmount(0.00028, 'USD')).toBe('$0.00028');
    expect(formatAmount(19.9, 'EUR')).toBe('€19.90');
    expect(formatAmount(19, 'USD')).toBe('$19');
    expect(formatAmount(5, 'XX!')).toBe('5 XX!');
  });
  test('prices say currency, unit, period and billing', () => {
    expect(formatPrice(price({ unit: 'contacts', per: 1000 }))).toBe('$10 per 1,000 contacts / month');
    expect(formatPrice(price({ amount: 8, unit: 'seats', billing: 'annual' }))).toBe('$8 per seat / month (billed annually)');
    expect(formatPrice(price({ amount: 26, top: 50, currency: 'EUR', ambiguous: ['number'] }))).toBe('€26–€50 / month (uncertain number)');
    expect(formatPrice(price({ amount: 0.3, percent: 2.9, unit: 'transactions', period: null }))).toBe('2.9% + $0.30 per transaction');
    expect(formatPrice(price({ amount: 49, currency: 'EUR', period: 'year' }))).toBe('€49 / year');
  });
});

describe('cheapest along the metric', () => {
  test('only prices along the teardown own metric; per-seat $8 is the cheapest seat price', () => {
    expect(cheapestAlongMetric(seats.teardown)?.price).toMatchObject({ amount: 8, unit: 'seats' });
    expect(cheapestAlongMetric(events.teardown)?.price).toMatchObject({ amount: 0.00028, unit: 'data_volume' });
  });
  test('tiers priced by limits: the cheapest paid tier, said with its limit', () => {
    expect(cheapestText(contacts.teardown)).toBe('$49 / month for up to 2,500 contacts');
    expect(cheapestText(events.teardown)).toBe('$0.00028 per data unit');
    const quote = saved('8', 'quote.example', '2026-01-01T00:00:00.000Z', 'Pricing', 'Enterprise: contact sales');
    expect(cheapestText(quote.teardown)).toBe('contact sales');
  });
  test('sorting by price groups by metric: $0.00028 per event never ranks against $8 per seat', () => {
    const cheap = saved('4', 'cheapseat.example', '2026-01-05T00:00:00.000Z', 'Project boards', '$5 per user / month');
    const rows = sortTeardowns(latestPerCompetitor([seats, events, cheap]), 'minPrice', 'asc').map((r) => r.item.competitor);
    // per data volume < per seat (by label), and within seats $5 before $8
    expect(rows).toEqual(['tracker.example', 'cheapseat.example', 'boardly.example']);
  });
});

describe('saving an unchanged page', () => {
  test('sameTeardown ignores id, time and note, not the content', () => {
    const again = { ...seats, id: 'x', savedAt: '2026-05-01T00:00:00.000Z', note: 'n' };
    expect(sameTeardown(seats, again)).toBe(true);
    const changed = saved('5', 'boardly.example', '2026-05-01T00:00:00.000Z', 'Project boards', '$21 per user / month', '$8 per user / month');
    expect(sameTeardown(seats, changed)).toBe(false);
    expect(sameTeardown(seats, { ...again, competitor: 'other.example' })).toBe(false);
  });
  test('unchangedEntry finds the entry to update only when the latest teardown is the same', () => {
    const again = { ...seats, id: 'x', savedAt: '2026-05-01T00:00:00.000Z' };
    expect(unchangedEntry([seats, events], again)?.id).toBe('1');
    const changed = saved('6', 'boardly.example', '2026-06-01T00:00:00.000Z', 'Project boards', '$30 per user / month');
    expect(unchangedEntry([seats, changed], again)).toBeNull(); // the latest is the changed one
  });
});

describe('exports in words', () => {
  test('CSV has word headers and labels, one row per competitor unless history is asked', () => {
    const older = saved('7', 'boardly.example', '2025-12-01T00:00:00.000Z', 'Project boards', '$0.00028 per event');
    const csv = toCsvReport([seats, older, contacts], { history: false }).split('\r\n');
    expect(csv[0]).toMatch(/^"Competitor","Teardown","Saved","Page","Title","Value metric",/);
    expect(csv).toHaveLength(4);
    expect(csv[1]).toContain('per seat');
    expect(csv[1]).toContain('$8 per seat / month');
    expect(csv.join('\n')).not.toMatch(/\bseats\b|data_volume/);
    const withHistory = toCsvReport([seats, older, contacts], { history: true }).split('\r\n');
    expect(withHistory).toHaveLength(5);
    expect(withHistory[2]).toMatch(/^"boardly\.example","earlier",/);
  });
  test('JSON report keyed by words', () => {
    const r = JSON.parse(toJsonReport([seats, events], { history: false }, '2026-07-01T00:00:00.000Z'));
    expect(r.rows.map((x: Record<string, string>) => [x['Competitor'], x['Value metric'], x['Product type']])).toEqual([
      ['boardly.example', 'per seat', productTypeLabel(seats.teardown.productType.id)],
      ['tracker.example', 'per data volume', productTypeLabel(events.teardown.productType.id)]]);
    expect(JSON.stringify(r)).not.toMatch(/data_volume|"seats"/);
  });
  test('Markdown escapes pipes and tags in page text', () => {
    const md = toMarkdownReport([{ ...seats, note: 'a | b <img>' }], { history: false });
    expect(md).toContain('a \\| b &lt;img&gt;');
    expect(md).toContain('| Competitor | Teardown |');
  });
  test('Pricing2Yaml: required fields, plans with monthly prices and limits, page text quoted', () => {
    const y = toPricing2Yaml(contacts);
    expect(y.split('\n').slice(0, 3)).toEqual(['syntaxVersion: "2.1"', 'saasName: "mailer.example"', 'createdAt: "2026-03-01"']);
    expect(y).toContain('currency: "USD"');
    expect(y).toMatch(/plans:\n {2}PLAN_1:\n {4}description: "Plan 1"\n {4}price: 49\n/);
    expect(y).toMatch(/max_contacts:\n {8}value: 2500/);
    expect(y).toContain('price: "Contact sales"');
    expect(yamlString('a"b\n: - [x]')).toBe('"a\\"b\\n: - [x]"');
  });
});

describe('popup verdict', () => {
  test('one confidence in words, runner-up named when not high', () => {
    const s = summarize(seats.teardown);
    expect(['high', 'medium', 'low']).toContain(s.level);
    const weak = { ...seats.teardown, valueMetric: { ...seats.teardown.valueMetric, confidence: 0.3, secondary: [], evidence: [
      { metric: 'seats' as const, text: 'per user', weight: 1 }, { metric: 'storage' as const, text: '10 GB', weight: 0.4 }] } };
    expect(summarize(weak)).toEqual({ level: 'low', runnerUp: 'storage' });
    const strong = { ...weak, valueMetric: { ...weak.valueMetric, confidence: 0.9 }, productType: { ...weak.productType, confidence: 0.9 } };
    expect(summarize(strong)).toEqual({ level: 'high', runnerUp: null });
  });
  test('evidence grouped, deduplicated, meta phrases marked', () => {
    const groups = groupEvidence([{ key: 'seats', text: 'per user', weight: 1 }, { key: 'seats', text: 'Per  user ', weight: 1 },
      { key: 'storage', text: 'Team storage', weight: 0.5 }], (t) => isMetaPhrase(t, 'Team storage for all', '', 'per user'));
    expect(groups).toEqual([{ key: 'seats', phrases: [{ text: 'per user', onPage: true }] }, { key: 'storage', phrases: [{ text: 'Team storage', onPage: false }] }]);
  });
});

test('a phrase shown under the metric is not repeated under the product type', () => {
  const shown = new Set<string>();
  groupEvidence([{ key: 'seats', text: 'per user', weight: 1 }], () => false, shown);
  expect(groupEvidence([{ key: 'collaboration', text: 'Per user', weight: 1 }, { key: 'collaboration', text: 'boards', weight: 1 }], () => false, shown))
    .toEqual([{ key: 'collaboration', phrases: [{ text: 'boards', onPage: true }] }]);
});

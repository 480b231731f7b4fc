/**
 * "What would N cost?": for a quantity along one metric (5,000 contacts, 25 seats, 1M events), the
 * plan each saved competitor would put you on and its monthly price, read from the prices (per-unit
 * prices with their `per`) and the tier limits of the latest teardown. Pure.
 */
import type { MetricId, Plan, Price, SavedTeardown, Teardown } from '../model.ts';
import { metricLabel } from '../vocabulary.ts';
import { latestPerCompetitor } from './compare.ts';
import { formatQuantity, unitNoun } from './money.ts';

export type CostResult =
  /** A published plan covers the quantity: `monthly` is its price per month in `currency`. */
  | { status: 'priced'; plan: string; monthly: number; currency: string; how: string }
  /** Only a "contact sales" plan covers the quantity. */
  | { status: 'contact-sales'; plan: string; how: string }
  /** The page does not let you say: other metric, percentage fees, or no plan covers the quantity. */
  | { status: 'not-comparable'; how: string };

export interface CompetitorCost { competitor: string; result: CostResult }

const SUFFIX: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/**
 * Reads a quantity as people type it; null when it is not one.
 * @example parseQuantity('5,000') // 5000
 * @example parseQuantity('1M') // 1000000
 * @example parseQuantity('2.5k') // 2500
 */
export function parseQuantity(text: string): number | null {
  const m = /^\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  const suffix = m[2]!.toLowerCase();
  if (suffix && !(suffix in SUFFIX)) return null;
  const q = n * (suffix ? SUFFIX[suffix]! : 1);
  return Number.isFinite(q) && q > 0 ? Math.round(q * 100) / 100 : null;
}

const usable = (p: Price) => p.percent === undefined && p.period !== 'once';
/** Monthly amount of a price; prices without a period (usage) are taken as this month's usage. */
const monthly = (p: Price) => (p.period === 'year' ? p.amount / 12 : p.amount);
/** Prefer what a monthly buyer pays; fall back to an annual-billing price. */
function pick(prices: Price[]): Price | undefined {
  const ordered = [...prices].sort((a, b) => Number(a.billing === 'annual') - Number(b.billing === 'annual') || monthly(a) - monthly(b));
  return ordered[0];
}

type PlanCost = { monthly: number; currency: string; how: string } | null;

/** What one plan costs for `q` along `metric`, or null when the plan does not cover it. */
function planCost(plan: Plan, metric: MetricId, q: number): PlanCost {
  const limit = plan.limits.filter((l) => l.metric === metric).sort((a, b) => b.quantity - a.quantity)[0];
  const unit = pick(plan.prices.filter((p) => p.unit === metric && usable(p)));
  const base = pick(plan.prices.filter((p) => (p.unit === null || p.unit === 'flat') && usable(p) && metric !== 'flat'));
  const noun = (n: number) => `${formatQuantity(n)} ${unitNoun(metric, n)}`;
  const annual = (p: Price | undefined) => (p?.billing === 'annual' ? ', billed annually' : '');
  if (unit) {
    if (base && base.currency !== unit.currency) return null;
    // With a base fee the limit is what the base includes; without one it is a cap.
    const included = base ? (limit?.quantity ?? 0) : 0;
    if (!base && limit && q > limit.quantity) return null;
    const extra = (Math.max(0, q - included) / unit.per) * monthly(unit);
    const total = (base ? monthly(base) : 0) + extra;
    const how = base ? `base price plus ${noun(Math.max(0, q - included))} beyond the ${noun(included)} included${annual(base)}` : `${noun(q)} at the per-unit price${annual(unit)}`;
    return { monthly: total, currency: unit.currency, how };
  }
  if (metric === 'flat') {
    const flat = pick(plan.prices.filter((p) => (p.unit === null || p.unit === 'flat') && usable(p)));
    return flat ? { monthly: monthly(flat), currency: flat.currency, how: `flat price${annual(flat)}` } : null;
  }
  if (!limit || q > limit.quantity) return null;
  if (base) return { monthly: monthly(base), currency: base.currency, how: `up to ${noun(limit.quantity)} included${annual(base)}` };
  if (plan.free && plan.prices.every((p) => p.amount === 0)) return { monthly: 0, currency: plan.prices[0]?.currency ?? '', how: `free up to ${noun(limit.quantity)}` };
  return null;
}

/** True when a teardown charges along the metric or states limits in it. */
function isAlong(t: Teardown, metric: MetricId): boolean {
  return t.valueMetric.primary === metric || t.valueMetric.secondary.includes(metric)
    || t.plans.some((p) => p.prices.some((x) => x.unit === metric) || p.limits.some((l) => l.metric === metric));
}

/**
 * The plan a quantity lands in for one teardown, and its monthly price (the cheapest plan that covers it).
 * @example costFor(teardown, 'contacts', 5000) // { status: 'priced', plan: 'Growth', monthly: 79, currency: 'USD', ... }
 */
export function costFor(t: Teardown, metric: MetricId, quantity: number): CostResult {
  const what = `${formatQuantity(quantity)} ${unitNoun(metric, quantity)}`;
  if (!isAlong(t, metric)) return { status: 'not-comparable', how: `charges ${metricLabel(t.valueMetric.primary)}, not ${metricLabel(metric)}` };
  const fits = t.plans.map((plan) => ({ plan, cost: planCost(plan, metric, quantity) }))
    .filter((x): x is { plan: Plan; cost: NonNullable<PlanCost> } => x.cost !== null)
    .sort((a, b) => a.cost.monthly - b.cost.monthly);
  const best = fits[0];
  if (best) return { status: 'priced', plan: best.plan.name, monthly: best.cost.monthly, currency: best.cost.currency, how: best.cost.how };
  const sales = t.plans.find((p) => p.contactSales);
  if (sales) return { status: 'contact-sales', plan: sales.name, how: `no published price covers ${what}` };
  const percent = t.plans.some((p) => p.prices.some((x) => x.unit === metric && x.percent !== undefined));
  if (percent) return { status: 'not-comparable', how: 'charges a percentage, not a price per unit' };
  return { status: 'not-comparable', how: `no published plan covers ${what}` };
}

/**
 * Per saved competitor (latest teardown), what the quantity would cost; cheapest first, then contact
 * sales, then not comparable. Prices in different currencies are listed, never converted.
 * @example costAcross(items, 'seats', 25).map((c) => c.competitor)
 */
export function costAcross(items: SavedTeardown[], metric: MetricId, quantity: number): CompetitorCost[] {
  const rank = (r: CostResult) => (r.status === 'priced' ? 0 : r.status === 'contact-sales' ? 1 : 2);
  return latestPerCompetitor(items)
    .map(({ item }) => ({ competitor: item.competitor, result: costFor(item.teardown, metric, quantity) }))
    .sort((a, b) => rank(a.result) - rank(b.result)
      || (a.result.status === 'priced' && b.result.status === 'priced' ? a.result.monthly - b.result.monthly : 0)
      || a.competitor.localeCompare(b.competitor));
}

/** The metrics the saved competitors can be costed along (primary metrics and limit metrics), flat left out. */
export function costableMetrics(items: SavedTeardown[]): MetricId[] {
  const set = new Set<MetricId>();
  for (const { item } of latestPerCompetitor(items)) {
    const t = item.teardown;
    if (t.valueMetric.primary) set.add(t.valueMetric.primary);
    for (const p of t.plans) { for (const x of p.prices) if (x.unit) set.add(x.unit); for (const l of p.limits) set.add(l.metric); }
  }
  set.delete('flat');
  return [...set].sort();
}

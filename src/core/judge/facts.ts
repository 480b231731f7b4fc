/**
 * The facts critique and criteria rules are written against: one flat record computed from the
 * classified page, plus the evaluator of the rules' conditions. Pure.
 */
import type { Alignment, MetricId, PageSnapshot, Plan, ProductTypeId, ValueMetric } from '../model.ts';
import type { Condition, FactName } from '../../rules/schema.ts';
import { rules } from '../rules.ts';
import { tieredMetrics } from './classify.ts';
import { CONTACT_SALES_RE } from '../read/plans.ts';
import type { PageKind } from './page-kind.ts';
import { metricLabel, productTypeLabel } from '../vocabulary.ts';
import { mayTest } from '../literals.ts';

export type Facts = Record<FactName, string | number | boolean | null> & { labels: Record<string, string> };

// Scanned over the whole page: no Unicode flag (three times slower case folding), and see mayTest.
const TRIAL_RE = /\b(?:free trial|try (?:it )?(?:for )?free|\d+[- ]day trial|start (?:a |your )?trial|kostenlos testen|essai gratuit)\b/i;
const OVERAGE_RE = /\b(?:overages?|additional (?:\w+ )?(?:billed|charged) at|per additional|pay as you go for extra|extra usage (?:is )?billed)\b/i;
const CALCULATOR_RE = /\b(?:pricing calculator|cost calculator|estimate your (?:cost|bill|price)|calculate your (?:price|cost)|price estimator)\b/i;
const PAYG_RE = /\b(?:pay[- ]as[- ]you[- ]go|no (?:monthly|setup|subscription) fees?|only pay (?:when|for what)|no minimums?)\b/i;
/** The page-wide patterns above, for the gates file (scripts/lib/gate-patterns.ts). */
export const PAGE_FACT_PATTERNS = [TRIAL_RE, OVERAGE_RE, CALCULATOR_RE, PAYG_RE];
const SAVE_PCT_RE = /\b(?:save|spare|sparen sie|économisez|get)\s+(?:up to\s+)?(\d{1,2})\s?%/i;

/**
 * Computes the facts of a classified page.
 * @example computeFacts(...).annualDiscountPct // 20
 */
export function computeFacts(input: {
  snapshot: PageSnapshot; plans: Plan[]; metric: ValueMetric; type: ProductTypeId | null; alignment: Alignment; kind?: PageKind;
}): Facts {
  const { snapshot, plans, metric, type, alignment, kind = 'pricing' } = input;
  const typeRule = type ? rules().typeById.get(type) : undefined;
  const natural = typeRule?.natural ?? [];
  const allPrices = plans.flatMap((p) => p.prices);
  const tiny = allPrices.find((p) => p.unit !== null && p.amount > 0 && p.amount < 0.01);
  const metrics: MetricId[] = metric.primary ? [metric.primary, ...metric.secondary] : [];
  const contactSalesCount = plans.filter((p) => p.contactSales).length;
  const ctas = snapshot.plans.flatMap((p) => p.ctas).join('\n');
  const pageText = `${snapshot.text}\n${ctas}`;
  const within = [snapshot.text, ctas];
  const discount = annualDiscount(plans) ?? toggleDiscount(snapshot.billingToggle);
  return {
    primary: metric.primary,
    pageKind: kind,
    metricConfidence: metric.confidence,
    // Metrics the bill is computed from: the primary plus every unit a price is stated in. Limits
    // that differ between tiers (seats included, sends per month) do not make a second meter.
    metricCount: new Set([...metrics.slice(0, 1), ...allPrices.flatMap((p) => (p.unit ? [p.unit] : []))].filter((m) => m !== 'flat')).size,
    productType: type,
    alignment: alignment.verdict,
    usageDrivenType: natural.length > 0 && natural.every((m) => rules().metricById.get(m)?.usage === true),
    hasPrices: allPrices.length > 0,
    planCount: plans.length,
    paidPlanCount: plans.filter((p) => p.prices.some((x) => x.amount > 0 || (x.percent ?? 0) > 0)).length,
    contactSalesCount,
    // No price anywhere, but the page asks buyers to talk to sales or request a quote.
    quoteOnly: allPrices.length === 0 && mayTest(CONTACT_SALES_RE, pageText, within),
    hiddenPriceShare: plans.length ? contactSalesCount / plans.length : 0,
    freeTier: plans.some((p) => p.free),
    trial: mayTest(TRIAL_RE, pageText, within),
    annualDiscountPct: discount,
    tinyUnitPrice: tiny !== undefined,
    tierLimits: tieredMetrics(plans).size > 0,
    overage: mayTest(OVERAGE_RE, pageText, within),
    calculator: mayTest(CALCULATOR_RE, pageText, within),
    payAsYouGo: mayTest(PAYG_RE, pageText, within),
    labels: {
      primaryLabel: metricLabel(metric.primary),
      pageKindLabel: kind === 'article' ? 'an article' : kind === 'homepage' ? 'a homepage' : 'a pricing page',
      productTypeLabel: productTypeLabel(type),
      naturalLabel: natural.map((m) => metricLabel(m)).join(' or ') || 'no single metric',
      metricsLabel: metrics.map((m) => metricLabel(m)).join(', '),
      tinyUnitPriceText: tiny?.text ?? '',
    },
  };
}

/**
 * The median annual discount across plans that show both a monthly-billed and an annually-billed price
 * (per month, same unit), in whole percent; null when no plan shows both.
 * @example annualDiscount([{ prices: [{ amount: 30, billing: 'monthly' }, { amount: 24, billing: 'annual' }] }]) // 20
 */
export function annualDiscount(plans: Plan[]): number | null {
  const found: number[] = [];
  for (const plan of plans) {
    const perMonth = (p: Plan['prices'][number]) => (p.period === 'year' ? p.amount / 12 : p.amount);
    const monthly = plan.prices.find((p) => p.amount > 0 && (p.billing === 'monthly' || (p.billing === null && p.period === 'month')));
    const annual = plan.prices.find((p) => p.amount > 0 && p.billing === 'annual' && p.unit === monthly?.unit);
    if (!monthly || !annual || perMonth(annual) >= perMonth(monthly)) continue;
    found.push(Math.round((1 - perMonth(annual) / perMonth(monthly)) * 100));
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a - b);
  return found[Math.floor(found.length / 2)]!;
}

function toggleDiscount(labels: string[]): number | null {
  for (const l of labels) {
    const m = SAVE_PCT_RE.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Whether one rule condition holds for the facts. */
export function holds(c: Condition, facts: Facts): boolean {
  const v = facts[c.fact];
  if (c.eq !== undefined) return v === c.eq;
  if (c.in) return c.in.includes(v);
  if (c.notIn) return !c.notIn.includes(v);
  if (typeof v !== 'number') return false;
  if (c.gte !== undefined) return v >= c.gte;
  if (c.lte !== undefined) return v <= c.lte;
  if (c.outside) return v < c.outside[0] || v > c.outside[1];
  return false;
}

/** Fills {placeholders} in a rule message from the facts and their labels. */
export function fillTemplate(template: string, facts: Facts): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = key in facts.labels ? facts.labels[key] : (facts as Record<string, unknown>)[key];
    return v === undefined || v === null ? whole : String(v);
  });
}

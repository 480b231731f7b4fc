/**
 * One competitor's latest plans as Pricing2Yaml (syntax 2.1), the open YAML format for SaaS pricings
 * of the ISA group (University of Seville; the Pricing4SaaS "Pricing2Yaml syntax" v2.1 documentation).
 * Plans carry their monthly price and unit; tier limits become usageLimits. Pure.
 */
import type { Limit, MetricId, Plan, Price, SavedTeardown } from '../model.ts';
import { metricLabel } from '../vocabulary.ts';
import { unitNoun } from './money.ts';

/** A YAML double-quoted scalar: always quoted, so page text can never become YAML structure. */
export const yamlString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

/** Plan keys: the plan's name in capitals with [A-Z0-9_] only, made unique. */
function planKeys(plans: Plan[]): string[] {
  const used = new Set<string>();
  return plans.map((p, i) => {
    const base = p.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '') || `PLAN_${i + 1}`;
    let key = base; let n = 2;
    while (used.has(key)) key = `${base}_${n++}`;
    used.add(key);
    return key;
  });
}

const limitKey = (m: MetricId) => `max_${m}`;
const monthly = (p: Price) => (p.period === 'year' ? Math.round((p.amount / 12) * 1e6) / 1e6 : p.amount);

function planUnit(p: Price | undefined): string {
  if (!p || p.unit === null || p.unit === 'flat') return '/month';
  const noun = unitNoun(p.unit, p.per);
  return `${p.per === 1 ? noun : `${p.per} ${noun}`}/month`;
}

/**
 * The Pricing2Yaml document for a saved teardown. `createdAt` is the day it was saved.
 * @example toPricing2Yaml(item).split('\n')[0] // 'syntaxVersion: "2.1"'
 */
export function toPricing2Yaml(item: SavedTeardown): string {
  const t = item.teardown;
  const plans = t.plans;
  const prices = plans.flatMap((p) => p.prices);
  const currency = prices.find((p) => p.percent === undefined)?.currency ?? prices[0]?.currency ?? 'USD';
  const hasAnnual = prices.some((p) => p.billing === 'annual');
  const limitMetrics = [...new Set(plans.flatMap((p) => p.limits.map((l) => l.metric)))].sort();
  const out: string[] = [
    'syntaxVersion: "2.1"', `saasName: ${yamlString(item.competitor)}`, `createdAt: ${yamlString(item.savedAt.slice(0, 10))}`,
    ...(t.url && /^https?:/.test(t.url) ? [`url: ${yamlString(t.url)}`] : []),
    `currency: ${yamlString(currency)}`,
    `# Value metric: ${metricLabel(t.valueMetric.primary)}. Read by Value Metric Lens; check before use.`,
    'billing:', '  monthly: 1', ...(hasAnnual ? ['  # the page shows annual billing; its discount is not read'] : []),
    'features:',
    ...(limitMetrics.length ? limitMetrics : ['flat' as MetricId]).flatMap((m) => [
      `  ${m}:`, `    description: ${yamlString(`Use ${metricLabel(m)}`)}`, '    valueType: BOOLEAN', '    defaultValue: true', '    type: DOMAIN']),
  ];
  if (limitMetrics.length) {
    out.push('usageLimits:');
    for (const m of limitMetrics) {
      out.push(`  ${limitKey(m)}:`, `    description: ${yamlString(`Number of ${unitNoun(m, 2)}`)}`, '    valueType: NUMERIC', '    defaultValue: 0',
        `    unit: ${yamlString(unitNoun(m, 2))}`, `    type: ${m === 'seats' || m === 'contacts' || m === 'storage' || m === 'locations' ? 'NON_RENEWABLE' : 'RENEWABLE'}`,
        '    linkedFeatures:', `      - ${m}`);
    }
  }
  out.push('plans:');
  const keys = planKeys(plans);
  plans.forEach((p, i) => {
    const price = [...p.prices].filter((x) => x.percent === undefined && x.period !== 'once')
      .sort((a, b) => Number(a.billing === 'annual') - Number(b.billing === 'annual'))[0];
    out.push(`  ${keys[i]}:`, `    description: ${yamlString(p.name + (p.contactSales && !price ? ' (contact sales)' : ''))}`);
    if (price) out.push(`    price: ${monthly(price)}`);
    else if (p.free || (p.prices.length > 0 && p.prices.every((x) => x.amount === 0))) out.push('    price: 0');
    else out.push(`    price: ${yamlString(p.contactSales ? 'Contact sales' : 'Not published')}`);
    out.push(`    unit: ${yamlString(planUnit(price))}`, '    features: null');
    const limits = limitMetrics.map((m) => p.limits.filter((l: Limit) => l.metric === m).sort((a, b) => b.quantity - a.quantity)[0]).filter((l): l is Limit => l !== undefined);
    if (limits.length) {
      out.push('    usageLimits:');
      for (const l of limits) out.push(`      ${limitKey(l.metric)}:`, `        value: ${l.quantity}`);
    } else out.push('    usageLimits: null');
  });
  return `${out.join('\n')}\n`;
}

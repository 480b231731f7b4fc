/** The CLI's two outputs: the JSON contract of DESIGN.md and a readable report. Pure. */
import type { Plan, Teardown } from '../core/model.ts';
import { formatPrice } from '../core/list/money.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';

/**
 * Projects a teardown onto exactly the JSON contract of DESIGN.md ("CLI contract").
 * @example toContract('a.html', teardown).alignment // { verdict: 'aligned', score: 96 }
 */
export function toContract(file: string, t: Teardown) {
  return {
    file,
    url: t.url,
    valueMetric: t.valueMetric,
    productType: { id: t.productType.id, confidence: t.productType.confidence, evidence: t.productType.evidence },
    alignment: { verdict: t.alignment.verdict, score: t.alignment.score },
    criteria: t.criteria,
    plans: t.plans.map((p) => ({
      name: p.name, free: p.free, contactSales: p.contactSales,
      prices: p.prices.map((x) => ({ amount: x.amount, currency: x.currency, period: x.period, unit: x.unit, per: x.per, billing: x.billing, text: x.text })),
      limits: p.limits.map((l) => ({ metric: l.metric, quantity: l.quantity, text: l.text })),
    })),
    critiques: t.critiques,
  };
}

function formatPlan(p: Plan): string {
  const tags = [p.free ? 'free' : '', p.contactSales ? 'contact sales' : ''].filter(Boolean).join(', ');
  const prices = p.prices.map(formatPrice).join('; ') || '-';
  // The page's own words: a quantity alone would hide its unit ("1 TB" is read as 1,000 GB).
  const limits = p.limits.map((l) => l.text).join('; ');
  return `    ${p.name.padEnd(18)} ${prices}${limits ? `  | limits: ${limits}` : ''}${tags ? `  [${tags}]` : ''}`;
}

const evidenceLine = (id: string, weight: number, text: string) => `    ${id.padEnd(16)} ${String(Math.round(weight * 100) / 100).padStart(4)}  "${text}"`;

/** The readable report of one teardown. */
export function formatReport(file: string, t: Teardown): string {
  const vm = t.valueMetric;
  const c = t.criteria;
  const crit = (name: string, x: typeof c.predictable) => `    ${name.padEnd(20)} ${String(x.score).padStart(3)}  ${x.verdict.padEnd(4)}  ${x.reasons.join(' ')}`;
  return [
    `${file}${t.title ? ` - ${t.title}` : ''}`,
    `  Value metric   ${metricLabel(vm.primary)}${vm.primary ? ` [${vm.primary}]` : ''}, confidence ${vm.confidence}${vm.secondary.length ? `; also ${vm.secondary.join(', ')}` : ''}`,
    `  Product type   ${productTypeLabel(t.productType.id)}, confidence ${t.productType.confidence}`,
    `  Alignment      ${t.alignment.verdict.toUpperCase()} (${t.alignment.score}/100)${t.alignment.reason ? ` - ${t.alignment.reason}` : ''}`,
    '  Criteria',
    crit('Scales with value', c.scalesWithValue), crit('Predictable', c.predictable), crit('Grows with success', c.growsWithSuccess),
    `  Plans (${t.plans.length})`, ...t.plans.map(formatPlan),
    `  Critiques (${t.critiques.length})`, ...t.critiques.map((x) => `    [${x.severity}] ${x.message}`),
    '  Evidence', ...vm.evidence.slice(0, 8).map((e) => evidenceLine(e.metric, e.weight, e.text)),
    ...t.productType.evidence.slice(0, 4).map((e) => evidenceLine(e.type, e.weight, e.text)),
    '',
  ].join('\n');
}

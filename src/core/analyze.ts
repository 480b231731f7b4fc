import type { AnalyzeOptions, PageSnapshot, Teardown } from './model.ts';

/** TEMPORARY STUB (being replaced by the real engine in this session). */
export function analyze(snapshot: PageSnapshot, options: AnalyzeOptions = {}): Teardown {
  const override = options.productTypeOverride ?? null;
  const c = { score: 50, verdict: 'weak' as const, reasons: ['stub'] };
  return {
    url: snapshot.url, title: snapshot.title,
    valueMetric: { primary: 'contacts', secondary: [], confidence: 0.5, evidence: [{ metric: 'contacts', text: 'up to 2,500 contacts', weight: 1 }] },
    productType: { id: override ?? 'marketing', confidence: 0.5, evidence: [], overridden: override !== null },
    alignment: { verdict: 'aligned', score: 80 },
    criteria: { scalesWithValue: c, predictable: c, growsWithSuccess: c },
    plans: [{ name: 'Pro', free: false, contactSales: false, prices: [{ amount: 29, currency: 'USD', period: 'month', unit: null, per: 1, billing: 'monthly', text: '$29/mo' }], limits: [] }],
    critiques: [{ id: 'stub', severity: 'info', message: 'stub' }],
  };
}

/**
 * The one entry point of the engine: PageSnapshot -> Teardown. Pure and deterministic, so the popup
 * can re-run it on every product-type override and the CLI gets the same answer as the browser.
 */
import type { AnalyzeOptions, PageSnapshot, ProductType, Teardown } from './model.ts';
import { buildPlans, pageText } from './read/plans.ts';
import { withJsonLd } from './read/json-ld.ts';
import { classifyMetric, unnamedApiRates } from './judge/classify.ts';
import { inferProductType } from './judge/product-type.ts';
import { pageKind } from './judge/page-kind.ts';
import { computeFacts } from './judge/facts.ts';
import { alignMetric, critique, scoreCriteria } from './judge/critique.ts';

/**
 * Tears down a pricing page.
 * @example analyze(snapshot).valueMetric.primary // 'contacts'
 * @example analyze(snapshot, { productTypeOverride: 'collaboration' }).alignment.verdict // 'misaligned'
 */
export function analyze(page: PageSnapshot, options: AnalyzeOptions = {}): Teardown {
  const snapshot = withJsonLd(page);
  const text = pageText(snapshot);
  const plans = buildPlans(snapshot, text);
  const kind = pageKind(snapshot, plans);
  // An article or a homepage has no value metric to read, whatever prices it mentions.
  const read = kind === 'pricing' ? classifyMetric(snapshot, plans, text) : { primary: null, secondary: [], confidence: 0, evidence: [] };
  const inferred = inferProductType(snapshot, read.primary, plans.some((p) => p.prices.length > 0));
  const valueMetric = unnamedApiRates(read, inferred.id, plans);
  const override = options.productTypeOverride ?? null;
  const productType: ProductType = override && override !== inferred.id
    ? { id: override, confidence: 1, evidence: [], overridden: true }
    : inferred;
  const alignment = alignMetric(valueMetric.primary, valueMetric.secondary, productType.id, valueMetric.confidence);
  const facts = computeFacts({ snapshot, plans, metric: valueMetric, type: productType.id, alignment, kind });
  return {
    url: snapshot.url,
    title: snapshot.title,
    valueMetric,
    productType,
    alignment,
    criteria: scoreCriteria(facts),
    plans,
    critiques: critique(facts),
  };
}

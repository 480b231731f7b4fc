/** Human words for metric and product-type ids: the labels live in the rule files, next to the rules. */
import type { MetricId, ProductTypeId } from './model.ts';
import metricJson from '../rules/value-metrics.json' with { type: 'json' };
import typeJson from '../rules/product-types.json' with { type: 'json' };

const METRIC_LABELS = new Map(metricJson.metrics.map((m) => [m.id, m.label]));
const TYPE_LABELS = new Map(typeJson.types.map((t) => [t.id, t.label]));

/** A short human label for a metric id. @example metricLabel('seats') // 'per seat' */
export function metricLabel(id: MetricId | null): string {
  return id === null ? 'none found' : METRIC_LABELS.get(id) ?? id;
}

/** A human label for a product type id. @example productTypeLabel('developer_api') // 'Developer API' */
export function productTypeLabel(id: ProductTypeId | null): string {
  return id === null ? 'Unknown' : TYPE_LABELS.get(id) ?? id;
}

/** A count with its noun. @example plural(1, 'teardown', 'teardowns') // '1 teardown' */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

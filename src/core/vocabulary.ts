import type { MetricId, ProductTypeId } from './model.ts';

const METRIC_LABELS: Record<MetricId, string> = {
  seats: 'per seat', contacts: 'per contact', messages: 'per message sent', compute: 'per compute unit',
  storage: 'per GB stored', data_volume: 'per data volume (events, rows)', transactions: 'per transaction',
  api_calls: 'per API call', revenue: 'by revenue managed', flat: 'flat price per account',
};
const TYPE_LABELS: Record<ProductTypeId, string> = {
  collaboration: 'Collaboration', infrastructure: 'Infrastructure', marketing: 'Marketing', analytics: 'Analytics',
  payments: 'Payments', developer_api: 'Developer API', finance: 'Finance', other: 'Other',
};

/** A short human label for a metric id. @example metricLabel('seats') // 'per seat' */
export function metricLabel(id: MetricId | null): string {
  return id === null ? 'none found' : METRIC_LABELS[id];
}

/** A human label for a product type id. @example productTypeLabel('developer_api') // 'Developer API' */
export function productTypeLabel(id: ProductTypeId | null): string {
  return id === null ? 'Unknown' : TYPE_LABELS[id];
}

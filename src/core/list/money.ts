/** Money and units in words, for the popup, the comparison page and the exports. Pure. */
import type { MetricId, Price } from '../model.ts';

/** Singular and plural nouns of what a metric counts, for "per 1,000 contacts". */
const NOUNS: Record<MetricId, [string, string]> = {
  seats: ['seat', 'seats'], active_users: ['active user', 'active users'], contacts: ['contact', 'contacts'],
  messages: ['message', 'messages'], conversations: ['conversation', 'conversations'], outcomes: ['outcome', 'outcomes'],
  compute: ['compute unit', 'compute units'], storage: ['GB stored', 'GB stored'], data_volume: ['data unit', 'data units'],
  transactions: ['transaction', 'transactions'], orders: ['order', 'orders'], revenue: ['unit of revenue', 'units of revenue'],
  api_calls: ['API call', 'API calls'], credits: ['credit', 'credits'], locations: ['location', 'locations'], flat: ['account', 'accounts'],
};

/** @example unitNoun('contacts', 1000) // 'contacts' */
export function unitNoun(metric: MetricId, n: number): string {
  return NOUNS[metric][n === 1 ? 0 : 1];
}

/** Fraction digits of a number as written (0.00028 -> 5, 19.9 -> 1, 2.8e-7 -> 8). */
function decimals(n: number): number {
  const s = String(n);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]) + (s.split('e')[0]!.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/**
 * An amount with its currency, keeping the page's precision: cents when there are any, and every
 * digit a micro-price has.
 * @example formatAmount(0.00028, 'USD') // '$0.00028'
 * @example formatAmount(19.9, 'EUR') // '€19.90'
 */
export function formatAmount(amount: number, currency: string): string {
  const d = decimals(amount);
  const digits = d === 0 ? 0 : Math.min(Math.max(d, 2), 20);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  } catch {
    return `${amount.toLocaleString('en', { maximumFractionDigits: 20 })} ${currency}`.trim();
  }
}

/** @example formatQuantity(1_000_000) // '1,000,000' */
export const formatQuantity = (n: number): string => n.toLocaleString('en', { maximumFractionDigits: 2 });

const PERIOD: Record<string, string> = { month: ' / month', year: ' / year', once: ' one-time' };

/**
 * A price in words: amount with currency, the unit it buys, the period and the billing.
 * @example formatPrice({ amount: 10, currency: 'USD', per: 1000, unit: 'contacts', period: 'month', billing: null, text: '' })
 * // '$10 per 1,000 contacts / month'
 */
export function formatPrice(p: Price): string {
  const money = formatAmount(p.amount, p.currency) + (p.top !== undefined ? `–${formatAmount(p.top, p.currency)}` : '');
  const head = p.percent !== undefined ? `${p.percent}%${p.amount ? ` + ${money}` : ''}` : money;
  const unit = p.unit && p.unit !== 'flat' ? (p.per === 1 ? ` per ${unitNoun(p.unit, 1)}` : ` per ${formatQuantity(p.per)} ${unitNoun(p.unit, p.per)}`) : '';
  const billing = p.billing === 'annual' ? ' (billed annually)' : p.billing === 'monthly' ? ' (billed monthly)' : '';
  const unsure = p.ambiguous?.length ? ` (uncertain ${p.ambiguous.join(' and ')})` : '';
  return `${head}${unit}${p.period ? PERIOD[p.period] : ''}${billing}${unsure}`;
}

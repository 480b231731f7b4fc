/** The comparison list: competitors, histories with repricing flags, sorting, the own-product summary. Pure. */
import type { MetricId, OwnProduct, SavedTeardown } from '../model.ts';
import { metricLabel } from '../vocabulary.ts';

/**
 * Who a page belongs to: its host name without "www.", or the title for pages without a web URL.
 * @example competitorKey('https://www.acme.example/pricing', 'Acme') // 'acme.example'
 */
export function competitorKey(url: string | null, title: string): string {
  try {
    const u = new URL(url ?? '');
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.hostname.replace(/^www\./, '');
  } catch { /* not a URL: fall through to the title */ }
  return title.trim().slice(0, 200) || 'unknown';
}

export interface HistoryEntry { item: SavedTeardown; repriced: boolean; previousMetric: MetricId | null }

/**
 * Each competitor's teardowns, oldest first; an entry is `repriced` when its primary metric differs
 * from the one before it (a changed value metric: check the grandfathering).
 */
export function histories(items: SavedTeardown[]): Map<string, HistoryEntry[]> {
  const groups = new Map<string, SavedTeardown[]>();
  for (const it of items) groups.set(it.competitor, [...(groups.get(it.competitor) ?? []), it]);
  const out = new Map<string, HistoryEntry[]>();
  for (const [key, list] of groups) {
    const sorted = [...list].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    out.set(key, sorted.map((item, i) => {
      const prev = i > 0 ? sorted[i - 1]!.teardown.valueMetric.primary : null;
      return { item, previousMetric: prev, repriced: i > 0 && prev !== item.teardown.valueMetric.primary };
    }));
  }
  return out;
}

/** The latest teardown of each competitor, with whether its metric ever changed. */
export function latestPerCompetitor(items: SavedTeardown[]): Array<{ item: SavedTeardown; history: HistoryEntry[]; repriced: boolean }> {
  return [...histories(items).values()].map((h) => ({ item: h[h.length - 1]!.item, history: h, repriced: h.some((e) => e.repriced) }));
}

export type SortKey = 'competitor' | 'savedAt' | 'metric' | 'alignment' | 'productType' | 'minPrice';

/** The cheapest paid price on a teardown, for sorting; Infinity when none is published. */
export function minPaidPrice(t: SavedTeardown): number {
  const amounts = t.teardown.plans.flatMap((p) => p.prices.map((x) => x.amount)).filter((a) => a > 0);
  return amounts.length ? Math.min(...amounts) : Number.POSITIVE_INFINITY;
}

const KEYS: Record<SortKey, (t: SavedTeardown) => string | number> = {
  competitor: (t) => t.competitor, savedAt: (t) => t.savedAt, metric: (t) => t.teardown.valueMetric.primary ?? '~',
  alignment: (t) => t.teardown.alignment.score, productType: (t) => t.teardown.productType.id ?? '~', minPrice: minPaidPrice,
};

/**
 * Sorts teardowns by a column, ascending or descending, stable.
 * @example sortTeardowns(items, 'alignment', 'desc')[0] // the best-aligned competitor
 */
export function sortTeardowns<T extends { item: SavedTeardown }>(rows: T[], key: SortKey, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = KEYS[key](a.item); const y = KEYS[key](b.item);
    return x < y ? -sign : x > y ? sign : 0;
  });
}

/**
 * One sentence reading the saved competitors against the user's own product.
 * @example ownSummary({ name: '', productType: null, metric: 'seats' }, items) // 'You charge per seat; 4 of 6 saved competitors charge per contact.'
 */
export function ownSummary(own: OwnProduct, items: SavedTeardown[]): string | null {
  if (!own.metric) return null;
  const latest = latestPerCompetitor(items).map((r) => r.item.teardown.valueMetric.primary).filter((m): m is MetricId => m !== null);
  if (latest.length === 0) return `You charge ${metricLabel(own.metric)}; no saved competitor has a metric yet.`;
  const counts = new Map<MetricId, number>();
  for (const m of latest) counts.set(m, (counts.get(m) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const same = counts.get(own.metric) ?? 0;
  const head = `You charge ${metricLabel(own.metric)}; `;
  if (top === own.metric) return `${head}${n} of ${latest.length} saved competitors do too.`;
  return `${head}${n} of ${latest.length} saved competitors charge ${metricLabel(top)}${same ? ` (${same} charge like you)` : ''}.`;
}

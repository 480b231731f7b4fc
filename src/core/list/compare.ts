/** The comparison list: competitors, histories with repricing flags, sorting, the own-product summary. Pure. */
import type { Limit, MetricId, OwnProduct, Price, SavedTeardown, Teardown } from '../model.ts';
import { metricLabel } from '../vocabulary.ts';
import { formatPrice, formatQuantity, unitNoun } from './money.ts';

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

/** The cheapest paid price on a teardown, whatever it is priced along; Infinity when none is published. */
export function minPaidPrice(t: SavedTeardown): number {
  const amounts = t.teardown.plans.flatMap((p) => p.prices.map((x) => x.amount)).filter((a) => a > 0);
  return amounts.length ? Math.min(...amounts) : Number.POSITIVE_INFINITY;
}

/** What one unit costs per month, for comparing prices along the same metric (annual prices / 12). */
export function monthlyPerUnit(p: Price): number {
  return (p.period === 'year' ? p.amount / 12 : p.amount) / p.per;
}

/** The cheapest way in along a teardown's metric: the price, the tier limit it buys (if any), per unit per month. */
export interface Cheapest { price: Price; limit: Limit | null; perUnit: number }

/**
 * The cheapest paid price along the teardown's own value metric, or null. Per-unit prices along the
 * metric first (the lowest per unit); else, for tiers priced by limits ("$49 / month up to 2,500
 * contacts"), the cheapest paid tier; a flat metric takes flat prices. Percentage fees and one-time
 * prices are left out. Prices along different metrics are never compared: $0.00028 per event is
 * not cheaper than $19 per seat.
 * @example cheapestAlongMetric(t)?.price.amount // 8 for "$8 per user / month" on a per-seat page
 */
export function cheapestAlongMetric(t: Teardown): Cheapest | null {
  const metric = t.valueMetric.primary;
  if (metric === null) return null;
  const ok = (p: Price) => p.amount > 0 && p.percent === undefined && p.period !== 'once';
  const isFlat = (p: Price) => p.unit === null || p.unit === 'flat';
  const min = (xs: Cheapest[], by: (c: Cheapest) => number) => xs.reduce<Cheapest | null>((b, c) => (b === null || by(c) < by(b) ? c : b), null);
  const monthly = (p: Price) => (p.period === 'year' ? p.amount / 12 : p.amount);
  if (metric === 'flat') return min(t.plans.flatMap((pl) => pl.prices).filter((p) => ok(p) && isFlat(p)).map((p) => ({ price: p, limit: null, perUnit: monthly(p) })), (c) => c.perUnit);
  const unit = t.plans.flatMap((pl) => pl.prices).filter((p) => ok(p) && p.unit === metric).map((p) => ({ price: p, limit: null, perUnit: monthlyPerUnit(p) }));
  if (unit.length) return min(unit, (c) => c.perUnit);
  const tiers = t.plans.flatMap((pl) => {
    const limit = pl.limits.filter((l) => l.metric === metric && l.quantity > 0).sort((a, b) => b.quantity - a.quantity)[0];
    return limit ? pl.prices.filter((p) => ok(p) && isFlat(p)).map((p) => ({ price: p, limit, perUnit: monthly(p) / limit.quantity })) : [];
  });
  return min(tiers, (c) => monthly(c.price));
}

/**
 * The cheapest price along the metric in words, with currency, unit, period and tier.
 * @example cheapestText(t) // '$49 / month for up to 2,500 contacts'
 */
export function cheapestText(t: Teardown): string {
  const c = cheapestAlongMetric(t);
  if (c) return `${formatPrice(c.price)}${c.limit ? ` for up to ${formatQuantity(c.limit.quantity)} ${unitNoun(c.limit.metric, c.limit.quantity)}` : ''}`;
  return t.plans.some((x) => x.contactSales) ? 'contact sales' : 'none published';
}

type Key = Array<string | number>;
const KEYS: Record<SortKey, (t: SavedTeardown) => Key> = {
  competitor: (t) => [t.competitor.toLowerCase()], savedAt: (t) => [t.savedAt], metric: (t) => [t.teardown.valueMetric.primary ? metricLabel(t.teardown.valueMetric.primary) : '~'],
  alignment: (t) => [t.teardown.alignment.score], productType: (t) => [t.teardown.productType.id ?? '~'],
  // Grouped by metric and currency first: only prices along the same metric are ranked against each other.
  minPrice: (t) => {
    const c = cheapestAlongMetric(t.teardown);
    return c ? [metricLabel(t.teardown.valueMetric.primary), c.price.currency, c.perUnit] : ['~'];
  },
};

function compareKeys(x: Key, y: Key): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const a = x[i] ?? ''; const b = y[i] ?? '';
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return 0;
}

/**
 * Sorts teardowns by a column, ascending or descending, stable.
 * @example sortTeardowns(items, 'alignment', 'desc')[0] // the best-aligned competitor
 */
export function sortTeardowns<T extends { item: SavedTeardown }>(rows: T[], key: SortKey, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareKeys(KEYS[key](a.item), KEYS[key](b.item)));
}

/** JSON with object keys sorted, so equal data gives equal text whatever the key order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * True when two saved teardowns say the same thing about the same competitor: same competitor and
 * an equal teardown (metric, type, verdict, criteria, plans and prices, critiques). The id, the
 * time saved, the note and the raw snapshot are ignored. Saving an unchanged page should then update
 * the existing entry (its savedAt) instead of adding a history entry.
 * @example sameTeardown(a, { ...a, id: 'other', savedAt: later }) // true
 */
export function sameTeardown(a: SavedTeardown, b: SavedTeardown): boolean {
  return a.competitor === b.competitor && stable(a.teardown) === stable(b.teardown);
}

/**
 * The entry a new save should replace: the competitor's latest teardown when it is the same as the
 * new one (an unchanged page), else null (the save adds a history entry).
 * @example unchangedEntry(list, item)?.id // id of the entry to update in place
 */
export function unchangedEntry(list: SavedTeardown[], item: SavedTeardown): SavedTeardown | null {
  const latest = list.filter((x) => x.competitor === item.competitor && x.id !== item.id).sort((a, b) => a.savedAt.localeCompare(b.savedAt)).at(-1);
  return latest && sameTeardown(latest, item) ? latest : null;
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

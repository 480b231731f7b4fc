/**
 * schema.org JSON-LD, read in the extension rather than on the page: the content script hands over each
 * block's raw text (PageSnapshot.jsonLd), and this parses it into offers, the declared page types and
 * what the product says it is. Pure; a malformed block is skipped, never thrown.
 */
import { LIMITS } from '../limits.ts';
import type { PageSnapshot, RawOffer } from '../model.ts';

const OFFER_TYPES = /^(?:Offer|AggregateOffer|PriceSpecification|UnitPriceSpecification|CompoundPriceSpecification)$/;
const PRODUCT_TYPES = /^(?:SoftwareApplication|WebApplication|MobileApplication|Product|Service|Organization|Corporation)$/;

const str = (v: unknown, max = 200): string | null =>
  typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, max) : null;

/**
 * The snapshot with its JSON-LD read: offers from the blocks first (then the page's microdata offers),
 * the schema.org types declared at the top level or in an @graph ("WebPage", "NewsArticle": they tell an
 * article about prices from a pricing page), and the product's own category and description appended to
 * `about`. The raw blocks are dropped; a snapshot without them is returned as it is.
 * @example withJsonLd({ ...snapshot, jsonLd: ['{"@type":"Offer","price":"9"}'] }).offers[0].price // '9'
 */
export function withJsonLd(snapshot: PageSnapshot): PageSnapshot {
  const { jsonLd, ...rest } = snapshot;
  if (!jsonLd) return snapshot;
  const blocks: unknown[] = [];
  for (const raw of jsonLd) {
    try { blocks.push(JSON.parse(raw)); } catch { /* a broken block is the page's problem, not ours */ }
  }
  const offers: RawOffer[] = [];
  for (const data of blocks) walk(data, offers, null, 0);
  const { types, about } = declared(blocks);
  return {
    ...rest,
    offers: [...offers, ...rest.offers].slice(0, LIMITS.maxOffers),
    pageTypes: types,
    about: [...(rest.about ?? []), ...about.map((t) => t.slice(0, LIMITS.maxLineChars))].slice(0, 8),
  };
}

function declared(blocks: unknown[]): { types: string[]; about: string[] } {
  const types = new Set<string>();
  const about: string[] = [];
  for (const data of blocks) {
    const graph = (data as { '@graph'?: unknown } | null)?.['@graph'];
    for (const node of [data, ...(Array.isArray(data) ? data : []), ...(Array.isArray(graph) ? graph : [])].slice(0, 50)) {
      const o = (node ?? {}) as Record<string, unknown>;
      const own = (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string' && t.length <= 40);
      for (const t of own) types.add(t);
      if (!own.some((t) => PRODUCT_TYPES.test(t)) || about.length >= 3) continue;
      for (const text of [str(o.applicationCategory, 100), str(o.description, 300)]) if (text) about.push(text);
    }
  }
  return { types: [...types].slice(0, 10), about: about.slice(0, 3) };
}

function walk(node: unknown, out: RawOffer[], name: string | null, depth: number): void {
  if (depth > 8 || out.length >= LIMITS.maxOffers || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) { for (const n of node.slice(0, 100)) walk(n, out, name, depth + 1); return; }
  const o = node as Record<string, unknown>;
  const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : str(o['@type']) ?? '';
  const ownName = str(o.name) ?? name;
  if (OFFER_TYPES.test(type) && (o.price !== undefined || o.lowPrice !== undefined)) {
    const ref = o.referenceQuantity as Record<string, unknown> | undefined;
    out.push({
      name: ownName, price: str(o.price ?? o.lowPrice, 40), priceCurrency: str(o.priceCurrency, 10),
      unitText: str(o.unitText) ?? str(ref?.unitText), billingDuration: str(o.billingDuration, 40),
      referenceQuantity: str(ref?.value, 40),
    });
  }
  for (const [k, v] of Object.entries(o)) if (k !== '@context') walk(v, out, ownName, depth + 1);
}

/** schema.org offers from JSON-LD and microdata, flattened to RawOffer. */
import { LIMITS } from '../core/limits.ts';
import type { RawOffer } from '../core/model.ts';
import { first } from './dom-text.ts';

const OFFER_TYPES = /^(?:Offer|AggregateOffer|PriceSpecification|UnitPriceSpecification|CompoundPriceSpecification)$/;

const str = (v: unknown, max = 200): string | null =>
  typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, max) : null;

/** The page's JSON-LD blocks, each parsed once; a malformed or huge block is skipped, never thrown. */
export function jsonLdBlocks(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of first(doc.querySelectorAll('script[type="application/ld+json" i]'), 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue; // a block this big is no price list
    try { out.push(JSON.parse(raw)); } catch { /* not our problem: a broken JSON-LD block is skipped */ }
  }
  return out;
}

/** Every schema.org Offer / PriceSpecification on the page (JSON-LD blocks first, then microdata). */
export function extractOffers(doc: Document, blocks: unknown[]): RawOffer[] {
  const out: RawOffer[] = [];
  for (const data of blocks) walk(data, out, null, 0);
  for (const el of first(doc.querySelectorAll('[itemprop="price"]'), LIMITS.maxOffers)) {
    const scope = el.closest('[itemscope]') ?? el.parentElement;
    const prop = (name: string) => {
      const p = scope?.querySelector(`[itemprop="${name}"]`);
      return str(p?.getAttribute('content') ?? p?.textContent?.trim());
    };
    out.push({
      name: prop('name'), price: str(el.getAttribute('content') ?? el.textContent?.trim(), 40),
      priceCurrency: prop('priceCurrency')?.slice(0, 10) ?? null, unitText: prop('unitText'),
      billingDuration: prop('billingDuration')?.slice(0, 40) ?? null, referenceQuantity: null,
    });
  }
  return out.slice(0, LIMITS.maxOffers);
}

const PRODUCT_TYPES = /^(?:SoftwareApplication|WebApplication|MobileApplication|Product|Service|Organization|Corporation)$/;

/**
 * What the page's JSON-LD declares at its top level or in its @graph: the schema.org types ("WebPage",
 * "NewsArticle": they tell an article about prices from a pricing page) and what the product or the
 * company says it is (applicationCategory, description), which names the product type.
 */
export function declared(blocks: unknown[]): { types: string[]; about: string[] } {
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

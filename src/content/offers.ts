/** schema.org offers in the page's microdata, flattened to RawOffer, and its JSON-LD blocks as raw text (read in the extension). */
import { LIMITS } from '../core/limits.ts';
import type { RawOffer } from '../core/model.ts';
import { select } from './dom-text.ts';

const str = (v: string | null | undefined, max = 200): string | null => (typeof v === 'string' ? v.slice(0, max) : null);

/**
 * The page's JSON-LD blocks as they are written: parsing them is the extension's work, off the page's
 * main thread (src/core/read/json-ld.ts). A block that would take the total past the cap is left out.
 */
export function jsonLdTexts(doc: Document): string[] {
  const out: string[] = [];
  let size = 0;
  for (const script of select(doc, 'script[type="application/ld+json" i]', LIMITS.maxJsonLdBlocks)) {
    const raw = script.textContent ?? '';
    if (size + raw.length > LIMITS.maxJsonLdChars) continue;
    size += raw.length;
    out.push(raw);
  }
  return out;
}

/** Every schema.org Offer in the page's microdata (JSON-LD offers are read in the extension). */
export function microdataOffers(doc: Document): RawOffer[] {
  return select(doc, '[itemprop="price"]', LIMITS.maxOffers).map((el) => {
    const scope = el.closest('[itemscope]') ?? el.parentElement;
    const prop = (name: string) => {
      const p = scope?.querySelector(`[itemprop="${name}"]`);
      return str(p?.getAttribute('content') ?? p?.textContent?.trim());
    };
    return {
      name: prop('name'), price: str(el.getAttribute('content') ?? el.textContent?.trim(), 40),
      priceCurrency: prop('priceCurrency')?.slice(0, 10) ?? null, unitText: prop('unitText'),
      billingDuration: prop('billingDuration')?.slice(0, 40) ?? null, referenceQuantity: null,
    };
  });
}

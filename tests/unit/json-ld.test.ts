import { describe, expect, test } from 'vitest';
import { withJsonLd } from '../../src/core/read/json-ld.ts';
import { analyze } from '../../src/core/analyze.ts';
import type { PageSnapshot } from '../../src/core/model.ts';

const page = (jsonLd: string[] | undefined, extra: Partial<PageSnapshot> = {}): PageSnapshot => ({
  url: 'https://vendor.example/pricing', title: 'Pricing', description: '', lang: 'en', headings: [], text: '',
  plans: [], offers: [], billingToggle: [], truncated: false, about: ['Plans for every team'], jsonLd, ...extra,
});

describe('withJsonLd: JSON-LD read in the extension', () => {
  test('offers, types and the product description come from blocks and @graph; broken blocks are skipped', () => {
    const micro = { name: 'Micro', price: '5', priceCurrency: 'EUR', unitText: null, billingDuration: null, referenceQuantity: null };
    const out = withJsonLd(page([
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"SoftwareApplication","applicationCategory":"BusinessApplication","description":"Scheduling for clinics","offers":{"@type":"Offer","name":"Clinic","price":"39","priceCurrency":"USD"}}]}',
      '{ broken',
    ], { offers: [micro] }));
    expect(out.offers.map((o) => o.name)).toEqual(['Clinic', 'Micro']); // JSON-LD first, then microdata
    expect(out.pageTypes).toEqual(['WebPage', 'SoftwareApplication']);
    expect(out.about).toEqual(['Plans for every team', 'BusinessApplication', 'Scheduling for clinics']);
    expect(out).not.toHaveProperty('jsonLd');
  });

  test('a snapshot already read (stored, or from before jsonLd existed) is returned as it is', () => {
    const stored = page(undefined, { pageTypes: ['NewsArticle'] });
    expect(withJsonLd(stored)).toBe(stored);
  });

  test('an article declared in JSON-LD is not torn down as a pricing page', () => {
    const text = 'Pro $29 per user per month';
    const plans = [{ name: 'Pro', lines: ['Pro', '$29 per user per month'], ctas: [], attrPrices: [], featured: false }];
    expect(analyze(page(['{"@type":"NewsArticle","headline":"What SaaS costs"}'], { text, plans })).valueMetric.primary).toBeNull();
    expect(analyze(page(['{"@type":"WebPage"}'], { text, plans })).valueMetric.primary).toBe('seats');
  });
});

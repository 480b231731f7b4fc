/**
 * Is this a pricing page at all? An article about what things cost, or a homepage that shows no
 * plans, has prices in it but no value metric to read. Pure.
 */
import type { PageSnapshot, Plan } from '../model.ts';

export type PageKind = 'pricing' | 'article' | 'homepage';

// "Article" alone is what some site plugins declare for every page, pricing pages included.
const ARTICLE_TYPES = /^(?:NewsArticle|BlogPosting|TechArticle|Report|ScholarlyArticle|HowTo)$/u;
const ARTICLE_PATH = /\/(?:blog|posts?|news|articles?|insights|guides?|learn|resources|magazine)\//iu;
const PRICING_WORDS = /\b(?:pric(?:e|es|ing)|plans?|tarif(?:s|e)?|preise|precios|pricing plans)\b/iu;

/**
 * What kind of page the snapshot is. A page with two or more plans that each carry a call to action
 * is a pricing page whatever else it says it is.
 * @example pageKind(articleSnapshot, plans) // 'article'
 */
export function pageKind(snapshot: PageSnapshot, plans: Plan[]): PageKind {
  const sellable = snapshot.plans.filter((p) => p.ctas.length > 0 && p.lines.length > 1).length;
  if (sellable >= 2) return 'pricing';
  const path = pathOf(snapshot.url);
  if ((snapshot.pageTypes ?? []).some((t) => ARTICLE_TYPES.test(t)) || (path !== null && ARTICLE_PATH.test(path))) return 'article';
  const paid = plans.filter((p) => p.prices.some((x) => x.amount > 0)).length;
  const namesPricing = PRICING_WORDS.test(snapshot.title) || snapshot.headings.some((h) => PRICING_WORDS.test(h));
  if ((path === '/' || path === '') && !namesPricing && paid < 2) return 'homepage';
  return 'pricing';
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).pathname; } catch { return null; }
}

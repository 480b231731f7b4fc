/**
 * Is this a pricing page at all? An article about what things cost, or a homepage that shows no
 * plans, has prices in it but no value metric to read. Pure.
 */
import type { PageSnapshot, Plan } from '../model.ts';
import { findMoney } from '../read/money.ts';

export type PageKind = 'pricing' | 'article' | 'homepage';

import kinds from '../../rules/page-kinds.json' with { type: 'json' };

const ARTICLE_TYPES = new Set(kinds.articleTypes);
const ARTICLE_PATH = new RegExp(kinds.articlePath, 'i');
const PRICING_WORDS = new RegExp(kinds.pricingWords, 'i');
const ARTICLE_BYLINE = new RegExp(kinds.articleByline, 'i');
const CHANGELOG_TITLE = new RegExp(kinds.changelogTitle, 'i');
/** How far from the top of the text an article's byline ("9 min read") sits. */
const BYLINE_CHARS = 1500;
/** The longest line that shows a plan's price on its own. */
const PRICE_LINE_CHARS = 40;

/**
 * What kind of page the snapshot is. A page with two or more plans that each carry a call to action
 * is a pricing page whatever else it says it is.
 * @example pageKind(articleSnapshot, plans) // 'article'
 */
export function pageKind(snapshot: PageSnapshot, plans: Plan[]): PageKind {
  // A plan card shows its price on a line of its own ("$8 per user / month"); an article's body or a
  // teaser ("Five ways fraud costs you $10k a year") states amounts inside sentences.
  const sellable = snapshot.plans.filter((p) => p.ctas.length > 0 && p.lines.some((l) => l.length <= PRICE_LINE_CHARS && findMoney(l).length > 0)).length;
  if (sellable >= 2) return 'pricing';
  const path = pathOf(snapshot.url);
  if ((snapshot.pageTypes ?? []).some((t) => ARTICLE_TYPES.has(t)) || (path !== null && ARTICLE_PATH.test(path))
    || ARTICLE_BYLINE.test(snapshot.text.slice(0, BYLINE_CHARS))
    // A changelog ("Changelog — Acme", "Release notes") reports what changed, prices among it.
    || [snapshot.title, snapshot.headings[0] ?? ''].some((t) => CHANGELOG_TITLE.test(t))) return 'article';
  const paid = plans.filter((p) => p.prices.some((x) => x.amount > 0)).length;
  const namesPricing = PRICING_WORDS.test(snapshot.title) || snapshot.headings.some((h) => PRICING_WORDS.test(h));
  if ((path === '/' || path === '') && !namesPricing && paid < 2) return 'homepage';
  return 'pricing';
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try { return new URL(url).pathname; } catch { return null; }
}

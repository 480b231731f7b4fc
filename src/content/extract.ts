/**
 * DOM -> PageSnapshot. The only code that reads a page. Standard DOM APIs only, so the CLI runs it on
 * a DOM built in Node and the content script runs it on the live page. Every list and string is
 * capped (model.ts LIMITS): pages can be huge or hostile.
 */
import { LIMITS, type PageSnapshot, type RawPlan } from '../core/model.ts';
import { findMoney } from '../core/read/money.ts';
import { type Budget, SKIP_TAGS, newBudget, shortText, textLinesOf } from './dom-text.ts';
import { extractOffers } from './offers.ts';
import { findPlanCards, planFromTable } from './cards.ts';

const cap = (s: string, n: number = LIMITS.maxLineChars): string => (s.length > n ? s.slice(0, n) : s);

/**
 * Reads a pricing page.
 * @example extractPage(document, location.href).plans.length // 3
 */
export function extractPage(doc: Document, url: string | null): PageSnapshot {
  const budget = newBudget();
  const body = doc.body ?? doc.documentElement;
  const text = body ? textLinesOf(body, budget, LIMITS.maxTextChars).join('\n') : '';
  const base: PageSnapshot = {
    url: url ? cap(url, 2048) : null,
    // The title lives in <head>, which is shallow: look there so a hostile <body> cannot stop us.
    title: cap(shortText(doc.head?.querySelector('title') ?? doc.createElement('title'), LIMITS.maxLineChars)),
    description: '', lang: doc.documentElement?.getAttribute('lang')?.slice(0, 20) || null, headings: [],
    text: text.slice(0, LIMITS.maxTextChars), plans: [], offers: [], billingToggle: [],
    truncated: budget.exhausted || text.length >= LIMITS.maxTextChars,
  };
  try {
    return { ...base, ...structure(doc, body, budget), truncated: base.truncated || budget.exhausted };
  } catch (err) {
    // Pathologically deep markup can exhaust the stack of a DOM's own recursive selector engine
    // (happy-dom's querySelectorAll): keep the text we read and say the page was cut short.
    if (err instanceof RangeError) return { ...base, truncated: true };
    throw err;
  }
}

/** The parts of a snapshot that need selector queries: plans, headings, offers, the billing toggle. */
function structure(doc: Document, body: Element | null, budget: Budget): Partial<PageSnapshot> {
  const cards = body ? findPlanCards(body, budget) : [];
  let plans: RawPlan[] = cards.map((card) => readCard(card, budget));
  if (plans.length < 2 && body) {
    const fromTable = planFromTable(body, budget);
    if (fromTable.length > plans.length) plans = fromTable;
  }
  if (plans.length > LIMITS.maxPlans) budget.exhausted = true;
  return {
    description: cap(doc.querySelector('meta[name="description" i], meta[property="og:description" i]')?.getAttribute('content')?.trim() ?? ''),
    headings: [...doc.querySelectorAll('h1, h2, h3')].slice(0, LIMITS.maxHeadings).map((h) => cap(shortText(h))).filter(Boolean),
    plans: plans.slice(0, LIMITS.maxPlans),
    offers: extractOffers(doc).slice(0, LIMITS.maxOffers),
    billingToggle: billingToggle(body, budget),
  };
}

const FEATURED_RE = /\b(?:popular|featured|recommended|highlight(?:ed)?|best[- ]value|most[- ]popular)\b/iu;
const PRICE_ATTR_RE = /price|monthly|annual|yearly|month|year/iu;

/** One plan card: its name, lines, CTAs, prices in data attributes, and whether it is featured. */
export function readCard(card: Element, budget: Budget): RawPlan {
  const lines = textLinesOf(card, budget, 8000).map((l) => cap(l)).slice(0, LIMITS.maxLinesPerPlan);
  const heading = card.querySelector('h1, h2, h3, h4, h5, h6, [class*="name" i], [class*="title" i], [class*="tier" i]');
  const name = heading ? shortText(heading, 120) : (lines.find((l) => findMoney(l).length === 0) ?? '');
  const ctas = [...card.querySelectorAll('a, button, [role="button"]')].slice(0, 20).map((b) => cap(shortText(b))).filter(Boolean);
  const attrPrices: RawPlan['attrPrices'] = [];
  for (const el of [card, ...card.querySelectorAll('*')].slice(0, 400)) {
    for (const attr of [...el.attributes]) {
      if (attrPrices.length >= LIMITS.maxAttrPrices) break;
      if (attr.name.startsWith('data-') && PRICE_ATTR_RE.test(attr.name) && /\d/.test(attr.value) && attr.value.length <= 80) {
        attrPrices.push({ name: attr.name.slice(0, 80), value: attr.value });
      }
    }
  }
  const featured = FEATURED_RE.test(card.getAttribute('class') ?? '') || lines.slice(0, 3).some((l) => FEATURED_RE.test(l));
  return { name: cap(name), lines, ctas, attrPrices, featured };
}

const TOGGLE_RE = /^(?:(?:pay |billed )?(?:monthly|annually|annual|yearly|month|year)(?: billing)?|monatlich|jährlich|mensuel|annuel)\b/iu;

function billingToggle(body: Element | null, budget: Budget): string[] {
  if (!body) return [];
  const out: string[] = [];
  for (const el of body.querySelectorAll('button, label, [role="tab"], [role="radio"], [role="switch"], option, a, span')) {
    if (--budget.nodes < 0 || out.length >= 6) break;
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) continue;
    const t = shortText(el, 80);
    if (t.length <= 40 && TOGGLE_RE.test(t) && !out.includes(t)) out.push(cap(t));
  }
  return out;
}

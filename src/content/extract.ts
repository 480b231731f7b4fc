/**
 * DOM -> PageSnapshot. The only code that reads a page. Standard DOM APIs only, so the CLI runs it on
 * a DOM built in Node and the content script runs it on the live page. Every list and string is
 * capped (model.ts LIMITS): pages can be huge or hostile.
 */
import { LIMITS } from '../core/limits.ts';
import type { PageSnapshot, RawPlan } from '../core/model.ts';
import { findMoney } from '../core/read/money.ts';
import { type Budget, INVISIBLE_RE, type ReadOptions, SKIP_SEL, billingMark, classOf, isHidden, newBudget, select, shortText, textLinesOf } from './dom-text.ts';
import { jsonLdTexts, microdataOffers } from './offers.ts';
import { cardParts, cellTexts, findPlanCards, planFromTable, readCell, showsMoney, tableRates, tableTexts } from './cards.ts';

const cap = (s: string, n: number = LIMITS.maxLineChars): string => (s.length > n ? s.slice(0, n) : s);

/**
 * Reads a pricing page.
 * @example extractPage(document, location.href).plans.length // 3
 */
export function extractPage(doc: Document, url: string | null, options: { rendered?: boolean } = {}): PageSnapshot {
  const budget = newBudget();
  const opts: ReadOptions = { rendered: options.rendered ?? false };
  const body = doc.body ?? doc.documentElement;
  const lines = body ? textLinesOf(body, budget, LIMITS.maxTextChars, { ...opts, skipChrome: true, innerText: opts.rendered }) : [];
  const text = lines.join('\n');
  const base: PageSnapshot = {
    url: url ? cap(url, 2048) : null,
    // The title lives in <head>, which is shallow: look there so a hostile <body> cannot stop us.
    title: cap(shortText(doc.head?.querySelector('title') ?? doc.createElement('title'), LIMITS.maxLineChars)),
    description: '', lang: doc.documentElement?.getAttribute('lang')?.slice(0, 20) || null, headings: [],
    text: text.slice(0, LIMITS.maxTextChars), plans: [], offers: [], billingToggle: [],
    truncated: budget.exhausted || lines.cut === true,
  };
  try {
    return { ...base, ...structure(doc, body, budget, opts), truncated: base.truncated || budget.exhausted };
  } catch (err) {
    // Pathologically deep markup can exhaust the stack of a DOM's own recursive selector engine
    // (a selector engine that recurses): keep the text we read and say the page was cut short.
    if (err instanceof RangeError) return { ...base, truncated: true };
    throw err;
  }
}

/** The parts of a snapshot that need selector queries: plans, headings, offers, the billing toggle. */
function structure(doc: Document, body: Element | null, budget: Budget, opts: ReadOptions): Partial<PageSnapshot> {
  const cards = body ? findPlanCards(body, budget, opts) : [];
  let plans: RawPlan[] = dedupeGrids(cards.filter((c) => !opts.rendered || !isHidden(c, true)).map((card) => readCard(card, budget, opts)))
    .filter((p) => p.lines.length > 0);
  const tables = body ? tableTexts(body, budget) : [];
  // Cards that are or hold a table of prices are page sections: the table holds the plans.
  const sections = cards.some((c) => c.tagName === 'TABLE' || c.querySelector('table'));
  if (plans.length < 2 || sections) {
    const fromTable = planFromTable(tables);
    if (fromTable.length > (sections && fromTable.filter((p) => showsMoney(p.name)).length > 1 ? 1 : plans.length)) plans = fromTable;
  }
  if (plans.length > LIMITS.maxPlans) budget.exhausted = true;
  return {
    description: cap(doc.querySelector('meta[name="description" i], meta[property="og:description" i]')?.getAttribute('content')?.trim() ?? ''),
    headings: select(doc, 'h1, h2, h3', LIMITS.maxHeadings).map((h) => cap(shortText(h))).filter(Boolean),
    about: about(doc, body, cards, budget, opts),
    menu: select(doc, 'nav a', 40).map((a) => shortText(a, 60)),
    plans: plans.slice(0, LIMITS.maxPlans),
    offers: microdataOffers(doc), // capped there
    jsonLd: jsonLdTexts(doc),
    billingToggle: billingToggle(body, budget),
    tableRates: tableRates(tables),
  };
}

const FEATURED_RE = /\b(?:popular|featured|recommended|highlight(?:ed)?|best[- ]value)\b/i;
const PRICE_ATTR_RE = /price|month|annual|year/i;

/** One plan card: its name, lines, CTAs, prices in data attributes, billing-toggle sides, and whether it is featured. */
export function readCard(card: Element, budget: Budget, opts: ReadOptions = {}): RawPlan {
  const marked: Array<[Element, 'monthly' | 'annual']> = [];
  const read = textLinesOf(card, budget, 8000, { ...opts, onBillingVariant: (el, billing) => marked.push([el, billing]) });
  if (read.cut) budget.exhausted = true;
  const lines = read.map((l) => cap(l)).slice(0, LIMITS.maxLinesPerPlan);
  // Visible sides of a toggle say their billing through their class names too ("price annually").
  for (const el of select(card, '[class]', 300)) {
    const billing = billingMark(el);
    if (billing && !marked.some(([m]) => m.contains(el) || el.contains(m)) && /\d/.test(shortText(el, 80))) marked.push([el, billing]);
  }
  const variants = marked.slice(0, 6).map(([el, billing]) => ({ billing, lines: textLinesOf(el, budget, 600).map((l) => cap(l)).slice(0, 12) }));
  const { heading } = cardParts(card);
  const name = heading ? shortText(heading, 120) : (lines.find((l) => findMoney(l).length === 0) ?? '');
  // A plan that is a table row (or a grid's role="row") shows its quantity bare ("Up to 10k") under a
  // column header that names it ("Monthly pageviews"): the quantity reads with its header.
  const head = card.matches('tr, [role="row"]') ? (card.closest('table') ?? card.parentElement)?.querySelector('tr, [role="row"]') : null;
  if (head && head !== card) {
    const names = cellTexts(head, 60);
    const cells = cellTexts(card, 60);
    cells.forEach((t, i) => {
      const k = lines.indexOf(t);
      if (k >= 0) lines[k] = readCell(t, names[i], cells[0]);
    });
  }
  const ctas = select(card, 'a, button, [role="button"]', 20).map((b) => cap(shortText(b))).filter(Boolean);
  const attrPrices: RawPlan['attrPrices'] = [];
  for (const el of [card, ...select(card, '*', 399)]) {
    for (const attr of el.attributes) {
      if (attrPrices.length >= LIMITS.maxAttrPrices) break;
      if (attr.name.startsWith('data-') && PRICE_ATTR_RE.test(attr.name) && /\d/.test(attr.value) && attr.value.length <= 80) {
        attrPrices.push({ name: attr.name.slice(0, 80), value: attr.value });
      }
    }
  }
  const featured = FEATURED_RE.test(classOf(card)) || lines.slice(0, 3).some((l) => FEATURED_RE.test(l));
  return { name: cap(name), lines, ctas, attrPrices, featured, variants };
}

/** Copies of one grid (monthly and annual, mobile and desktop) read as one set of plans: the first. */
function dedupeGrids(plans: RawPlan[]): RawPlan[] {
  const names = plans.map((p) => p.name.toLowerCase());
  for (let period = 1; period <= names.length / 2; period++) {
    if (names.length % period !== 0) continue;
    if (names.every((n, i) => n === names[i % period]) && new Set(names.slice(0, period)).size === period) return plans.slice(0, period);
  }
  return plans;
}

/** What the page says the product is: its h1 and the first paragraphs of the main content. */
function about(doc: Document, body: Element | null, cards: Element[], budget: Budget, opts: ReadOptions): string[] {
  const out: string[] = [];
  const h1 = doc.querySelector('h1');
  if (h1) out.push(cap(shortText(h1, LIMITS.maxLineChars)));
  const og = doc.querySelector('meta[property="og:title" i]')?.getAttribute('content')?.trim();
  if (og) out.push(cap(og));
  const main = doc.querySelector('main, [role="main"]') ?? body;
  if (main) {
    // The hero: paragraphs before the first price or plan card (card texts describe plans, not the product).
    for (const p of select(main, 'p', 40)) {
      if (out.length >= 5) break;
      budget.nodes -= 5;
      if (p.closest('nav, footer') || isHidden(p, opts.rendered)) continue;
      if (cards.some((c) => c.contains(p))) break;
      const t = shortText(p, LIMITS.maxLineChars);
      if (showsMoney(t)) break;
      if (t.length >= 40) out.push(cap(t));
    }
  }
  return out.filter(Boolean);
}

const TOGGLE_RE = /^(?:(?:pay |billed )?(?:monthly|annually|annual|yearly|month|year)(?: billing)?|monatlich|jährlich|mensuel|annuel)\b/i;
/** Text TOGGLE_RE can match holds one of these words, unless a character read as nothing splits it. */
const TOGGLE_WORD_RE = new RegExp(`month|annu|year|monat|jährlich|mensuel|${INVISIBLE_RE.source}`, 'i');

function billingToggle(body: Element | null, budget: Budget): string[] {
  if (!body) return [];
  const out: string[] = [];
  for (const el of body.querySelectorAll('button, label, [role="tab"], [role="radio"], [role="switch"], option, a, span')) {
    if (--budget.nodes < 0 || out.length >= 6) break;
    // A toggle label is a few words: skip anything bigger before reading its text, and elements whose
    // textContent holds no toggle word and no unread text (a skipped element's, which could split one):
    // then it holds what shortText reads, white space aside. (shortText reads a skipped element as ''.)
    const kids = el.childElementCount;
    if (kids > 3) continue;
    const all = el.textContent ?? '';
    if (all.length > 120 || (!TOGGLE_WORD_RE.test(all) && (!kids || !el.querySelector(SKIP_SEL)))) continue;
    const t = shortText(el, 80);
    if (t.length <= 40 && TOGGLE_RE.test(t) && !out.includes(t)) out.push(cap(t));
  }
  return out;
}

/**
 * Finds the plan cards of a pricing page: the repeated sibling containers that each hold one price
 * (the pricing grid), preferred over add-on lists and comparison tables; or, failing that, a
 * comparison table with plans as columns (or rows); and the rates a table prices under a header that
 * names their unit.
 */
import { LIMITS } from '../core/limits.ts';
import type { RawPlan } from '../core/model.ts';
import { findMoney } from '../core/read/money.ts';
import { type Budget, type ReadOptions, classOf, isHidden, select, shortText } from './dom-text.ts';


const HEADING_TAG_RE = /^H[1-6]$/;
const HEADING_CLASS_RE = /name|title|tier/i;
const CTA_TAGS = new Set(['A', 'BUTTON']);

/** What scoring needs of a card: its heading (a real heading first, else one named like a title) and whether it has a call to action. */
interface CardParts { heading: Element | null; cta: boolean }

/**
 * One bounded walk over the first 400 elements of a card (a card is small, a page section is not), in
 * document order (the same answers querySelector gives on a card, without scanning a whole page
 * section when the "card" is one).
 */
export function cardParts(card: Element, budget?: Budget): CardParts {
  let tagHeading: Element | null = null;
  let classHeading: Element | null = null;
  let cta = false;
  let seen = 0;
  const stack: Element[] = [];
  for (let k = card.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
  while (stack.length > 0 && seen++ < 400 && !(tagHeading && cta)) {
    const el = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (!tagHeading && HEADING_TAG_RE.test(tag)) tagHeading = el;
    else if (!classHeading && HEADING_CLASS_RE.test(classOf(el))) classHeading = el;
    if (!cta && (CTA_TAGS.has(tag) || el.getAttribute('role') === 'button')) cta = true;
    for (let k = el.lastElementChild; k; k = k.previousElementSibling) stack.push(k);
  }
  if (budget) budget.nodes -= seen;
  return { heading: tagHeading ?? classHeading, cta };
}

const NO_NUMBER_PRICE_RE = /^(?:free(?: forever)?|custom(?: pricing)?|contact (?:us|sales)|let'?s talk|kostenlos|gratuit|auf anfrage|sur devis)$/i;
/** Names plans are commonly given: a grid of these is the pricing grid, not a list of add-ons. */
const PLAN_NAME_RE = /^(?:the )?(?:free|start(?:er|up)?|basic|standard|pro(?:fessional)?|plus|premi(?:um|er)|business|teams?|enterprise|grow(?:th)?|scale(?:up)?|advanced|essentials?|hobby|personal|individual|agency|ultimate|unlimited|custom|li(?:te|ght)|core|launch(?:pad)?|build(?:er)?|developer|elite|max|organization|company|corporate|community|open source|self-hosted|cloud|gold|silver|bronze|platinum|solo|duo|creator|studio|mini|small|medium|large|xl|base|foundation|accelerate|expand|connect|engage)\b/i;
const FREE_RE = /free|kostenlos|gratuit/i;
const EDGE_DIGIT_RE = /^\d|\d$/;
const PRICE_TEST_RE = /\d|free|custom|contact|kostenlos|gratuit/i;

/** Whether a text shows an amount of money (a percentage is not). */
export const showsMoney = (t: string): boolean => findMoney(t).some((h) => h.kind === 'money');

/** Elements that show a price: the smallest ancestor of a text node whose short text states an amount. */
function priceElements(root: Element, budget: Budget, opts: ReadOptions): Element[] {
  const doc = root.ownerDocument;
  // A page repeats its texts (a price and the short text of its wrappers, the same feature in every
  // card): each distinct text is read for money once.
  const memo = new Map<string, boolean>();
  const money = (t: string): boolean => {
    let m = memo.get(t);
    if (m === undefined) memo.set(t, (m = showsMoney(t)));
    return m;
  };
  const walker = doc.createTreeWalker(root, 4); // NodeFilter.SHOW_TEXT, spelt out: Node has no NodeFilter global
  const found = new Set<Element>();
  const verdicts = new Map<Element, number>(); // an ancestor read: 0 no price, 1 a shown price, 2 too long or hidden
  for (let n = walker.nextNode(); n && found.size <= 400; n = walker.nextNode()) {
    if (--budget.nodes < 0) { budget.exhausted = true; break; }
    const own = (n.nodeValue ?? '').trim();
    if (!own || !PRICE_TEST_RE.test(own)) continue;
    // A price split over elements ("$" in a <sup>, "29" here) leaves its amount at an edge of this
    // text; a text that neither shows money nor starts or ends with a digit is no part of a price.
    const shown = money(own);
    if (!EDGE_DIGIT_RE.test(own) && !NO_NUMBER_PRICE_RE.test(own) && !shown) continue;
    let el = n.parentElement;
    // A choice in a form's drop-down ("Under $1M") is no price shown.
    if (el?.tagName === 'OPTION') continue;
    // A price line opening a longer paragraph ("$50 per agent/month<br>Proactive AI...") is its element's price.
    if (shown && own.length <= 80 && el && el.firstChild === n && !(opts.rendered && isHidden(el, true))) { found.add(el); continue; }
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      budget.nodes -= 2;
      // Siblings share ancestors (the items of one list): each element is read once.
      let v = verdicts.get(el);
      if (v === undefined) {
        const t = shortText(el, 100);
        v = t.length > 80 ? 2 : money(t) || NO_NUMBER_PRICE_RE.test(t) ? (!opts.rendered || !isHidden(el, true) ? 1 : 2) : 0;
        verdicts.set(el, v);
      }
      if (v) { if (v < 2) found.add(el); break; }
    }
  }
  return [...found];
}

const EXTRAS_RE = /\b(?:add[- ]?ons?|extras?|options?|optional|also billed|extend|power[- ]?ups?|à la carte|zusatz\w*|erweiterungen|complementos?|and more|(?:other|additional) (?:charges|services|products)|weitere (?:leistungen|produkte)|ex[ae]mples?|looks like|breakdown|beispiel|ejemplo|frequently asked|faqs?)\b/i;

/** The heading just before an element: a previous sibling of it or of one of its two nearest ancestors, or a small wrapper's heading. */
function headingBefore(el: Element): string {
  for (let a: Element | null = el, up = 0; a && up < 3; a = a.parentElement, up++) {
    for (let s = a.previousElementSibling, k = 0; s && k < 3; s = s.previousElementSibling, k++) {
      const h = HEADING_TAG_RE.test(s.tagName.toUpperCase()) ? s : s.childElementCount <= 4 ? s.querySelector('h1, h2, h3, h4') : null;
      if (h) return shortText(h, 80);
    }
  }
  return '';
}

interface Candidate { container: Element; kids: Map<Element, Element>; score: number; headed: number }

/**
 * The plan cards of a page, in document order; empty when the page has no recognisable plan grid.
 * Each candidate grid scores per card: a price (1), a heading (2), a call to action (1), a price shown
 * on its own rather than inside a sentence (1), and a plan-like name ("Pro", "Team": 1.5).
 * @example findPlanCards(document.body, newBudget()).length // 3
 */
export function findPlanCards(root: Element, budget: Budget, opts: ReadOptions = {}): Element[] {
  const byContainer = new Map<Element, Map<Element, Element>>(); // container -> child card -> its first price element
  for (const p of priceElements(root, budget, opts)) {
    let child: Element = p;
    for (let a = p.parentElement, depth = 0; a && a !== root.parentElement && depth < 12; child = a, a = a.parentElement, depth++) {
      const kids = byContainer.get(a) ?? new Map<Element, Element>();
      if (!kids.has(child)) kids.set(child, p);
      byContainer.set(a, kids);
    }
  }
  const candidates: Candidate[] = [];
  for (const [container, kids] of byContainer) {
    // The cells of a table row are its columns: the table is read as a table (planFromTable).
    if (kids.size < 2 || container.tagName === 'TR') continue;
    let score = 0;
    let headed = 0;
    for (const [kid, price] of kids) {
      const { heading, cta } = cardParts(kid, budget);
      const name = heading ? shortText(heading, 60) : '';
      const shown = shortText(price, 40);
      // A heading that states a price is a price (one side of a monthly/annual toggle), not a plan name.
      if (heading && findMoney(name).length === 0) headed++;
      const card = 1 + (heading ? 2 : 0) + (cta ? 1 : 0)
        + (shown.length <= 30 ? 1 : 0) + (PLAN_NAME_RE.test(name) ? 1.5 : 0);
      // "Custom" in every row group is a comparison table's last column, not a plan's price.
      score += NO_NUMBER_PRICE_RE.test(shown) && !FREE_RE.test(shown) ? card / 2 : card;
    }
    // A grid of many cards is more often a list of products or add-ons than of plans.
    if (kids.size > 6) score *= 6 / kids.size;
    candidates.push({ container, kids, score, headed });
  }
  let best: Candidate | null = null;
  const headedGrids = candidates.filter((o) => o.headed >= 2);
  for (const c of candidates) {
    // A grid under an "Add-ons" or "Optional services" heading sells extras, not the plans.
    if (c.score >= 6 && EXTRAS_RE.test(headingBefore(c.container))) continue;
    // Copies of a whole grid side by side (one per currency or billing period) are not plans: when
    // two or more of a candidate's children hold a grid of headed cards themselves, the inner grid wins.
    budget.nodes -= headedGrids.length;
    // (A kid of c never contains c's own container, its parent.)
    const nested = [...c.kids.keys()].filter((kid) => headedGrids.some((o) => kid.contains(o.container))).length;
    const score = nested >= 2 ? c.score / 2 : c.score;
    if (!best || score > best.score) best = { ...c, score };
  }
  if (!best || best.score < 6) return [];
  const { container, kids } = best;
  // The grid's priced cards, and unpriced siblings that look like cards ("Enterprise" with a button).
  const out: Element[] = [];
  for (let c = container.firstElementChild; c && out.length < LIMITS.maxPlans; c = c.nextElementSibling) {
    if (kids.has(c)) { out.push(c); continue; }
    const parts = cardParts(c, budget);
    if (parts.heading !== null && parts.cta) out.push(c);
  }
  return out;
}

/** The texts of a table row's cells; a cell spanning columns stands in each of them, so cells line up with their headers. */
export const cellTexts = (row: Element, max: number): string[] => select(row, 'th,td,[role$=cell],[role$=header]', 12)
  .flatMap((c) => Array<string>(Math.min(Number(c.getAttribute('colspan')) || 1, 4)).fill(shortText(c, max)));

/** The cell texts of each of the page's first 20 tables, row by row (a cell spanning columns once per column): read once, for the table plans and the table rates. */
export function tableTexts(root: Element, budget: Budget): string[][][] {
  return select(root, 'table,[role=table]', 20).map((table) => {
    const rows = select(table, 'tr,[role=row]', 200).map((r) => cellTexts(r, LIMITS.maxLineChars));
    budget.nodes -= rows.length * 12;
    return rows;
  });
}

const PER_RE = /(?:\b(?:per|pro|par|por)\b|^\/)[^)]*/i;

/** A bare amount read with the unit its column header or row label names: "$0.40" under "Price per 1M requests" reads "$0.40 per 1M requests". */
export function withUnit(cell: string, ...labels: Array<string | undefined>): string {
  const unit = labels.map((l) => PER_RE.exec(l ?? '')?.[0]).find(Boolean);
  return unit && cell.length <= 24 && !PER_RE.test(cell) && !cell.includes('/') && showsMoney(cell) ? `${cell} ${unit}` : cell;
}

const NOUNLESS_RE = /per (?:[\d.,]+ ?)?(?:k|m|thousand|million)?$/i;

/** Rates whose unit sits in a column header or a row's label, not beside the amount, read with it. */
export function tableRates(tables: string[][][]): string[] {
  const out: string[] = [];
  for (const [head = [], ...rows] of tables) {
    // "Price per million" over a column of amounts, beside a first column headed "Monthly actions".
    const named = head.map((h) => (NOUNLESS_RE.test(h) ? `${h} ${head[0]?.toLowerCase()}` : h));
    for (const r of rows) {
      r.forEach((cell, i) => {
        const read = withUnit(cell, named[i], r[0]);
        if (read !== cell && out.length < 40) out.push(read);
      });
    }
  }
  return out;
}

/**
 * A cell of a plan that is a table row, read with its column's header: a bare quantity ("Up to 10k")
 * takes the header's noun ("Monthly pageviews"), unless the header names a price ("Hourly", "Monthly
 * cap": the cell is an amount); an amount takes the unit its header or the row's label names.
 */
export const readCell = (cell: string, header = '', label?: string): string =>
  (BARE_QTY_RE.test(cell) && /[a-z]{3}/i.test(header) && !showsMoney(header) && !AMOUNT_HEAD_RE.test(header) ? `${cell} ${header}` : withUnit(cell, header, label));

/** A column header over amounts ("Hourly", "Monthly cap", "Cost"); unlike PRICE_HEAD_RE, "Monthly pageviews" is not one. */
const AMOUNT_HEAD_RE = /pri[cx]|preis|cost|hourly|cap\b/i;

/** A column header that names what a price is ("Price per hour", "Max per month"), not a plan. */
const PRICE_HEAD_RE = /price|preis|prix|precio|per\b|\/|hourly|monthly/i;

/** A quantity with no noun: "10k", "Up to 1M", "50,000+", "1,001 - 5,000", "30 / month". */
export const BARE_QTY_RE = /^(?:up to |bis |jusqu'à |hasta )?[\d.,]+ ?(?:[kmb]|mio\.?|million)?(?: ?[-–] ?[\d.,]+ ?(?:[kmb]|mio\.?|million)?)?\+?(?: ?\/ ?mo(?:nth)?)?$/i;

const CHECK_RE = /^(?:[✓✔✅☑]|yes|included|ja|oui)$/i;
const CROSS_RE = /^(?:[✗✘×❌–—-]|no|none|nein|non)?$/i;

/**
 * Plans from a comparison table whose columns are plans: each row becomes a line of each plan
 * ("1,000" in a "Contacts" row reads "Contacts 1,000": the row's own text, so evidence can be highlighted).
 * A table of sizes whose rows are priced under headers that name the prices ("vCPUs", "Price per month")
 * gives one plan per row instead.
 */
export function planFromTable(tables: string[][][]): RawPlan[] {
  for (const rows of tables) {
    const header = rows.find((r) => r.length >= 3 && r.slice(1).filter(Boolean).length >= 2);
    const priced = rows.filter((r) => r.slice(1).filter((c) => showsMoney(c) || NO_NUMBER_PRICE_RE.test(c)).length >= 2);
    if (!header || priced.length === 0) continue;
    // Rows of sizes under headers such as "vCPUs" and "Price per month" are the plans, one per row;
    // a bare quantity reads with its column's header.
    const sized = rows.filter((r) => r !== header && r.some(showsMoney));
    if (sized.length >= 3 && !header.some((h) => PLAN_NAME_RE.test(h) && !PRICE_HEAD_RE.test(h)) && header.some((h) => PRICE_HEAD_RE.test(h))) {
      return sized.map((r) => ({ name: r[0] ?? '', lines: r.map((c, j) => readCell(c, header[j], r[0])), ctas: [], attrPrices: [], featured: false }))
        .slice(0, LIMITS.maxPlans);
    }
    return header.slice(1).map((name, i) => {
      const lines = [name];
      for (const r of rows) {
        if (r === header) continue;
        const label = r[0] ?? '';
        const cell = r[i + 1] ?? '';
        if (CHECK_RE.test(cell)) lines.push(label);
        // A bare quantity ("25 million / mo", "1,000") means nothing without its row's label.
        else if (!CROSS_RE.test(cell)) lines.push(findMoney(cell).length > 0 && !cell.includes('%') || (/[a-z]{3}/i.test(cell) && !/^\d/.test(cell)) ? withUnit(cell, label) : `${label} ${cell}`);
      }
      return { name, lines: lines.filter(Boolean).slice(0, LIMITS.maxLinesPerPlan), ctas: [], attrPrices: [], featured: false };
    }).filter((p) => p.name).slice(0, LIMITS.maxPlans);
  }
  return [];
}

/**
 * Finds the plan cards of a pricing page: the container whose children each carry a price (and
 * mostly a heading and a call to action), or, failing that, a comparison table with plans as columns.
 */
import { LIMITS, type RawPlan } from '../core/model.ts';
import { findMoney } from '../core/read/money.ts';
import { type Budget, shortText } from './dom-text.ts';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelt out: Node has no NodeFilter global
const HEADING_SEL = 'h1, h2, h3, h4, h5, h6, [class*="name" i], [class*="title" i]';
const CTA_SEL = 'a, button, [role="button"]';
const NO_NUMBER_PRICE_RE = /^(?:free(?: forever)?|custom(?: pricing)?|contact (?:us|sales)|let'?s talk|kostenlos|gratuit|auf anfrage|sur devis)$/iu;

/** Elements that show a price: the smallest ancestor of a text node whose short text states an amount. */
function priceElements(root: Element, budget: Budget): Element[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const found = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (--budget.nodes < 0) { budget.exhausted = true; break; }
    const v = n.nodeValue ?? '';
    if (!/\d|free|custom|contact|kostenlos|gratuit/iu.test(v)) continue;
    let el = n.parentElement;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      const t = shortText(el, 100);
      if (t.length > 80) break;
      if (findMoney(t).some((h) => h.kind === 'money') || NO_NUMBER_PRICE_RE.test(t)) { found.add(el); break; }
    }
    if (found.size > 400) break;
  }
  return [...found];
}

/**
 * The plan cards of a page, in document order; empty when the page has no recognisable plan grid.
 * @example findPlanCards(document.body, newBudget()).length // 3
 */
export function findPlanCards(root: Element, budget: Budget): Element[] {
  const bearers = new Map<Element, Set<Element>>();
  for (const p of priceElements(root, budget)) {
    let child: Element = p;
    for (let a = p.parentElement; a && a !== root.parentElement; child = a, a = a.parentElement) {
      const set = bearers.get(a) ?? new Set<Element>();
      set.add(child);
      bearers.set(a, set);
    }
  }
  let best: { container: Element; score: number } | null = null;
  for (const [container, kids] of bearers) {
    if (kids.size < 2) continue;
    let score = kids.size;
    for (const k of kids) score += (k.querySelector(HEADING_SEL) ? 2 : 0) + (k.querySelector(CTA_SEL) ? 1 : 0);
    if (!best || score > best.score) best = { container, score };
  }
  if (!best || best.score < 4) return [];
  const kids = bearers.get(best.container)!;
  return [...best.container.children].filter((c) =>
    kids.has(c) || (c.querySelector(HEADING_SEL) !== null && c.querySelector(CTA_SEL) !== null)).slice(0, LIMITS.maxPlans);
}

const CHECK_RE = /^(?:[✓✔✅☑]|yes|included|ja|oui)$/iu;
const CROSS_RE = /^(?:[✗✘×❌–—-]|no|none|nein|non)?$/iu;

/**
 * Plans from a comparison table whose columns are plans: each row becomes a line of each plan
 * ("1,000" in a "Contacts" row reads "Contacts 1,000": the row's own text, so evidence can be highlighted).
 */
export function planFromTable(root: Element, budget: Budget): RawPlan[] {
  for (const table of [...root.querySelectorAll('table')].slice(0, 20)) {
    const rows = [...table.querySelectorAll('tr')].slice(0, 200).map((r) => [...r.querySelectorAll('th, td')].map((c) => shortText(c, LIMITS.maxLineChars)));
    budget.nodes -= rows.length * 4;
    const header = rows.find((r) => r.length >= 3 && r.slice(1).filter(Boolean).length >= 2);
    const priced = rows.filter((r) => r.slice(1).filter((c) => findMoney(c).some((h) => h.kind === 'money') || NO_NUMBER_PRICE_RE.test(c)).length >= 2);
    if (!header || priced.length === 0) continue;
    return header.slice(1).map((name, i) => {
      const lines = [name];
      for (const r of rows) {
        if (r === header) continue;
        const label = r[0] ?? '';
        const cell = r[i + 1] ?? '';
        if (CHECK_RE.test(cell)) lines.push(label);
        else if (!CROSS_RE.test(cell)) lines.push(findMoney(cell).length > 0 || /[a-z]{3}/iu.test(cell) ? cell : `${label} ${cell}`);
      }
      return { name, lines: lines.filter(Boolean).slice(0, LIMITS.maxLinesPerPlan), ctas: [], attrPrices: [], featured: false };
    }).filter((p) => p.name).slice(0, LIMITS.maxPlans);
  }
  return [];
}

/**
 * Shows an evidence phrase on the page: finds the smallest element whose text contains the phrase
 * (white space ignored, since evidence joins lines), outlines it and scrolls it into view. Only
 * attributes and inline styles of the page's own elements are touched; nothing is inserted as HTML.
 */
const ATTR = 'data-vml-highlight';
const STYLE = 'outline: 3px solid #f59e0b !important; outline-offset: 2px !important; background-color: rgba(253, 230, 138, 0.6) !important;';
const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/**
 * Highlights the first element showing `phrase`; returns whether one was found.
 * @example highlightPhrase(document, '$29/mo') // true
 */
export function highlightPhrase(doc: Document, phrase: string): boolean {
  clearHighlights(doc);
  if (!doc.body) return false;
  // Evidence read from a comparison table ("Contacts 5,000") joins a row label with a cell that
  // is not next to it: when the whole phrase is not shown, show its trailing words (the cell).
  const words = phrase.replace(/\.\.\.$/, '').trim().split(/\s+/);
  const all = squash(doc.body.textContent ?? '');
  let needle = '';
  for (let i = 0; i < words.length; i++) {
    const cand = squash(words.slice(i).join(' '));
    if (cand.length < 2 || (i > 0 && !/\d/.test(cand))) break;
    if (all.includes(cand)) { needle = cand; break; }
  }
  if (!needle) return false;
  let best: Element | null = null;
  const walk = (el: Element, budget: { n: number }): void => {
    for (const child of el.children) {
      if (--budget.n < 0) return;
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(child.tagName)) continue;
      if (squash(child.textContent ?? '').includes(needle)) { best = child; walk(child, budget); return; }
    }
  };
  best = doc.body;
  walk(doc.body, { n: 100_000 });
  const target = best as Element | null;
  if (!target || target === doc.body) return false;
  target.setAttribute(ATTR, target.getAttribute('style') ?? '');
  target.setAttribute('style', `${target.getAttribute('style') ?? ''};${STYLE}`);
  target.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
  return true;
}

/** Removes every highlight, restoring the elements' own inline style. */
export function clearHighlights(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${ATTR}]`)) {
    const original = el.getAttribute(ATTR) ?? '';
    if (original) el.setAttribute('style', original); else el.removeAttribute('style');
    el.removeAttribute(ATTR);
  }
}

/**
 * Reads rendered text out of a DOM with standard APIs only (no innerText), so the same code runs on the
 * live page and on a DOM built in Node. Block elements start new lines; inline ones join, and white
 * space inside text nodes (source line breaks included) collapses to one space, as a browser lays it
 * out: "<span>$</span>\n<span>29</span>" reads "$ 29", never two lines. Every walk is iterative and
 * charged to a shared budget, so a huge or hostile page costs bounded, linear work.
 */

export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'SELECT', 'DIALOG']);
/** The same as a selector (type selectors match HTML elements in any case); built, so the list is not bundled twice. */
export const SKIP_SEL = [...SKIP_TAGS].join();
/** Site chrome: navigation menus and footers say what the site sells everywhere, not on this page. */
const CHROME_TAGS = new Set(['NAV', 'FOOTER']);
const CHROME_SEL = 'nav, footer';
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LABEL',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const CELL_ROLE_RE = /cell|header/;
// Zero-width and bidi-control characters split or disguise numbers ("$2\u200b9" is $29) and are never read.
export const INVISIBLE_RE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Not shown: display none, visibility hidden, or moved a whole box or more out of place (the unseen
// digits of an odometer-style animated number: "transform: translateY(300%)").
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|transform\s*:\s*translate[xy]?\(\s*-?[1-9]\d{2,}(?:\.\d+)?%)/i;
/** Children laid out right to left (an animated number's digit columns, ones first in the source): class or style. */
const REVERSED_RE = /(?:^|\s)flex-row-reverse(?:\s|;|$)|flex-direction\s*:\s*row-reverse/i;
const INLINE_FLEX_RE = /(?:^|\s)inline-flex(?:\s|;|$)|display\s*:\s*inline-flex/i;
/** An element's class attribute, '' when it has none. */
export const classOf = (el: Element): string => el.getAttribute('class') ?? '';
const layoutAttrs = (el: Element): string => `${classOf(el)};${el.getAttribute('style') ?? ''}`;
/** Class, id or data names that mark one side of a monthly/annual price toggle. */
const BILLING_MARK_RE = /(?:^|[\s_-])(?:month(?:ly)?|annual(?:ly)?|year(?:ly)?|mensuel|annuel|monatlich|j(?:ae|ä)hrlich)(?:$|[\s_-])/i;

/** The first `n` items of a list, without copying the rest (a page can hold thousands of matches). */
export const first = <T>(list: ArrayLike<T>, n: number): T[] => Array.from({ length: Math.min(n, list.length) }, (_, i) => list[i]!);
/** The first `n` elements under `root` that match `selector`, in document order. */
export const select = (root: ParentNode, selector: string, n: number): Element[] => first(root.querySelectorAll(selector), n);

/** A visit budget shared by one extraction, so a huge or hostile page costs a bounded amount of work. */
export interface Budget { nodes: number; exhausted: boolean }
export const newBudget = (nodes = 60_000): Budget => ({ nodes, exhausted: false });

/** How a walk treats hidden and chrome elements. */
export interface ReadOptions {
  /** The live page: ask the browser whether an element is rendered (display, visibility). */
  rendered?: boolean;
  /** Skip navigation and footers (page text), keep them (inside a card they are rare and harmless). */
  skipChrome?: boolean;
  /**
   * Live page only: read subtrees without navigation or footer through the browser's innerText
   * (its layout, its idea of hidden) instead of walking them node by node: an order of magnitude
   * faster than asking for every element's computed style. Not for plan cards, whose hidden toggle
   * sides must be found.
   */
  innerText?: boolean;
  /** Hidden sides of a monthly/annual toggle are handed here instead of being skipped. */
  onBillingVariant?: (el: Element, billing: 'monthly' | 'annual') => void;
}

/**
 * Removes zero-width and bidi-control characters and collapses white space. Most text nodes of a page
 * are white space only (indentation between tags): they read as one space without a regex (of the
 * invisible characters only U+FEFF is white space).
 */
export const cleanText = (s: string): string => (s.trim() || s.includes('\ufeff') ? s.replace(INVISIBLE_RE, '').replace(/\s+/g, ' ') : s && ' ');

/** Which side of a billing toggle an element's own class, id or data names say it is, if any. */
export function billingMark(el: Element): 'monthly' | 'annual' | null {
  const names = `${classOf(el)} ${el.id} ${el.getAttribute('data-period') ?? ''} ${el.getAttribute('data-billing') ?? ''}`;
  const m = BILLING_MARK_RE.exec(names);
  if (!m) return null;
  return /month|mensuel|monat/i.test(m[0]) ? 'monthly' : 'annual';
}

/** Whether an element is not shown: the hidden attribute, an inline style, or (live page) the computed style. */
export function isHidden(el: Element, rendered?: boolean): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE_RE.test(style)) return true;
  if (!rendered) return false;
  const view = el.ownerDocument.defaultView;
  const cs = view?.getComputedStyle?.(el);
  return cs !== undefined && cs !== null && (cs.display === 'none' || cs.visibility === 'hidden');
}

/** Blocks inside an inline flex box sit side by side on one line (the digits of an animated number). */
const inInlineFlex = (el: Element): boolean => el.parentElement !== null && INLINE_FLEX_RE.test(layoutAttrs(el.parentElement));
const isReversed = (el: Element): boolean => REVERSED_RE.test(layoutAttrs(el));

/**
 * The text of an element as lines, white space collapsed, empty lines dropped. `maxChars` counts the
 * collapsed text; when it or the budget runs out, `cut` is set on the result.
 * @example textLinesOf(card, budget) // ['Pro', '$29/mo', 'Up to 2,500 contacts']
 */
export function textLinesOf(root: Element, budget: Budget, maxChars = 60_000, opts: ReadOptions = {}): string[] & { cut?: boolean } {
  const lines: string[] & { cut?: boolean } = [];
  let line = '';
  let size = 0;
  const flush = () => {
    const t = line.trim();
    if (t) { lines.push(t); size += t.length; }
    line = '';
  };
  const stack: Array<Node | null> = [root]; // null marks the end of a block element
  while (stack.length > 0) {
    if (size + line.length >= maxChars) { lines.cut = true; break; }
    const node = stack.pop() as Node | null; // the loop runs while the stack is not empty
    if (node === null) { flush(); continue; }
    if (--budget.nodes < 0) { budget.exhausted = true; lines.cut = true; break; }
    if (node.nodeType === 3) {
      line += cleanText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (opts.skipChrome && CHROME_TAGS.has(tag))) continue;
    if (el !== root && isHidden(el, opts.rendered)) {
      const billing = opts.onBillingVariant ? billingMark(el) : null;
      if (billing) opts.onBillingVariant!(el, billing);
      continue;
    }
    // A grid cell (role="cell", "columnheader"...) is a cell of a table, whatever its tag.
    const block = (BLOCK_TAGS.has(tag) || CELL_ROLE_RE.test(el.getAttribute('role') ?? '')) && !inInlineFlex(el);
    if (opts.innerText && !el.querySelector(CHROME_SEL)) {
      // The browser's own layout of this subtree in one native call: line breaks where CSS puts them,
      // hidden descendants left out. Table cells (tab-separated) become lines, as the walk makes them.
      const laid = (el as HTMLElement).innerText ?? '';
      budget.nodes -= Math.ceil(laid.length / 64);
      if (block) flush();
      // cleanText on each line, done in two passes over the whole text that keep line breaks and tabs
      // (and leave single spaces alone: a huge text is not rebuilt around each of them).
      laid.replace(INVISIBLE_RE, '').replace(/[^\S\n\t]{2,}|[^\S\n\t ]/g, ' ').split(/[\n\t]/).forEach((part, i) => { if (i > 0) flush(); line += part; });
      if (block) flush();
      continue;
    }
    if (block) { flush(); stack.push(null); }
    if (isReversed(el)) for (let k = el.firstChild; k; k = k.nextSibling) stack.push(k);
    else for (let k = el.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  flush();
  if (size > maxChars) {
    lines.cut = true;
    while (lines.length && size - lines[lines.length - 1]!.length >= maxChars) size -= lines.pop()!.length;
  }
  return lines;
}

/**
 * The collapsed text of an element, read only as far as `max` characters: linear in what it reads,
 * never in the size of the subtree (a price's parent may hold a whole page).
 */
export function shortText(el: Element, max = 200): string {
  let out = '';
  let visits = 0;
  // Document order by sibling links, no stack: a wide element (a list of 100,000 items) costs what is
  // read, not its number of children.
  let node: Node | null = SKIP_TAGS.has(el.tagName.toUpperCase()) ? null : el.firstChild;
  while (node && out.length <= max && visits++ < max * 4 + 50) {
    let down = false;
    if (node.nodeType === 3) out += cleanText(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName.toUpperCase())) down = node.firstChild !== null;
    if (down) { node = node.firstChild; continue; }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) : t;
}

/**
 * Reads rendered-ish text out of a DOM with standard APIs only (no innerText, no layout), so the same
 * code runs on the live page and on a DOM built in Node. Block elements start new lines; inline ones
 * join, so "<span>$</span><span>29</span>" reads "$29".
 */

export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'SELECT']);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LABEL',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** A visit budget shared by one extraction, so a huge or hostile page costs a bounded amount of work. */
export interface Budget { nodes: number; exhausted: boolean }
export const newBudget = (nodes = 60_000): Budget => ({ nodes, exhausted: false });

/**
 * The text of an element as lines, whitespace collapsed, empty lines dropped.
 * @example textLinesOf(card) // ['Pro', '$29/mo', 'Up to 2,500 contacts']
 */
export function textLinesOf(root: Element, budget: Budget, maxChars = 60_000): string[] {
  const parts: string[] = [];
  let size = 0;
  const stack: Array<Node | null> = [root]; // null marks the end of a block element
  while (stack.length > 0 && size < maxChars) {
    const node = stack.pop();
    if (node === null) { parts.push('\n'); continue; }
    if (node === undefined) break;
    if (--budget.nodes < 0) { budget.exhausted = true; break; }
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      size += t.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) { parts.push('\n'); stack.push(null); }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The collapsed textContent of a small element (headings, buttons, price spans), capped. */
export function shortText(el: Element, max = 200): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) : t;
}

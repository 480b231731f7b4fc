/**
 * Pages of a given size and shape, for `npm run bench -- --scale`: does extraction stay linear, and does
 * its work budget keep a huge page cheap? `elements` is the number of elements in <body>, roughly.
 * - list: one <ul> of N items; cards: N plan cards (4 elements each) in one grid; nesting: N nested
 *   <div>s with prices at the bottom; prices: N short price paragraphs.
 */
export const SHAPES = ['list', 'cards', 'nesting', 'prices'] as const;
export type Shape = typeof SHAPES[number];

const wrap = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale test pricing</title></head><body><h1>Pricing</h1>${body}</body></html>`;

/** An HTML page of the given shape holding about `elements` elements. */
export function scalePage(shape: Shape, elements: number): string {
  const parts: string[] = [];
  switch (shape) {
    case 'list':
      parts.push('<ul>');
      for (let i = 0; i < elements; i++) parts.push(`<li>Feature ${i} included with unlimited projects</li>`);
      parts.push('</ul>');
      break;
    case 'cards': {
      const n = Math.max(1, Math.floor(elements / 4));
      parts.push('<div class="plans">');
      for (let i = 0; i < n; i++) parts.push(`<div class="plan"><h3>Plan ${i}</h3><p class="price">$${(i % 97) + 3}/user/mo</p><a href="#">Start</a></div>`);
      parts.push('</div>');
      break;
    }
    case 'nesting':
      parts.push('<div>'.repeat(elements), '<p>Pro $29 per user / month</p><p>Team $49 per user / month</p>', '</div>'.repeat(elements));
      break;
    case 'prices':
      for (let i = 0; i < elements; i++) parts.push(`<p>$${(i % 997) + 1}.99 per 1,000 contacts</p>`);
      break;
  }
  return wrap(parts.join(''));
}

import { analyze } from '../../src/core/analyze.ts';
import type { PageSnapshot, SavedTeardown } from '../../src/core/model.ts';
import type { Area } from '../../src/storage/store.ts';

/** An in-memory storage area with the browser's get/set shape. */
export function memoryArea(initial: Record<string, unknown> = {}): Area & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
    async set(items) { Object.assign(data, structuredClone(items)); },
  };
}

/** A saved teardown of a small page whose plans are priced in `lines`. */
export function saved(id: string, competitor: string, savedAt: string, title: string, ...lines: string[]): SavedTeardown {
  const snap: PageSnapshot = {
    url: `https://${competitor}/pricing`, title, description: '', lang: 'en', headings: [title], text: lines.join('\n'),
    plans: lines.map((l, i) => ({ name: `Plan ${i + 1}`, lines: [`Plan ${i + 1}`, l], ctas: [], attrPrices: [], featured: false })),
    offers: [], billingToggle: [], truncated: false,
  };
  return { id, competitor, savedAt, note: '', teardown: analyze(snap) };
}

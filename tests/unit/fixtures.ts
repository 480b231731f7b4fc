import { analyze } from '../../src/core/analyze.ts';
import type { PageSnapshot, SavedTeardown } from '../../src/core/model.ts';
import type { Area } from '../../src/storage/store.ts';

/**
 * An in-memory storage area with the browser's get/set/remove shape. Every call yields to the event
 * loop first, so concurrent callers interleave as they do against the real storage. `failSet` makes
 * a set throw (e.g. a quota error) when it returns an Error for those items.
 */
export function memoryArea(initial: Record<string, unknown> = {}, failSet?: (items: Record<string, unknown>, data: Record<string, unknown>) => Error | null): Area & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return {
    data,
    async get(keys) {
      await tick();
      const list = keys === null ? Object.keys(data) : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      await tick();
      const err = failSet?.(items, data);
      if (err) throw err;
      Object.assign(data, structuredClone(items));
    },
    async remove(keys) {
      await tick();
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}

/** A small page snapshot whose plans are priced in `lines`. */
export function snapshot(competitor: string, title: string, ...lines: string[]): PageSnapshot {
  return {
    url: `https://${competitor}/pricing`, title, description: '', lang: 'en', headings: [title], text: lines.join('\n'),
    plans: lines.map((l, i) => ({ name: `Plan ${i + 1}`, lines: [`Plan ${i + 1}`, l], ctas: [], attrPrices: [], featured: false })),
    offers: [], billingToggle: [], truncated: false,
  };
}

/** A saved teardown of a small page whose plans are priced in `lines`. */
export function saved(id: string, competitor: string, savedAt: string, title: string, ...lines: string[]): SavedTeardown {
  return { id, competitor, savedAt, note: '', teardown: analyze(snapshot(competitor, title, ...lines)) };
}

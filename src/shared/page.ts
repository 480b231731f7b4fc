/**
 * Talks to the page in a tab: injects the content script on demand (activeTab + scripting), then calls
 * its extract/highlight in the isolated world. What comes back from the page is untrusted and validated.
 */
import contentScript from '../content/inject.ts?script&iife';
import { PageSnapshotSchema, type PageSnapshot } from '../core/model.ts';
import { browser } from './browser.ts';

type Api = { extract(): unknown; highlight(t: string): boolean; clear(): void };
declare global { var __valueMetricLens: Api | undefined }

async function call<T>(tabId: number, func: (...args: string[]) => T, args: string[] = []): Promise<T> {
  const [res] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return res?.result as T;
}

async function ensureInjected(tabId: number): Promise<void> {
  const present = await call(tabId, () => typeof globalThis.__valueMetricLens === 'object');
  if (!present) await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

/** Reads the page in the tab. Throws a user-readable error when the page cannot be read. */
export async function extractTab(tabId: number): Promise<PageSnapshot> {
  try {
    await ensureInjected(tabId);
  } catch {
    throw new Error('This page cannot be read by extensions (browser pages, the web store and some PDFs are off limits). Open a pricing page and try again.');
  }
  const parsed = PageSnapshotSchema.safeParse(await call(tabId, () => globalThis.__valueMetricLens!.extract()));
  if (!parsed.success) throw new Error(`The page returned data that does not look like a page snapshot (${parsed.error.issues[0]?.message}).`);
  return parsed.data;
}

/** Highlights an evidence phrase on the page; false when the phrase is not visible there. */
export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  await ensureInjected(tabId);
  return Boolean(await call(tabId, (t: string) => globalThis.__valueMetricLens!.highlight(t), [text]));
}

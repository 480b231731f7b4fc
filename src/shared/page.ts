/**
 * Talks to the page in a tab: injects the content script on demand (activeTab + scripting), then calls
 * its extract/highlight in the isolated world. What comes back from the page is untrusted and validated.
 */
import { PageSnapshotSchema, type PageSnapshot } from '../core/model.ts';
import { browser } from './browser.ts';
import { extensionFile, firstResult } from './platform.ts';

/** Built from src/content/inject.ts as one classic script by vite.config.ts (INJECTED). */
const INJECTED_FILE = 'src/content/inject.js';

type Api = { extract(): unknown; highlight(t: string): boolean; clear(): void };
declare global { var __valueMetricLens: Api | undefined }

async function call<T>(tabId: number, func: (...args: string[]) => T, args: string[] = []): Promise<T> {
  return firstResult(await browser.scripting.executeScript({ target: { tabId }, func, args })) as T;
}

async function ensureInjected(tabId: number): Promise<void> {
  // A page can put its own value under this name in the isolated world too (an element with that id
  // is a named property of window; <form id=...><input name=extract> gives it an "extract"): only
  // functions count, which markup cannot create. The injected script then shadows the name.
  const present = await call(tabId, () => typeof globalThis.__valueMetricLens?.extract === 'function' && typeof globalThis.__valueMetricLens?.highlight === 'function');
  if (!present) firstResult(await browser.scripting.executeScript({ target: { tabId }, files: [extensionFile(INJECTED_FILE)] }));
}

/** Reads the page in the tab. Throws a user-readable error when the page cannot be read. */
export async function extractTab(tabId: number): Promise<PageSnapshot> {
  try {
    await ensureInjected(tabId);
  } catch (e) {
    throw new Error(`This page cannot be read by extensions (browser pages, add-on stores and some PDFs are off limits). Open a pricing page and try again. (The browser said: ${(e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = await call(tabId, () => globalThis.__valueMetricLens!.extract());
  } catch (e) {
    throw new Error(`The page could not be read (${(e as Error).message}). Reload the page and try again.`);
  }
  const parsed = PageSnapshotSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`The page returned data that does not look like a page snapshot (${parsed.error.issues[0]?.message}).`);
  return parsed.data;
}

/** Highlights an evidence phrase on the page; false when the phrase is not visible there. */
export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  await ensureInjected(tabId);
  return Boolean(await call(tabId, (t: string) => globalThis.__valueMetricLens!.highlight(t), [text]));
}

/**
 * Talks to the page in a tab: injects the content script on demand (activeTab + scripting), then calls
 * its extract/highlight in the isolated world. What comes back from the page is untrusted and validated.
 */
import { PageSnapshotSchema, type PageSnapshot } from '../core/model.ts';
import { withJsonLd } from '../core/read/json-ld.ts';
import { browser } from './browser.ts';
import { extensionFile, firstResult } from './platform.ts';

/**
 * Built by vite.config.ts (INJECTED) as classic scripts: extraction (src/content/inject.ts), injected on
 * every teardown, and highlighting (src/content/inject-highlight.ts), injected on the first evidence click.
 */
const SCRIPTS = {
  extract: { file: 'src/content/inject.js', present: () => typeof globalThis.__valueMetricLens?.extract === 'function' },
  highlight: { file: 'src/content/inject-highlight.js', present: () => typeof globalThis.__valueMetricLensHighlight?.highlight === 'function' },
} as const;

type Api = { extract(): unknown };
type HighlightApi = { highlight(t: string): boolean; clear(): void };
declare global {
  var __valueMetricLens: Api | undefined;
  var __valueMetricLensHighlight: HighlightApi | undefined;
}

async function call<T>(tabId: number, func: (...args: string[]) => T, args: string[] = []): Promise<T> {
  return firstResult(await browser.scripting.executeScript({ target: { tabId }, func, args })) as T;
}

async function ensureInjected(tabId: number, which: keyof typeof SCRIPTS = 'extract'): Promise<void> {
  // A page can put its own value under these names in the isolated world too (an element with that id
  // is a named property of window; <form id=...><input name=extract> gives it an "extract"): only
  // functions count, which markup cannot create. The injected script then shadows the name.
  const { file, present } = SCRIPTS[which];
  if (!(await call(tabId, present))) firstResult(await browser.scripting.executeScript({ target: { tabId }, files: [extensionFile(file)] }));
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
  // JSON-LD is parsed here, off the page's main thread; what is kept (and saved) is what it said.
  return withJsonLd(parsed.data);
}

/** Highlights an evidence phrase on the page; false when the phrase is not visible there. */
export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  await ensureInjected(tabId, 'highlight');
  return Boolean(await call(tabId, (t: string) => globalThis.__valueMetricLensHighlight!.highlight(t), [text]));
}

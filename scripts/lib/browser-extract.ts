/**
 * The extraction a user gets: src/content/extract.ts run inside headless Debian Chromium on a saved
 * page, as the injected content script does. Shared by the eval and the bench. The page's own
 * requests (stylesheets, images) are refused, so nothing leaves the machine.
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { PageSnapshot } from '../../src/core/model.ts';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** The content script's extraction as one IIFE that sets globalThis.__vmlExtract. */
export async function bundleExtract(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import { extractPage } from './src/content/extract.ts';\n(globalThis as any).__vmlExtract = () => extractPage(document, location.href, { rendered: true });",
      resolveDir: resolve(import.meta.dirname, '../..'), loader: 'ts',
    },
    bundle: true, format: 'iife', write: false, minify: true, target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

export interface BrowserExtractor {
  extract(file: string): Promise<PageSnapshot>;
  page(): Page;
  close(): Promise<void>;
}

/** Starts Chromium once; `extract` loads a saved page and reads it with the bundled extraction. */
export async function startBrowserExtractor(): Promise<BrowserExtractor> {
  const script = await bundleExtract();
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true, bypassCSP: true });
  await context.route(/^(?!file:|data:|about:)/, (route) => route.abort());
  let page = await context.newPage();
  return {
    async extract(file: string) {
      await page.close();
      page = await context.newPage();
      await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load', timeout: 30_000 });
      await page.addScriptTag({ content: script });
      // The saved file has no canonical address in the browser: report the one the page records.
      return page.evaluate(() => {
        const snap = (globalThis as unknown as { __vmlExtract: () => PageSnapshot }).__vmlExtract();
        const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href')
          ?? document.querySelector('meta[property="og:url" i]')?.getAttribute('content') ?? null;
        let url: string | null = null;
        try { url = canonical ? new URL(canonical).href : null; } catch { url = null; }
        return { ...snap, url };
      });
    },
    page: () => page,
    close: () => browser.close(),
  };
}

/**
 * The bench in headless Chromium: per page, in one tab and one run, the teardown a user gets (the
 * injected content script's extract, then analyze), document.body.innerText, and @mozilla/readability
 * on a clone of the same document. The page's own requests are refused (nothing leaves the machine).
 */
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { ARGS, CHROMIUM } from './browser-extract.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** One entry module as a minified IIFE, the way the extension ships its injected script. */
async function iife(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true, format: 'iife', write: false, minify: true, target: 'es2022', logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export interface PageTimes {
  coldMs: number; warmMs: number; innerTextMs: number; readabilityMs: number; truncated: boolean;
  /**
   * What a user's click waits for, as the extension runs it: the content script injected and run in the
   * page (inject + first extract), while the popup, a fresh realm, warms its engine up (src/core/warmup.ts);
   * then the popup's analyze of the page's snapshot. Browser only.
   */
  clickMs?: number;
  click?: { pageMs: number; warmUpMs: number; analyzeMs: number };
  /** Where the cold time goes: loading the content script, the first extract, the first analyze. */
  cold?: { injectMs: number; extractMs: number; analyzeMs: number };
}
export interface Runs { warm: number; innerText: number; readability: number }

export interface BrowserBench {
  /** The content script's size as the bench injects it (minified IIFE of src/content/inject.ts). */
  contentBytes: number;
  measure(file: string, runs: Runs): Promise<PageTimes>;
  close(): Promise<void>;
}

/**
 * Runs in the page, as plain JavaScript text (tsx would decorate a TypeScript function with helpers the
 * page does not have). Cold: inject the content script (parse, compile, run), first extract, first analyze.
 */
const IN_PAGE = `function (src, r) {
  const w = globalThis;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const now = () => performance.now();
  let t0 = now();
  const s = document.createElement('script');
  s.textContent = src;
  (document.head || document.documentElement).appendChild(s);
  const t1 = now();
  const first = w.__valueMetricLens.extract();
  const t2 = now();
  w.__vmlAnalyze(first);
  const coldMs = now() - t0;
  const cold = { injectMs: t1 - t0, extractMs: t2 - t1, analyzeMs: t0 + coldMs - t2 };
  const warm = [];
  for (let i = 0; i < r.warm; i++) { t0 = now(); w.__vmlAnalyze(w.__valueMetricLens.extract()); warm.push(now() - t0); }
  const text = [];
  for (let i = 0; i < r.innerText; i++) { t0 = now(); void (document.body ? document.body.innerText.length : 0); text.push(now() - t0); }
  const read = [];
  for (let i = 0; i < r.readability; i++) {
    const clone = document.cloneNode(true);
    t0 = now();
    new w.__vmlReadability(clone).parse();
    read.push(now() - t0);
  }
  return { coldMs, cold, warmMs: median(warm), innerTextMs: median(text), readabilityMs: read.length ? median(read) : null, truncated: first.truncated, first };
}`;

/**
 * Runs in a fresh blank page standing for the popup (src/popup/App.tsx): warm-up steps until the page's
 * part of the click would have answered (`pageMs`; the step under way finishes), then the first
 * analyze of the page's snapshot.
 */
const IN_POPUP = `function (snapshot, pageMs) {
  const w = globalThis;
  const steps = w.__vmlWarmUpSteps();
  let t0 = performance.now();
  for (let i = 0; i < steps.length && performance.now() - t0 < pageMs; i++) steps[i]();
  const warmUpMs = performance.now() - t0;
  t0 = performance.now();
  w.__vmlAnalyze(snapshot);
  return { warmUpMs, analyzeMs: performance.now() - t0 };
}`;

export async function startBrowserBench(): Promise<BrowserBench> {
  const [content, analyze, readability] = await Promise.all([
    iife("import './src/content/inject.ts';"),
    iife("import { analyze } from './src/core/analyze.ts';\nimport { warmUpSteps } from './src/core/warmup.ts';\n(globalThis as any).__vmlAnalyze = analyze;\n(globalThis as any).__vmlWarmUpSteps = warmUpSteps;"),
    iife("import { Readability } from '@mozilla/readability';\n(globalThis as any).__vmlReadability = Readability;"),
  ]);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await context.route(/^(?!file:|data:|about:)/, (route) => route.abort());
  return {
    contentBytes: Buffer.byteLength(content),
    async measure(file, runs) {
      const page = await context.newPage();
      try {
        await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load', timeout: 120_000 });
        // The popup's code (analyze) and Readability are loaded before any clock starts: a user's popup has
        // loaded analyze by the time it asks the page; what the click costs is the injection and first run.
        await page.addScriptTag({ content: analyze });
        await page.addScriptTag({ content: readability });
        const { first, ...times } = await page.evaluate(`(${IN_PAGE})(${JSON.stringify(content)}, ${JSON.stringify(runs)})`) as PageTimes & { first: unknown };
        // The popup: its own fresh realm, the engine loaded (as the popup's script is) before the click.
        const popup = await context.newPage();
        try {
          await popup.addScriptTag({ content: analyze });
          const pageMs = (times.cold?.injectMs ?? 0) + (times.cold?.extractMs ?? 0);
          const side = await popup.evaluate(`(${IN_POPUP})(${JSON.stringify(first)}, ${pageMs})`) as { warmUpMs: number; analyzeMs: number };
          // The warm-up runs while the page reads itself: only the step that outlasts the page's part is waited for.
          const clickMs = Math.max(pageMs, side.warmUpMs) + side.analyzeMs;
          return { ...times, clickMs, click: { pageMs, ...side } };
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * Speed of a teardown: `npm run bench -- [--browser] [--json] [--scale] [--sizes] [FILE.html ...]`.
 * Default pages: examples/*.html, plus ../shared/corpus/pages/* when that folder exists.
 * - Node (default): the CLI's path: linkedom parse, then extract + analyze.
 * - --browser: headless Chromium, per page in one tab: cold teardown (inject the content script +
 *   first extract + first analyze), warm teardown (median of 20), document.body.innerText, and
 *   @mozilla/readability's parse on a clone of the same document (scripts/lib/bench-browser.ts).
 *   In Node, innerText is linkedom's textContent and Readability runs on a linkedom clone.
 * - --scale: generated pages (scripts/lib/scale-pages.ts) up to 200,000 elements: time(16N)/time(N)
 *   and the teardown's cost against innerText on the same page.
 * - --sizes: the built extension's files and what each page loads (needs `npm run build`).
 * - --json: one object, {pages, summary, scaling} (and sizes with --sizes); `npm run -s bench -- --json` keeps npm's banner out.
 * Figures only: nothing here asserts a time. The machine is shared and noisy: compare ratios within a run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { analyze } from '../src/core/analyze.ts';
import { extractPage } from '../src/content/extract.ts';
import { parseHtml } from '../src/cli/dom.ts';
import { SHAPES, scalePage, type Shape } from './lib/scale-pages.ts';
import { distReport, loadedBytes } from './lib/dist-files.ts';
import type { PageTimes, Runs } from './lib/bench-browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus/pages');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const BROWSER = flag('--browser');
const JSON_OUT = flag('--json');
const unknown = args.filter((a) => a.startsWith('--') && !['--browser', '--json', '--scale', '--sizes'].includes(a));
if (unknown.length > 0) {
  console.error(`bench: unknown option ${unknown[0]}\nusage: npm run bench -- [--browser] [--json] [--scale] [--sizes] [FILE.html ...]`);
  process.exit(1);
}

const listHtml = (dir: string) => readdirSync(dir).filter((f) => /\.html?$/iu.test(f)).sort().map((f) => join(dir, f));
const given = args.filter((a) => !a.startsWith('--'));
const files = given.length > 0 ? given
  : [...listHtml(join(ROOT, 'examples')), ...(existsSync(CORPUS) ? listHtml(CORPUS) : [])];

const sorted = (xs: number[]) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => { const s = sorted(xs); return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]! : NaN; };
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '-').padStart(8);
const ratio = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-').padStart(6);
const log = (s = '') => { if (!JSON_OUT) console.log(s); };

// ------------------------------------------------------------------------------------------------
// Node path: the CLI's DOM (linkedom). "innerText" is textContent there (linkedom lays nothing out).
// ------------------------------------------------------------------------------------------------
function nodeMeasure(html: string, runs: Runs): PageTimes {
  const t0 = performance.now();
  const { document } = parseHtml(html);
  const first = extractPage(document, null);
  analyze(first);
  const coldMs = performance.now() - t0;
  const time = (n: number, f: () => void) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) { const t = performance.now(); f(); xs.push(performance.now() - t); }
    return median(xs);
  };
  const warmMs = time(runs.warm, () => analyze(extractPage(document, null)));
  const innerTextMs = time(runs.innerText, () => void document.body?.textContent?.length);
  let readabilityMs = NaN;
  try {
    // linkedom clones documents shallowly: each run gets a fresh parse, outside the clock.
    const xs: number[] = [];
    for (let i = 0; i < runs.readability; i++) {
      const clone = parseHtml(html).document;
      const t = performance.now();
      new Readability(clone).parse();
      xs.push(performance.now() - t);
    }
    readabilityMs = median(xs);
  } catch { /* Readability needs DOM features linkedom lacks on some pages: reported as '-' */ }
  return { coldMs, warmMs, innerTextMs, readabilityMs, truncated: first.truncated };
}

interface Measurer { measure(file: string, runs: Runs): Promise<PageTimes>; close(): Promise<void>; contentBytes?: number }

async function measurer(): Promise<Measurer> {
  if (BROWSER) {
    const { CHROMIUM } = await import('./lib/browser-extract.ts');
    if (!existsSync(CHROMIUM)) {
      console.error(`bench: --browser needs Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM=/path)`);
      process.exit(1);
    }
    const { startBrowserBench } = await import('./lib/bench-browser.ts');
    return startBrowserBench();
  }
  return { measure: async (file, runs) => nodeMeasure(readFileSync(file, 'utf8'), runs), close: async () => {} };
}

// ------------------------------------------------------------------------------------------------
const PAGE_RUNS: Runs = { warm: 20, innerText: 5, readability: 5 };
const SCALE_RUNS: Runs = { warm: 3, innerText: 3, readability: 0 };
const SCALE_SIZES = [3125, 12_500, 50_000, 200_000];

const m = await measurer();
const pages: Array<{ file: string } & PageTimes> = [];
const label = (f: string) => (f.startsWith(CORPUS) ? `corpus/${relative(CORPUS, f)}` : relative(ROOT, resolve(f)));
log(`${BROWSER ? 'Chromium (headless)' : 'Node (linkedom)'}: ${files.length} pages; warm = median of ${PAGE_RUNS.warm}, innerText and Readability median of ${PAGE_RUNS.readability}\n`);
log(`${'page'.padEnd(48)} ${'cold'.padStart(8)} ${'warm'.padStart(8)} ${'innerText'.padStart(9)} ${'Readab.'.padStart(8)} ${'warm/R'.padStart(6)} ${'cold/w'.padStart(6)}`);
for (const file of files) {
  try {
    const t = await m.measure(file, PAGE_RUNS);
    pages.push({ file: label(file), ...t });
    log(`${label(file).slice(0, 48).padEnd(48)} ${ms(t.coldMs)} ${ms(t.warmMs)} ${ms(t.innerTextMs).padStart(9)} ${ms(t.readabilityMs)} ${ratio(t.warmMs / t.readabilityMs)} ${ratio(t.coldMs / t.warmMs)}${t.truncated ? '  truncated' : ''}`);
  } catch (err) {
    log(`${label(file).slice(0, 48).padEnd(48)} failed: ${(err as Error).message.split('\n')[0]}`);
  }
}
const warmOverR = pages.map((p) => p.warmMs / p.readabilityMs);
const coldOverWarm = pages.map((p) => p.coldMs / p.warmMs);
const clickOverWarm = pages.filter((p) => p.clickMs !== undefined).map((p) => p.clickMs! / p.warmMs);
const summary = {
  pages: pages.length,
  warmOverReadabilityP90: quantile(warmOverR, 0.9),
  warmOverReadabilityMedian: median(warmOverR),
  coldOverWarmMedian: median(coldOverWarm),
  coldOverWarmP90: quantile(coldOverWarm, 0.9),
  ...(clickOverWarm.length > 0 ? {
    clickMs: { median: median(pages.map((p) => p.clickMs ?? NaN)), p90: quantile(pages.map((p) => p.clickMs ?? NaN), 0.9) },
    clickOverWarmMedian: median(clickOverWarm),
    clickParts: {
      pageMs: median(pages.map((p) => p.click?.pageMs ?? NaN)),
      popupWarmUpMs: median(pages.map((p) => p.click?.warmUpMs ?? NaN)),
      popupAnalyzeMs: median(pages.map((p) => p.click?.analyzeMs ?? NaN)),
    },
  } : {}),
  coldMs: { median: median(pages.map((p) => p.coldMs)), p90: quantile(pages.map((p) => p.coldMs), 0.9) },
  warmMs: { median: median(pages.map((p) => p.warmMs)), p90: quantile(pages.map((p) => p.warmMs), 0.9) },
  innerTextMs: { median: median(pages.map((p) => p.innerTextMs)), p90: quantile(pages.map((p) => p.innerTextMs), 0.9) },
  readabilityMs: { median: median(pages.map((p) => p.readabilityMs)), p90: quantile(pages.map((p) => p.readabilityMs), 0.9) },
  ...(pages.some((p) => p.cold) ? { coldParts: {
    injectMs: median(pages.map((p) => p.cold?.injectMs ?? NaN)),
    firstExtractMs: median(pages.map((p) => p.cold?.extractMs ?? NaN)),
    firstAnalyzeMs: median(pages.map((p) => p.cold?.analyzeMs ?? NaN)),
  } } : {}),
  ...(m.contentBytes ? { contentScriptBytes: m.contentBytes } : {}),
};
log(`\n${''.padEnd(48)} ${'cold'.padStart(8)} ${'warm'.padStart(8)} ${'innerText'.padStart(9)} ${'Readab.'.padStart(8)}`);
for (const q of ['median', 'p90'] as const) {
  log(`${q.padEnd(48)} ${ms(summary.coldMs[q])} ${ms(summary.warmMs[q])} ${ms(summary.innerTextMs[q]).padStart(9)} ${ms(summary.readabilityMs[q])}`);
}
log(`\nwarm teardown / Readability (per page): median ${ratio(summary.warmOverReadabilityMedian).trim()}, p90 ${ratio(summary.warmOverReadabilityP90).trim()}   (target: p90 <= 0.25)`);
log(`cold / warm teardown (per page):         median ${ratio(summary.coldOverWarmMedian).trim()}, p90 ${ratio(summary.coldOverWarmP90).trim()}   (target: median <= 2)`);
if (summary.clickParts && summary.clickMs) {
  const c = summary.clickParts;
  log(`click, as the extension runs it (page: inject + extract, while the popup warms up; then the popup's analyze): median ${ms(summary.clickMs.median).trim()} ms, p90 ${ms(summary.clickMs.p90).trim()} ms; click / warm teardown median ${ratio(summary.clickOverWarmMedian ?? NaN).trim()}`);
  log(`click, median of each part: page ${ms(c.pageMs).trim()} ms, popup warm-up ${ms(c.popupWarmUpMs).trim()} ms, popup analyze after it ${ms(c.popupAnalyzeMs).trim()} ms`);
}
if (summary.coldParts) {
  const c = summary.coldParts;
  log(`cold, median of each part: inject ${ms(c.injectMs).trim()} ms, first extract ${ms(c.firstExtractMs).trim()} ms, first analyze ${ms(c.firstAnalyzeMs).trim()} ms`);
}

// ------------------------------------------------------------------------------------------------
const scaling: Array<{ shape: Shape; n: number; ms: number; innerTextMs: number; truncated: boolean }> = [];
if (flag('--scale')) {
  const dir = mkdtempSync(join(tmpdir(), 'vml-scale-'));
  log(`\nScaling (generated pages; n = elements; teardown = median of ${SCALE_RUNS.warm} extract + analyze${BROWSER ? '' : '; innerText = textContent'})`);
  log(`${'shape'.padEnd(8)} ${'n'.padStart(8)} ${'teardown'.padStart(9)} ${'innerText'.padStart(9)} ${'td/iT'.padStart(6)} ${'t(n)/t(n/16)'.padStart(12)}`);
  try {
    for (const shape of SHAPES) {
      for (const n of SCALE_SIZES) {
        const file = join(dir, `${shape}-${n}.html`);
        writeFileSync(file, scalePage(shape, n));
        const t = await m.measure(file, SCALE_RUNS);
        rmSync(file);
        scaling.push({ shape, n, ms: t.warmMs, innerTextMs: t.innerTextMs, truncated: t.truncated });
        const base = scaling.find((s) => s.shape === shape && s.n * 16 === n);
        log(`${shape.padEnd(8)} ${String(n).padStart(8)} ${ms(t.warmMs).padStart(9)} ${ms(t.innerTextMs).padStart(9)} ${ratio(t.warmMs / t.innerTextMs)} ${base ? ratio(t.warmMs / base.ms).padStart(12) : ''.padStart(12)}${t.truncated ? '  truncated' : ''}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const growth = scaling.flatMap((s) => {
    const base = scaling.find((b) => b.shape === s.shape && b.n * 16 === s.n);
    return base ? [s.ms / base.ms] : [];
  });
  // Chromium reports times in steps of 0.1 ms: an innerText under one step reads 0, its ratio infinite.
  const vsText = scaling.map((s) => s.ms / s.innerTextMs);
  const under = vsText.filter((r) => !Number.isFinite(r)).length;
  log(`\nworst time(16N)/time(N): ${ratio(Math.max(...growth)).trim()} (target <= 20); worst teardown/innerText: ${ratio(Math.max(...vsText.filter(Number.isFinite))).trim()}${under ? ` (${under} page(s) with innerText below the timer's resolution: no ratio)` : ''}${BROWSER ? ' (target <= 5 on every page)' : ''}; within target on ${vsText.filter((r) => r <= 5).length} of ${vsText.length} pages`);
}

// ------------------------------------------------------------------------------------------------
let sizes: Record<string, number> | undefined;
if (flag('--sizes')) {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'manifest.json'))) {
    log('\n--sizes: no dist/ (run npm run build first)');
  } else {
    const report = distReport(dist, ['src/content/inject.js', 'src/content/inject-highlight.js']);
    const mf = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    sizes = {
      contentScript: loadedBytes(dist, 'src/content/inject.js'),
      highlightScript: loadedBytes(dist, 'src/content/inject-highlight.js'),
      popup: loadedBytes(dist, mf.action.default_popup),
      compare: loadedBytes(dist, 'src/compare/index.html'),
      options: loadedBytes(dist, mf.options_ui.page),
      background: loadedBytes(dist, mf.background.service_worker ?? mf.background.scripts[0]),
      total: report.files.reduce((a, f) => a + f.bytes, 0),
      orphans: report.orphans.length,
    };
    log('\nBuilt extension (dist/): bytes each page loads, with everything it imports');
    for (const [k, v] of Object.entries(sizes)) log(`  ${k.padEnd(14)} ${String(v).padStart(8)}`);
  }
}

await m.close();
if (JSON_OUT) {
  const pick = ({ file, coldMs, warmMs, innerTextMs, readabilityMs }: typeof pages[number]) => ({ file, coldMs, warmMs, innerTextMs, readabilityMs });
  console.log(JSON.stringify({
    runtime: BROWSER ? 'chromium' : 'node', date: new Date().toISOString(),
    pages: pages.map(pick), summary,
    scaling: scaling.map(({ shape, n, ms: t, innerTextMs }) => ({ shape, n, ms: t, innerTextMs })),
    ...(sizes ? { sizes } : {}),
  }));
}

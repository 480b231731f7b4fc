// End-to-end: builds the extension, loads it into Debian's Chromium with playwright-core, tears down
// the served sample page through the real popup page, saves, and finds it on the comparison page.
// The loaded build is dist-e2e/ (E2E=1): dist/ plus a host permission for 127.0.0.1, because
// automation cannot click the toolbar and so can never grant activeTab (../shared/TOOLCHAIN.md).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist-e2e');
let passed = 0; let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) { passed++; console.log(`  ok   ${name}`); } else { failed++; console.log(`  FAIL ${name} ${detail}`); }
};
const build = (env) => {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
};

if (process.env.SKIP_BUILD !== '1') { build({}); build({ E2E: '1' }); }
const prod = JSON.parse(readFileSync(join(ROOT, 'dist/manifest.json'), 'utf8'));
check('dist/ asks exactly activeTab, scripting, storage', JSON.stringify([...prod.permissions].sort()) === '["activeTab","scripting","storage"]', JSON.stringify(prod.permissions));
check('dist/ has no host permissions, content scripts or web-accessible resources', !prod.host_permissions && !prod.optional_host_permissions && !prod.content_scripts && !prod.web_accessible_resources);

const labels = JSON.parse(readFileSync(join(ROOT, 'examples/labels.json'), 'utf8'));
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  try {
    if (!/^[\w.-]+\.html$/.test(name)) throw new Error('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(ROOT, 'examples', name)));
  } catch { res.writeHead(404).end('not found'); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'vml-e2e-'));
const ctx = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: false,
  args: ['--headless=new', `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: { width: 1000, height: 800 },
});
const foreign = [];
ctx.on('request', (r) => { const u = r.url(); if (!u.startsWith('chrome-extension://') && !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u); });

async function poll(fn, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) return undefined;
    await new Promise((r) => setTimeout(r, 100));
  }
}

try {
  let [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;

  async function openPopupFor(file) {
    const page = await ctx.newPage();
    await page.goto(`${origin}/${file}`);
    const tabId = await poll(() => sw.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, `${origin}/${file}`));
    const popup = await ctx.newPage();
    const errors = [];
    popup.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    popup.on('pageerror', (e) => errors.push(String(e)));
    await popup.goto(`chrome-extension://${extId}/src/popup/index.html?tabId=${tabId}`);
    return { page, popup, errors };
  }

  // 1. The bundled sample: metric, plans, override, highlight, save, comparison list.
  const sample = 'acme-crm-pricing.html';
  const expected = labels.find((l) => l.file === sample);
  const { page, popup, errors } = await openPopupFor(sample);
  const metric = await poll(() => popup.locator('[data-testid="metric-primary"]').getAttribute('data-metric', { timeout: 500 }));
  check(`popup shows the labelled metric (${expected.primary})`, metric === expected.primary, `got ${metric}`);
  const cards = await page.locator('#plans > article').count();
  check(`one plan row per plan card (${cards})`, (await popup.locator('[data-testid="plan-row"]').count()) === cards);
  const before = await popup.locator('[data-testid="alignment"]').getAttribute('data-verdict');
  await popup.locator('[data-testid="product-type-select"]').selectOption('payments');
  const after = await poll(async () => { const v = await popup.locator('[data-testid="alignment"]').getAttribute('data-verdict'); return v !== before && v; });
  check('overriding the product type changes the verdict', before === 'aligned' && after === 'misaligned', `${before} -> ${after}`);
  await popup.locator('[data-testid="evidence-item"]').first().click();
  const marked = await poll(async () => (await page.locator('[data-vml-highlight]').count()) === 1);
  check('clicking evidence highlights it on the page', Boolean(marked));
  await popup.locator('[data-testid="save-button"]').click();
  const savedText = await poll(async () => { const t = await popup.locator('[data-testid="save-status"]').textContent(); return t?.includes('Saved') && t; });
  check('save reports Saved', Boolean(savedText));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await popup.screenshot({ path: join(ROOT, 'test-results/popup.png'), fullPage: true });
  check('no console errors in the popup', errors.length === 0, errors.join(' | '));

  const list = await ctx.newPage();
  await list.goto(`chrome-extension://${extId}/src/compare/index.html`);
  await list.reload();
  const row = await poll(async () => (await list.locator('[data-testid="teardown-row"][data-competitor="127.0.0.1"]').count()) === 1);
  const rowMetric = await list.locator('[data-testid="teardown-row"][data-competitor="127.0.0.1"]').getAttribute('data-metric').catch(() => null);
  check('the saved teardown is on the comparison page after reload', Boolean(row) && rowMetric === expected.primary, `metric ${rowMetric}`);

  // 2. A page with no prices: a clear status, metric "none", no errors.
  const empty = await openPopupFor('quietly-no-prices.html');
  const none = await poll(() => empty.popup.locator('[data-testid="metric-primary"]').getAttribute('data-metric', { timeout: 500 }));
  const status = await empty.popup.locator('[data-testid="status"]').textContent().catch(() => '');
  check('a page without prices shows metric none and says so', none === 'none' && /No prices/.test(status ?? ''), `${none} / ${status}`);
  check('no console errors on the no-price page', empty.errors.length === 0, empty.errors.join(' | '));
  check('no request left the machine', foreign.length === 0, foreign.join(' '));
} catch (e) {
  check('e2e ran to the end', false, e.stack);
} finally {
  await ctx.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

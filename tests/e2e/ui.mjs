// UI end-to-end (issue 8): the popup, comparison and options pages in Debian's Chromium with
// playwright-core. axe-core on every page in light and dark (zero violations), the popup's verdict
// card, states and evidence, and a click-through of the comparison page (sort, a note that survives
// a reload, delete with undo, an invalid then a valid import, the metric-changed flag after two
// teardowns of a changed page, "What would it cost?", exports in words). Writes the README's
// screenshots to docs/ (light and dark). Loads dist-e2e/ (E2E=1), like run.mjs, because automation
// cannot click the toolbar and so can never grant activeTab (../shared/TOOLCHAIN.md).
//   npm run test:ui            build, then test
//   SKIP_BUILD=1 npm run test:ui
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist-e2e');
const DOCS = join(ROOT, 'docs');
let passed = 0; let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) { passed++; console.log(`  ok   ${name}`); } else { failed++; console.log(`  FAIL ${name} ${detail}`); }
};
if (process.env.SKIP_BUILD !== '1') {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, env: { ...process.env, E2E: '1' }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

// The "changed page": one URL whose pricing switches from per contact (A) to per seat (B) between two teardowns.
let changed = 'acme-crm-pricing.html';
const server = createServer((req, res) => {
  let name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  if (name === 'changing.html') name = changed;
  if (name === 'slow.html') { // a page still loading: the popup waits for it, in a neutral loading state
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write('<!doctype html><title>Slow</title><p>Loading');
    setTimeout(() => res.end(readFileSync(join(ROOT, 'examples', 'acme-crm-pricing.html'))), 2500);
    return;
  }
  try {
    if (!/^[\w.-]+\.html$/.test(name)) throw new Error('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(ROOT, 'examples', name)));
  } catch { res.writeHead(404).end('not found'); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = mkdtempSync(join(tmpdir(), 'vml-ui-'));
const ctx = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: false,
  args: ['--headless=new', `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: { width: 1200, height: 860 },
  acceptDownloads: true,
});
const errors = [];
const watch = (p, name) => {
  p.on('console', (m) => { if (m.type() === 'error') errors.push(`${name}: ${m.text()}`); });
  p.on('pageerror', (e) => errors.push(`${name}: ${e}`));
  return p;
};

async function poll(fn, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) return undefined;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** axe in light and dark; every violation is printed with its nodes. */
async function axe(page, name, prepare = async () => {}) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await prepare();
    const r = await new AxeBuilder({ page }).analyze();
    const detail = r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join(' | ');
    check(`axe: ${name}, ${scheme}: zero violations (${r.passes.length} rules pass)`, r.violations.length === 0, detail);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
const openAll = (page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
const shoot = async (page, file, scheme = 'light') => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.screenshot({ path: join(DOCS, file), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
};
const RAW_IDS = /\b(data_volume|api_calls|active_users|customer_support|developer_api)\b/;

try {
  mkdirSync(DOCS, { recursive: true });
  let [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;
  const ext = (path) => `chrome-extension://${extId}/${path}`;
  // Storage layout v2 (src/storage/store.ts): a small index, then one key per teardown.
  const stored = () => sw.evaluate(async () => {
    const ids = ((await chrome.storage.local.get('local:teardown-index'))['local:teardown-index']?.entries ?? []).map((e) => `local:teardown:${e.id}`);
    const got = ids.length ? await chrome.storage.local.get(ids) : {};
    return ids.map((k) => got[k]?.data).filter(Boolean);
  });

  async function popupFor(file, waitUntil = 'load') {
    const page = await ctx.newPage();
    await page.goto(`${origin}/${file}`, { waitUntil });
    const tabId = await poll(() => sw.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, `${origin}/${file}`));
    const popup = watch(await ctx.newPage(), `popup ${file}`);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(ext(`src/popup/index.html?tabId=${tabId}`));
    await poll(async () => (await popup.locator('[data-testid="verdict-card"], [data-testid="empty-state"], [data-testid="status"]').count()) > 0);
    return { page, popup };
  }

  // ---- Popup on a priced page ------------------------------------------------------------------
  {
    const { page, popup } = await popupFor('acme-crm-pricing.html');
    const card = popup.locator('[data-testid="verdict-card"]');
    check('popup: the verdict card comes first, metric in words', (await card.count()) === 1
      && (await popup.locator('[data-testid="metric-primary"]').textContent()) === 'per contact');
    const level = await popup.locator('[data-testid="confidence"]').getAttribute('data-level');
    const confText = await popup.locator('[data-testid="confidence"]').textContent();
    check('popup: one confidence in words (no percentages anywhere)', ['high', 'medium', 'low'].includes(level)
      && !/%/.test(await card.textContent()) && (level === 'high' || /could also be per /.test(confText)), `${level}: ${confText}`);
    const verdict = await popup.locator('[data-testid="alignment"]').textContent();
    check('popup: alignment as a word', /Aligned|Partly aligned|Misaligned/.test(verdict), verdict);
    const save = await popup.locator('[data-testid="save-button"]').boundingBox();
    const list = await popup.locator('[data-testid="open-compare"]').boundingBox();
    check('popup: Save and "Open comparison list" visible without scrolling', save && list && save.y + save.height <= 600 && list.y + list.height <= 600);
    let tabs = 0;
    while (tabs < 30 && (await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'save-button') { await popup.keyboard.press('Tab'); tabs++; }
    check(`popup: Save is reached with ${tabs} Tab presses (was 18)`, tabs <= 5, String(tabs));
    await popup.mouse.wheel(0, 2000);
    const stuck = await poll(async () => { const b = await popup.locator('[data-testid="save-button"]').boundingBox(); return b && b.y >= 0 && b.y + b.height <= 600; });
    check('popup: Save stays visible when scrolled (sticky)', Boolean(stuck));
    check('popup: sections are collapsed <details>', (await popup.locator('details[data-testid="section-criteria"]:not([open])').count()) === 1
      && (await popup.locator('details[data-testid="section-evidence"]:not([open])').count()) === 1);
    check('popup: no raw ids on screen', !RAW_IDS.test(await popup.locator('main').innerText()));

    await popup.locator('[data-testid="product-type-select"]').selectOption('payments');
    const after = await poll(async () => (await popup.locator('[data-testid="alignment"]').getAttribute('data-verdict')) === 'misaligned');
    await popup.locator('[data-testid="product-type-reset"]').click();
    const back = await poll(async () => (await popup.locator('[data-testid="product-type-select"]').inputValue()) === 'marketing'
      && (await popup.locator('[data-testid="product-type-reset"]').count()) === 0);
    check('popup: product-type override changes the verdict; Reset restores the inferred type', Boolean(after && back));

    await popup.locator('[data-testid="section-evidence"] > summary').click();
    const texts = await popup.locator('[data-testid="evidence-item"]').allTextContents();
    const groups = await popup.locator('[data-testid="evidence-group"] h2').allTextContents();
    check('popup: evidence grouped by metric in words, deduplicated', groups.length > 0 && groups.every((g) => !RAW_IDS.test(g) && /^(Charges|Product type:)/.test(g))
      && new Set(texts.map((t) => t.toLowerCase())).size === texts.length, groups.join(' / '));
    await popup.locator('[data-testid="evidence-item"]').first().click();
    const fb = await poll(async () => (await popup.locator('[data-testid="evidence-feedback"]').first().textContent()) === 'Shown on the page');
    const marked = await poll(async () => (await page.locator('[data-vml-highlight]').count()) === 1);
    check('popup: clicking evidence highlights it, feedback next to the item (aria-live)', Boolean(fb && marked)
      && (await popup.locator('[data-testid="evidence-feedback"]').first().getAttribute('aria-live')) === 'polite');
    check('popup: title/meta phrases are not buttons', (await popup.locator('button [data-testid="evidence-meta"], button[data-testid="evidence-meta"]').count()) === 0);

    await axe(popup, 'popup (priced page)', () => openAll(popup));
    await popup.evaluate(() => document.querySelectorAll('details:not([data-testid="section-critique"])').forEach((d) => { d.open = false; }));
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.evaluate(() => scrollTo(0, 0));
    await shoot(popup, 'popup.png');
    await shoot(popup, 'popup-dark.png', 'dark');
    await popup.locator('[data-testid="save-button"]').click();
    check('popup: Save reports saved', Boolean(await poll(async () => /Saved/.test(await popup.locator('[data-testid="save-status"]').textContent()))));
    await page.close(); await popup.close();
  }

  // ---- Popup: a neutral loading state while the page loads; links to the list and to Options -----
  {
    const page = await ctx.newPage();
    await page.goto(`${origin}/slow.html`, { waitUntil: 'commit' });
    const tabId = await poll(() => sw.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, `${origin}/slow.html`));
    const popup = watch(await ctx.newPage(), 'popup slow');
    await popup.goto(ext(`src/popup/index.html?tabId=${tabId}`));
    const loading = popup.locator('[data-testid="loading"]');
    check('popup: a neutral loading state (role status, not an error)', (await loading.count()) === 1 && (await loading.getAttribute('role')) === 'status'
      && (await popup.locator('.error').count()) === 0 && /Reading the page/.test(await loading.textContent()));
    check('popup: the teardown replaces the loading state', Boolean(await poll(async () => (await popup.locator('[data-testid="verdict-card"]').count()) === 1, 15000)));
    const [listTab] = await Promise.all([ctx.waitForEvent('page'), popup.locator('[data-testid="open-compare"]').click()]);
    check('popup: "Open comparison list" opens the list', /src\/compare\/index\.html$/.test(listTab.url()) || Boolean(await poll(async () => /src\/compare\/index\.html$/.test(listTab.url()))));
    await listTab.close();
    const popup2 = watch(await ctx.newPage(), 'popup slow 2');
    await popup2.goto(ext(`src/popup/index.html?tabId=${tabId}`));
    const [optTab] = await Promise.all([ctx.waitForEvent('page'), popup2.locator('[data-testid="open-options"]').click()]);
    check('popup: Options is linked', Boolean(await poll(async () => /src\/options\/index\.html/.test(optTab.url()))), optTab.url());
    await optTab.close(); await popup2.close(); await page.close();
  }

  // ---- Popup: prices keep the page's precision ---------------------------------------------------
  {
    const { page, popup } = await popupFor('trackly-analytics-pricing.html');
    const plans = await popup.locator('[data-testid="plan-row"]').allTextContents();
    check('popup: $0.00028 stays $0.00028', plans.some((t) => t.includes('$0.00028')), plans.join(' | '));
    await page.close(); await popup.close();
  }

  // ---- Popup: no prices -> a distinct empty state ------------------------------------------------
  {
    const { page, popup } = await popupFor('quietly-no-prices.html');
    check('popup: no prices -> empty state, no scorecard, "Save anyway"', (await popup.locator('[data-testid="empty-state"]').count()) === 1
      && (await popup.locator('[data-testid="verdict-card"], [data-testid="section-criteria"]').count()) === 0
      && (await popup.locator('[data-testid="save-button"]').textContent()) === 'Save anyway');
    const reason = await popup.locator('[data-testid="empty-reason"]').textContent().catch(() => '');
    check('popup: the empty state says why (prices on request)', /contact sales/.test(reason ?? ''), reason ?? '');
    await axe(popup, 'popup (no prices)');
    await shoot(popup, 'popup-empty.png');
    await page.close(); await popup.close();
  }

  // ---- Two teardowns of a changed page -> the metric-changed flag -------------------------------
  const listPage = watch(await ctx.newPage(), 'compare');
  const rowSel = (c) => `[data-testid="teardown-row"][data-competitor="${c}"]`;
  {
    await listPage.goto(ext('src/compare/index.html'));
    await poll(async () => (await listPage.locator(rowSel('127.0.0.1')).count()) === 1);
    check('compare: no metric-changed flag after one teardown', (await listPage.locator(`${rowSel('127.0.0.1')} [data-testid="repricing-flag"]`).count()) === 0);
    changed = 'boardly-pricing.html';
    const { page, popup } = await popupFor('changing.html');
    await popup.locator('[data-testid="save-button"]').click();
    await poll(async () => /Saved/.test(await popup.locator('[data-testid="save-status"]').textContent()));
    await page.close(); await popup.close();
    await listPage.reload();
    const flag = await poll(async () => (await listPage.locator(`${rowSel('127.0.0.1')} [data-testid="repricing-flag"]`).count()) === 1);
    check('compare: the metric-changed flag after two teardowns of a changed page', Boolean(flag));
  }

  // ---- Import: an invalid file, then a valid one -------------------------------------------------
  {
    const tmp = mkdtempSync(join(tmpdir(), 'vml-import-'));
    writeFileSync(join(tmp, 'broken.json'), '{"format": "value-metric-lens", "version": 1, "teardowns": [{"id": 3}]}');
    await listPage.locator('[data-testid="import-input"]').setInputFiles(join(tmp, 'broken.json'));
    const bad = await poll(async () => { const t = await listPage.locator('[data-testid="import-status"]').textContent(); return /Nothing imported/.test(t) && t; });
    check('compare: an invalid import says what is wrong, on the page', Boolean(bad), bad);
    const base = await stored();
    const acme = base.find((x) => x.teardown.valueMetric.primary === 'contacts');
    const seat = base.find((x) => x.teardown.valueMetric.primary === 'seats');
    const clone = (src, id, competitor, savedAt) => ({ ...src, id, competitor, savedAt, note: '' });
    const file = { format: 'value-metric-lens', version: 1, exportedAt: new Date().toISOString(), teardowns: [
      clone(acme, 'imp-1', 'beta-mail.example', '2026-01-10T10:00:00.000Z'), clone(seat, 'imp-2', 'zeta-boards.example', '2026-02-10T10:00:00.000Z')] };
    writeFileSync(join(tmp, 'good.json'), JSON.stringify(file));
    await listPage.locator('[data-testid="import-input"]').setInputFiles(join(tmp, 'good.json'));
    const good = await poll(async () => { const t = await listPage.locator('[data-testid="import-status"]').textContent(); return /Imported 2 teardowns/.test(t) && t; });
    const rows = await poll(async () => (await listPage.locator('[data-testid="teardown-row"]').count()) === 3);
    check('compare: a valid import adds its competitors and says so', Boolean(good && rows), good);
    rmSync(tmp, { recursive: true, force: true });
  }

  // ---- Sort ---------------------------------------------------------------------------------------
  {
    const order = () => listPage.locator('[data-testid="teardown-row"]').evaluateAll((rs) => rs.map((r) => r.dataset.competitor));
    const asc = await order();
    await listPage.locator('[data-testid="sort-competitor"] button').click();
    const desc = await order();
    check('compare: sorting by a header reverses the order; aria-sort follows', JSON.stringify(asc) === JSON.stringify(['127.0.0.1', 'beta-mail.example', 'zeta-boards.example'])
      && JSON.stringify(desc) === JSON.stringify([...asc].reverse()) && (await listPage.locator('[data-testid="sort-competitor"]').getAttribute('aria-sort')) === 'descending', `${asc} / ${desc}`);
    await listPage.locator('[data-testid="sort-minPrice"] button').click();
    check('compare: sort by cheapest sets aria-sort on that header only', (await listPage.locator('[data-testid="sort-minPrice"]').getAttribute('aria-sort')) === 'ascending'
      && (await listPage.locator('[data-testid="sort-competitor"]').getAttribute('aria-sort')) === 'none');
    const cheapest = await listPage.locator('[data-testid="cheapest"]').allTextContents();
    check('compare: money with currency, unit and period', cheapest.every((t) => /^\$[\d.,]+ (per [\w ,]+ )?\/ month|contact sales|none published/.test(t)), cheapest.join(' | '));
  }

  // ---- A note that survives a reload (typed, reloaded at once) ----------------------------------
  {
    const row = listPage.locator(rowSel('beta-mail.example'));
    await row.locator('[data-testid="note-toggle"]').click();
    await row.locator('[data-testid="note-input"]').fill('Call them about the annual plan');
    await listPage.reload();
    const kept = await poll(async () => (await listPage.locator(`${rowSel('beta-mail.example')} [data-testid="note-preview"]`).textContent()) === 'Call them about the annual plan');
    const inStorage = await poll(async () => (await stored()).find((x) => x.id === 'imp-1')?.note === 'Call them about the annual plan');
    check('compare: a note typed just before a reload survives it (and reaches storage)', Boolean(kept && inStorage));
    const row2 = listPage.locator(rowSel('zeta-boards.example'));
    await row2.locator('[data-testid="note-toggle"]').click();
    await row2.locator('[data-testid="note-input"]').pressSequentially('cheap');
    check('compare: the note shows a "saved" mark', Boolean(await poll(async () => (await row2.locator('[data-testid="note-saved"]').textContent()) === 'saved')));
  }

  // ---- Delete with undo: a competitor, and one history entry ------------------------------------
  {
    await listPage.locator(`${rowSel('zeta-boards.example')} [data-testid="row-menu"]`).click();
    const label = await listPage.locator('[data-testid="menu-delete-competitor"]').textContent();
    await listPage.locator('[data-testid="menu-delete-competitor"]').click();
    const gone = await poll(async () => (await listPage.locator(rowSel('zeta-boards.example')).count()) === 0);
    await listPage.locator('[data-testid="undo"]').click();
    const back = await poll(async () => (await listPage.locator(rowSel('zeta-boards.example')).count()) === 1);
    check('compare: "delete competitor (1 teardown)" removes the row; Undo brings it back', label === 'Delete competitor (1 teardown)' && Boolean(gone && back), label);

    await listPage.locator(`${rowSel('127.0.0.1')} [data-testid="row-menu"]`).click();
    await listPage.locator('[data-testid="menu-history"]').click();
    const entries = () => listPage.locator('[data-testid="history"][data-competitor="127.0.0.1"] [data-testid="history-entry"]').count();
    const n = await poll(entries);
    await listPage.locator('[data-testid="history"][data-competitor="127.0.0.1"] [data-testid="history-delete"]').first().click();
    const fewer = await poll(async () => (await entries()) === n - 1);
    await listPage.locator('[data-testid="undo"]').click();
    const restored = await poll(async () => (await entries()) === n);
    check(`compare: per-entry delete in the history (${n} -> ${n - 1}) with undo`, n >= 2 && Boolean(fewer && restored));
  }

  // ---- What would it cost? ------------------------------------------------------------------------
  {
    await listPage.locator('[data-testid="cost-metric"]').selectOption('contacts');
    await listPage.locator('[data-testid="cost-quantity"]').fill('5,000');
    const rows = await poll(async () => { const r = await listPage.locator('[data-testid="cost-row"]').evaluateAll((x) => x.map((e) => [e.dataset.competitor, e.dataset.status, e.textContent])); return r.length === 3 && r; });
    check('compare: "What would it cost?" gives a plan and a monthly price, and says "not comparable"', Boolean(rows)
      && rows.some(([c, s, t]) => c === 'beta-mail.example' && s === 'priced' && /\$[\d,.]+ \/ month/.test(t)) && rows.some(([, s, t]) => s === 'not-comparable' && /Not comparable/.test(t)), JSON.stringify(rows));
  }

  // ---- Exports in words ---------------------------------------------------------------------------
  {
    const [dl] = await Promise.all([listPage.waitForEvent('download'), listPage.locator('[data-testid="export-csv"]').click()]);
    const csv = readFileSync(await dl.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    const status = await listPage.locator('[data-testid="import-status"]').textContent();
    check('compare: CSV export in words, one row per competitor, confirmed on the page', /^"Competitor","Teardown","Saved"/.test(lines[0]) && lines.length === 4
      && !RAW_IDS.test(csv) && /per contact/.test(csv) && /^Wrote value-metric-lens-.*\.csv: 3 competitors/.test(status), `${lines.length} lines; ${status}`);
    await listPage.locator(`${rowSel('beta-mail.example')} [data-testid="row-menu"]`).click();
    const [y] = await Promise.all([listPage.waitForEvent('download'), listPage.locator('[data-testid="menu-pricing2yaml"]').click()]);
    const yaml = readFileSync(await y.path(), 'utf8');
    check('compare: Pricing2Yaml export of one competitor', /^syntaxVersion: "2.1"\nsaasName: "beta-mail.example"/.test(yaml) && /\nplans:\n/.test(yaml));
  }

  // ---- axe and screenshots of the comparison page ------------------------------------------------
  {
    await listPage.reload();
    await poll(async () => (await listPage.locator('[data-testid="teardown-row"]').count()) === 3);
    await listPage.locator('[data-testid="cost-quantity"]').fill('5,000');
    await listPage.locator(`${rowSel('127.0.0.1')} [data-testid="row-menu"]`).click();
    await listPage.locator('[data-testid="menu-history"]').click();
    await axe(listPage, 'comparison page');
    await listPage.locator(`${rowSel('beta-mail.example')} [data-testid="row-menu"]`).click();
    await axe(listPage, 'comparison page, row menu open');
    await listPage.keyboard.press('Escape');
    check('compare: Escape closes the row menu and returns focus to its button', (await listPage.locator('[role="menu"]').count()) === 0
      && (await listPage.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'row-menu');
    await shoot(listPage, 'compare.png');
    await shoot(listPage, 'compare-dark.png', 'dark');
  }

  // ---- Keyboard: focus is visible -----------------------------------------------------------------
  {
    await listPage.evaluate(() => document.activeElement?.blur());
    await listPage.keyboard.press('Tab');
    const outline = await listPage.evaluate(() => { const s = getComputedStyle(document.activeElement); return `${s.outlineStyle} ${s.outlineWidth}`; });
    check('keyboard: the focused control shows an outline', /solid 2px/.test(outline), outline);
  }

  // ---- Recovery: an unreadable stored teardown is set aside (export raw, delete); backups restore --
  {
    await sw.evaluate(async () => {
      const idx = (await chrome.storage.local.get('local:teardown-index'))['local:teardown-index'];
      await chrome.storage.local.set({
        'local:teardown:bad-1': { v: 2, data: { id: 'bad-1', competitor: 'broken.example', junk: true } },
        'local:teardown-index': { ...idx, entries: [...idx.entries, { id: 'bad-1', competitor: 'broken.example', savedAt: '' }] },
      });
    });
    await listPage.reload();
    const aside = `[data-testid="set-aside-item"][data-id="bad-1"]`;
    const listed = await poll(async () => (await listPage.locator(aside).count()) === 1);
    check('recovery: an unreadable teardown is set aside and listed, the rest still show', Boolean(listed)
      && (await listPage.locator('[data-testid="teardown-row"]').count()) === 3 && (await listPage.locator('[data-testid="recovery"]').getAttribute('open')) !== null);
    await axe(listPage, 'comparison page, recovery open');
    const [raw] = await Promise.all([listPage.waitForEvent('download'), listPage.locator(`${aside} [data-testid="set-aside-export"]`).click()]);
    check('recovery: "Export raw" writes the stored value as it is', /"junk": true/.test(readFileSync(await raw.path(), 'utf8')));
    await listPage.locator(`${aside} [data-testid="set-aside-delete"]`).click();
    const gone = await poll(async () => (await listPage.locator(aside).count()) === 0
      && !(await sw.evaluate(async () => 'local:teardown:bad-1' in (await chrome.storage.local.get('local:teardown:bad-1')))));
    check('recovery: "Delete" removes it from storage', Boolean(gone));
    // The day's backup was taken before the first change after the first save (it holds that teardown
    // of 127.0.0.1): delete the competitor, then restore it from there.
    await listPage.locator(`${rowSel('127.0.0.1')} [data-testid="row-menu"]`).click();
    await listPage.locator('[data-testid="menu-delete-competitor"]').click();
    await poll(async () => (await listPage.locator(rowSel('127.0.0.1')).count()) === 0);
    const backups = await listPage.locator('[data-testid="backup"]').count();
    await listPage.locator('[data-testid="backup-restore"]').first().click();
    const restored = await poll(async () => /^Restored 1 teardown from the backup/.test(await listPage.locator('[data-testid="recovery-status"]').textContent())
      && (await listPage.locator(rowSel('127.0.0.1')).count()) === 1);
    check('recovery: a dated backup restores a deleted competitor', backups >= 1 && Boolean(restored), await listPage.locator('[data-testid="recovery-status"]').textContent());
  }

  // ---- Options ----------------------------------------------------------------------------------
  {
    const opt = watch(await ctx.newPage(), 'options');
    await opt.goto(ext('src/options/index.html'));
    await poll(async () => (await opt.locator('[data-testid="own-metric"]').count()) === 1);
    await axe(opt, 'options page');
    check('options: links back to the comparison list', (await opt.locator('[data-testid="open-compare"]').count()) === 1);
    check('compare: links to Options', (await listPage.locator('[data-testid="open-options"]').count()) === 1);
  }
  check('no console errors on the extension pages', errors.length === 0, errors.join(' | '));
} catch (e) {
  check('ui e2e ran to the end', false, e.stack);
} finally {
  await ctx.close();
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

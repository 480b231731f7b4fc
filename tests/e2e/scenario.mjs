// The end-to-end scenario, written once and run in every browser through a small driver
// (tests/e2e/chromium.mjs, tests/e2e/firefox.mjs). A driver gives:
//   name, protectedUrl (a page the browser never lets extensions read), storageAccessLevels (the
//   browser can keep storage from page-side scripts: storage.setAccessLevel),
//   extensionUrl(path), openPage(url) -> page, extension(fn, arg) (runs fn where the extension API is),
//   foreignRequests() (URLs that left the machine).
// A page gives: goto(url), reload(), evaluate(fn, arg), click(selector), select(selector, value),
//   screenshot(path), errors() (console errors of that page since it opened).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, poll } from './lib.mjs';

const attr = (page, selector, name) => page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name]);
const count = (page, selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const text = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

/** Ids of all tabs, seen from the extension (no "tabs" permission, so URLs may be hidden). */
const tabIds = (driver) => driver.extension(async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map((t) => t.id));

/** Opens url in a new tab, then the popup page in another tab, aimed at the first one (?tabId=). */
async function openPopupFor(driver, url) {
  const before = new Set(await tabIds(driver));
  const page = await driver.openPage(url);
  const tabId = await poll(async () => (await tabIds(driver)).find((id) => !before.has(id)));
  if (tabId === undefined) throw new Error(`no tab id for ${url}`);
  const popup = await driver.openPage(driver.extensionUrl(`src/popup/index.html?tabId=${tabId}`));
  return { page, popup };
}

export async function mainScenario({ driver, origin, check }) {
  const labels = JSON.parse(readFileSync(join(ROOT, 'examples/labels.json'), 'utf8'));

  // 1. The bundled sample: metric, plans, override, highlight, save, comparison list.
  const sample = 'acme-crm-pricing.html';
  const expected = labels.find((l) => l.file === sample);
  const { page, popup } = await openPopupFor(driver, `${origin}/${sample}`);
  const metric = await poll(() => attr(popup, '[data-testid="metric-primary"]', 'data-metric'));
  check(`popup shows the labelled metric (${expected.primary})`, metric === expected.primary, `got ${metric}; status: ${await text(popup, '[data-testid="status"]')}`);
  const cards = await count(page, '#plans > article');
  check(`one plan row per plan card (${cards})`, cards > 0 && (await count(popup, '[data-testid="plan-row"]')) === cards);
  const before = await attr(popup, '[data-testid="alignment"]', 'data-verdict');
  await popup.select('[data-testid="product-type-select"]', 'payments');
  const after = await poll(async () => { const v = await attr(popup, '[data-testid="alignment"]', 'data-verdict'); return v !== before && v; });
  check('overriding the product type changes the verdict', before === 'aligned' && after === 'misaligned', `${before} -> ${after}`);
  await popup.click('[data-testid="section-evidence"] > summary');
  await popup.click('[data-testid="evidence-item"]');
  const marked = await poll(async () => (await count(page, '[data-vml-highlight]')) === 1);
  check('clicking evidence highlights it on the page', Boolean(marked));
  await popup.click('[data-testid="save-button"]');
  const savedText = await poll(async () => { const t = await text(popup, '[data-testid="save-status"]'); return t?.includes('Saved') && t; });
  check('save reports Saved', Boolean(savedText));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  await popup.screenshot(join(ROOT, `test-results/popup-${driver.name}.png`));
  check('no console errors in the popup', popup.errors().length === 0, popup.errors().join(' | '));

  const list = await driver.openPage(driver.extensionUrl('src/compare/index.html'));
  await list.reload();
  const row = '[data-testid="teardown-row"][data-competitor="127.0.0.1"]';
  const found = await poll(async () => (await count(list, row)) === 1);
  const rowMetric = await attr(list, row, 'data-metric').catch(() => null);
  check('the saved teardown is on the comparison page after reload', Boolean(found) && rowMetric === expected.primary, `metric ${rowMetric}`);
  check('no console errors on the comparison page', list.errors().length === 0, list.errors().join(' | '));

  // 2. A page with no prices: a clear status, metric "none", no errors.
  const empty = await openPopupFor(driver, `${origin}/quietly-no-prices.html`);
  const none = await poll(() => attr(empty.popup, '[data-testid="metric-primary"]', 'data-metric'));
  const status = await text(empty.popup, '[data-testid="status"]');
  check('a page without prices shows metric none and says so', none === 'none' && /No prices/.test(status ?? ''), `${none} / ${status}`);
  check('no console errors on the no-price page', empty.popup.errors().length === 0, empty.popup.errors().join(' | '));

  // 2b. A page that defines the extension's global name (element id, form, main-world property) and has
  // a hostile title (direction override, zero-width, formula prefix): read all the same, saved, listed.
  const hostile = await openPopupFor(driver, `${origin}/hostile-global.html`);
  const hostileMetric = await poll(() => attr(hostile.popup, '[data-testid="metric-primary"]', 'data-metric'));
  check('a page defining the global name __valueMetricLens is read', hostileMetric === 'seats', `got ${hostileMetric}; status: ${await text(hostile.popup, '[data-testid="status"]')}`);
  check('its hostile title is shown isolated (dir=auto)', (await attr(hostile.popup, '[data-testid="page-title"]', 'dir')) === 'auto');
  await hostile.popup.click('[data-testid="save-button"]');
  const hostileSaved = await poll(async () => { const t = await text(hostile.popup, '[data-testid="save-status"]'); return t?.includes('Saved') && t; });
  check('the hostile page is saved', Boolean(hostileSaved), await text(hostile.popup, '[data-testid="save-status"]'));
  check('no console errors on the hostile page', hostile.popup.errors().length === 0, hostile.popup.errors().join(' | '));
  await list.reload();
  const hostileRow = await poll(async () => { const t = await text(list, `${row} [dir="auto"]`); return /Hostile/.test(t ?? '') && t; });
  check('the comparison page lists it with its title isolated (dir=auto)', Boolean(hostileRow), await text(list, row));

  // 3. A page the browser protects: injection fails, and the popup says why instead of showing nothing.
  const guarded = await openPopupFor(driver, driver.protectedUrl);
  const refusal = await poll(async () => { const t = await text(guarded.popup, '[data-testid="status"]'); return /cannot be read by extensions/.test(t ?? '') && t; });
  check(`a protected page (${driver.protectedUrl}) gets a clear message`, Boolean(refusal), `status: ${await text(guarded.popup, '[data-testid="status"]')}`);
  check('no console errors on the protected page', guarded.popup.errors().length === 0, guarded.popup.errors().join(' | '));

  // 4. Storage is out of reach of the script the popup injects into pages (where the browser can restrict it).
  if (driver.storageAccessLevels) {
    const fromPage = await driver.extension(async (url) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      const [r] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: async () => {
        try { await (globalThis.browser ?? globalThis.chrome).storage.local.get(null); return 'read'; } catch (e) { return String(e.message ?? e); }
      } });
      return r?.result;
    }, `${origin}/${sample}`);
    check('a script in the page cannot read the extension storage', /not allowed/i.test(fromPage ?? ''), `got ${fromPage}`);
  } else console.log(`  skip [${driver.name}] storage access level: this browser has no storage.setAccessLevel`);

  const foreign = driver.foreignRequests();
  check('no request left the machine', foreign.length === 0, foreign.join(' '));
}

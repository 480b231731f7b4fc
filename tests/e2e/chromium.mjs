// Chromium driver for tests/e2e/scenario.mjs: Debian's Chromium through playwright-core (CDP).
// Loads dist-e2e/ (E2E=1: dist/ plus a host permission for 127.0.0.1, because automation cannot click
// the toolbar and so can never grant activeTab; ../shared/TOOLCHAIN.md "Permissions in automation").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, isForeign } from './lib.mjs';

export const chromiumBuild = { env: { E2E: '1' }, dir: 'dist-e2e' };

export async function launchChromium({ origin }) {
  const dist = join(ROOT, chromiumBuild.dir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'vml-e2e-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1000, height: 800 },
  });
  const foreign = [];
  ctx.on('request', (r) => { if (isForeign(r.url(), origin)) foreign.push(r.url()); });
  let [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: 60000 }); // generous: CI machines can be busy
  const extId = new URL(sw.url()).host;

  return {
    name: 'chromium',
    version: ctx.browser()?.version() ?? '?',
    protectedUrl: 'chrome://version/',
    storageAccessLevels: true,
    extensionUrl: (path) => `chrome-extension://${extId}/${path}`,
    extension: (fn, arg) => sw.evaluate(fn, arg),
    foreignRequests: () => foreign,
    async openPage(url) {
      const page = await ctx.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url);
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        reload: () => page.reload(),
        click: (selector) => page.locator(selector).first().click(),
        select: (selector, value) => page.locator(selector).first().selectOption(value).then(() => undefined),
        screenshot: (path) => page.screenshot({ path, fullPage: true }),
        errors: () => errors,
      };
    },
    async close() {
      await ctx.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

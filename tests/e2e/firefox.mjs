// Firefox driver for tests/e2e/scenario.mjs: Debian's firefox-esr through puppeteer-core over WebDriver
// BiDi. Loads dist-firefox-e2e/ (BROWSER=firefox E2E=1: dist-firefox/ plus a host permission for
// 127.0.0.1, as for Chromium) as a temporary add-on. Flags and pitfalls: ../shared/TOOLCHAIN.md
// "Firefox end to end".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, isForeign, poll } from './lib.mjs';

export const firefoxBuild = { env: { BROWSER: 'firefox', E2E: '1' }, dir: 'dist-firefox-e2e' };

// Fixed moz-extension:// UUID (pref extensions.webextensions.uuids), so extension page URLs are known.
const UUID = '0e2e0e2e-7a1d-4c3b-9f00-5eba5eba5eba';
// Console errors of extension pages do not reach puppeteer; with this pref Firefox prints them on its
// own output, where these patterns find them (also uncaught errors of our pages and injected script).
// Page consoles print their arguments as values ('console.error: "text" 1', '(new Error(…))'); Firefox's
// own modules print a prefix ('console.error: RSLoader: …'), which is not ours and is skipped.
const errorLine = (origin) => new RegExp(`^(console\\.error: (?![A-Za-z][\\w .-]*: )|JavaScript error: (moz-extension://|${origin.replace(/[.]/g, '\\.')}))`);

export async function launchFirefox({ origin }) {
  const dist = join(ROOT, firefoxBuild.dir);
  const { id: geckoId, strict_min_version: minVersion } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    timeout: 120000, // launch; the default 30 s is too short on a busy 2-core machine (seen 28 s)
    args: ['--remote-allow-system-access'], // needed to script moz-extension:// pages
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }), 'devtools.console.stdout.content': true,
      // Firefox's experiment loader (Nimbus) has nothing to fetch here and only adds noise to the output.
      'messaging-system.rsexperimentloader.enabled': false },
  });
  const lines = [];
  const isError = errorLine(origin);
  for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
    let rest = '';
    stream?.on('data', (d) => {
      const parts = (rest + d).split('\n');
      rest = parts.pop();
      for (const l of parts) if (isError.test(l)) lines.push(l);
    });
  }
  const foreign = [];
  const version = await browser.version(); // 'firefox/153.7.0'
  if (parseInt(version.split('/')[1], 10) < parseInt(minVersion, 10)) {
    await browser.close();
    throw new Error(`${version} is older than the manifest's strict_min_version ${minVersion}: install firefox-esr from bookworm-security (or set FIREFOX=/path)`);
  }
  await browser.installExtension(dist);
  const extensionUrl = (path) => `moz-extension://${UUID}/${path}`;

  async function openPage(url) {
    const page = await browser.newPage();
    page.on('request', (r) => { if (isForeign(r.url(), origin)) foreign.push(r.url()); });
    const since = lines.length;
    const settle = async () => poll(() => page.evaluate(() => document.readyState === 'complete'));
    if (/^https?:/.test(url)) await page.goto(url);
    else {
      // Extension and browser pages never report the load event to BiDi: do not wait for it, poll instead.
      await page.goto(url, { waitUntil: 'commit' });
      if (url.startsWith('moz-extension:')) await poll(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url));
    }
    return {
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      async reload() {
        await page.evaluate(() => { globalThis.__vmlOld = true; location.reload(); }).catch(() => {});
        await poll(() => page.evaluate(() => !globalThis.__vmlOld && document.readyState === 'complete'));
        await settle();
      },
      click: (selector) => page.click(selector),
      select: (selector, value) => page.select(selector, value).then(() => undefined),
      screenshot: (path) => page.screenshot({ path, fullPage: true }),
      errors: () => lines.slice(since), // Firefox's output names no page: every error since this page opened (stricter)
    };
  }

  // The extension API is reached from one of the extension's own pages (there is no service worker).
  const control = await openPage(extensionUrl('src/options/index.html'));
  // Prove the error channel works before trusting "no console errors" (then drop the probe line).
  await control.evaluate(() => console.error('vml-e2e-error-channel'));
  const channel = await poll(async () => lines.some((l) => l.includes('vml-e2e-error-channel')), 15000);
  if (!channel) throw new Error('Firefox console errors do not reach the test (pref devtools.console.stdout.content)');
  lines.splice(0, lines.length);

  return {
    name: 'firefox',
    version,
    protectedUrl: 'about:robots',
    storageAccessLevels: false, // Firefox 153 has no storage.*.setAccessLevel (see src/shared/platform.ts)
    extensionUrl,
    extension: (fn, arg) => control.evaluate(fn, arg),
    foreignRequests: () => foreign,
    openPage,
    close: () => browser.close(),
  };
}

// End-to-end: builds the extension, checks the shipped manifests, then runs the same scenario
// (tests/e2e/scenario.mjs) in Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core,
// WebDriver BiDi), each on its own test build (dist-e2e/, dist-firefox-e2e/).
//   E2E_BROWSERS=chromium|firefox|chromium,firefox (default both)   SKIP_BUILD=1   CHROMIUM=/path   FIREFOX=/path
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumBuild, launchChromium } from './chromium.mjs';
import { firefoxBuild, launchFirefox } from './firefox.mjs';
import { ROOT, build, checker, serveExamples } from './lib.mjs';
import { mainScenario } from './scenario.mjs';

const browsers = { chromium: { build: chromiumBuild, launch: launchChromium }, firefox: { build: firefoxBuild, launch: launchFirefox } };
const scenarios = [mainScenario];
const chosen = (process.env.E2E_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
for (const name of chosen) if (!browsers[name]) throw new Error(`unknown browser ${name} in E2E_BROWSERS`);

if (process.env.SKIP_BUILD !== '1') {
  build({});
  build({ BROWSER: 'firefox' });
  for (const name of chosen) build(browsers[name].build.env);
}

// The shipped manifests (not the test builds): what a store reviewer and a user see.
const { check, counts } = checker('manifest');
const read = (dir) => JSON.parse(readFileSync(join(ROOT, dir, 'manifest.json'), 'utf8'));
for (const dir of ['dist', 'dist-firefox']) {
  const m = read(dir);
  check(`${dir}/ asks exactly activeTab, contextMenus, scripting, storage`, JSON.stringify([...m.permissions].sort()) === '["activeTab","contextMenus","scripting","storage"]', JSON.stringify(m.permissions));
  check(`${dir}/ has no host permissions, content scripts or web-accessible resources`, !m.host_permissions && !m.optional_host_permissions && !m.content_scripts && !m.web_accessible_resources);
  check(`${dir}/ description fits the Chrome Web Store (<= 132 characters)`, m.description.length <= 132, `${m.description.length}`);
}
check('dist/ declares minimum_chrome_version', Boolean(read('dist').minimum_chrome_version));
check('dist-firefox/ declares a gecko id and strict_min_version', Boolean(read('dist-firefox').browser_specific_settings?.gecko?.id && read('dist-firefox').browser_specific_settings?.gecko?.strict_min_version));

const server = await serveExamples();
const totals = { passed: counts.passed, failed: counts.failed };
for (const name of chosen) {
  const t0 = Date.now();
  const { check: checkIn, counts: c } = checker(name);
  let driver;
  try {
    driver = await browsers[name].launch({ origin: server.origin });
    const launched = Date.now() - t0;
    for (const scenario of scenarios) await scenario({ driver, origin: server.origin, check: checkIn });
    console.log(`  [${name}] ${driver.version}: launch ${(launched / 1000).toFixed(1)} s, scenario ${((Date.now() - t0 - launched) / 1000).toFixed(1)} s`);
  } catch (e) {
    checkIn('e2e ran to the end', false, e.stack);
  } finally {
    await driver?.close().catch(() => {});
  }
  totals.passed += c.passed; totals.failed += c.failed;
}
server.close();
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);

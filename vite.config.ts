import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { minify } from 'terser';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { distReport } from './scripts/lib/dist-files.ts';
import { RULE_FILE_NAMES, validateRuleFiles } from './src/rules/schema.ts';
import { gatesFileText } from './scripts/lib/gate-patterns.ts';

// One manifest.json is the source of truth; the Firefox and test builds are derived from it here.
// Run-time differences between the browsers live in src/shared/platform.ts; the build-time ones are below,
// one comment each.
//  E2E=1: a test-only build granting 127.0.0.1, because automation can never grant activeTab
//  (no toolbar click in headless Chromium; see ../shared/TOOLCHAIN.md "Permissions in automation").
const firefox = process.env.BROWSER === 'firefox';
const e2e = process.env.E2E === '1';

/** The lowest Firefox the end-to-end test has passed on (Firefox ESR 153; `npm run test:e2e`). */
const FIREFOX_MIN = '153.0';

function manifest(): ManifestV3Export {
  const m: Record<string, unknown> = { ...baseManifest, version: pkg.version };
  if (firefox) {
    // Background: Chrome runs a service worker; Firefox MV3 runs background scripts (an event page) and
    // does not support background.service_worker. crxjs turns scripts[0] into its loader.
    m.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    // Firefox MV3 requires an add-on id; data_collection_permissions (Firefox 140+) declares that
    // nothing is collected; strict_min_version is the lowest version the e2e test has passed on.
    m.browser_specific_settings = {
      gecko: { id: 'value-metric-lens@example.org', strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
    };
    // minimum_chrome_version is a Chrome-only key (Firefox's linter flags it): the gecko version above replaces it.
    delete m.minimum_chrome_version;
  }
  if (e2e) m.host_permissions = ['http://127.0.0.1/*'];
  return m as unknown as ManifestV3Export;
}

// crxjs declares the scripts it builds for pages web-accessible to every http(s) page. executeScript
// does not need that, and it would let any page detect the extension: never ship it. (Since the injected
// script is built by injectedScript below, crxjs adds none; this stays as a guard, and the e2e checks it.)
const dropWebAccessible = {
  name: 'vml-drop-web-accessible-resources',
  enforce: 'post' as const,
  writeBundle(options: { dir?: string }) {
    const file = join(options.dir ?? 'dist', 'manifest.json');
    const m = JSON.parse(readFileSync(file, 'utf8'));
    delete m.web_accessible_resources;
    writeFileSync(file, JSON.stringify(m, null, 2));
  },
};

/**
 * Removes from the bundle two library code paths this extension never takes, whose mere presence
 * fails Firefox's add-on linter (web-ext lint) and would be a risk if ever reached:
 * - zod 4 probes `new Function('')` to decide whether to JIT-compile object parsers. Extension pages
 *   forbid eval (MV3 CSP), so the probe always answers false there; answer false without evaluating.
 *   With the probe false, zod never calls its code generator (Doc.compile), whose Function becomes a throw.
 * - Preact's dangerouslySetInnerHTML support assigns `innerHTML`. Page text is never rendered as HTML
 *   here, so that prop is replaced by a throw rather than silently ignored.
 * Each replacement must match exactly once, so a library upgrade that moves the code fails the build
 * instead of quietly bringing the code back.
 */
const noEvalNoInnerHtml: Plugin = {
  name: 'vml-no-eval-no-innerhtml',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    const edits: [RegExp, string, string][] = [];
    if (/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) {
      edits.push([/try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch \(_\) \{\s*return false;\s*\}/g, 'return false;', 'zod allowsEval probe']);
    }
    if (/[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/.test(id)) {
      edits.push([/const F = Function;/g, 'const F = function () { throw new Error("zod code generation is disabled in this build"); };', 'zod Doc.compile']);
    }
    if (/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) {
      edits.push([/\(\w+\.innerHTML=\w+\.__html\)/g, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this build")})()', 'preact innerHTML']);
    }
    if (edits.length === 0) return null;
    for (const [re, replacement, what] of edits) {
      const hits = code.match(re)?.length ?? 0;
      if (hits !== 1) throw new Error(`${what}: expected 1 match in ${id}, found ${hits}; update vite.config.ts`);
      code = code.replace(re, replacement);
    }
    return { code, map: null };
  },
};

/**
 * The scripts the popup injects with scripting.executeScript (src/shared/page.ts names the same paths):
 * extraction on every teardown, highlighting on the first click on an evidence phrase. Each must be one
 * classic script, so each is bundled on its own as an IIFE, through the same library patches as the rest
 * (crxjs's `?script&iife` import builds it without the config's plugins).
 * The extraction script runs on the user's page at every click: its load time is part of what a user
 * waits for. It stays under `maxBytes` minified, and no injected script carries zod (the snapshot is
 * validated when it reaches the extension, src/shared/page.ts); the build fails otherwise.
 */
/**
 * The currency table (src/rules/currencies.json) is a fifth of the extraction script. In that script
 * only, its two marker maps ship grouped by currency ("USD $ US$|EUR € ...") and its code lists by first
 * letter ("AEDFN" for "AED AFN"), rebuilt into the same objects at load: money.ts only looks them up,
 * so order does not matter. Saves about 1,200 bytes.
 */
const CURRENCIES = resolve('src/rules/currencies.json');
const compactCurrencyTable: Plugin = {
  name: 'vml-compact-currency-table',
  enforce: 'pre',
  resolveId(source, importer) {
    return importer && resolve(dirname(importer), source) === CURRENCIES ? '\0vml-currencies' : null;
  },
  load(id) {
    if (id !== '\0vml-currencies') return null;
    const table = JSON.parse(readFileSync(CURRENCIES, 'utf8')) as Record<string, unknown>;
    const grouped = (map: Record<string, string>): string => {
      const byCode = new Map<string, string[]>();
      for (const [marker, code] of Object.entries(map)) {
        if (/[\s|]/u.test(marker)) throw new Error(`currencies.json: marker ${JSON.stringify(marker)} holds a space or |`);
        byCode.set(code, [...(byCode.get(code) ?? []), marker]);
      }
      return [...byCode].map(([code, markers]) => [code, ...markers].join(' ')).join('|');
    };
    // ISO codes grouped by first letter ("AEDFN" is "AED AFN"), rebuilt into the same space-separated list.
    const byLetter = (codes: string): string => {
      const groups = new Map<string, string>();
      for (const c of codes.split(' ')) {
        if (!/^[A-Z]{3}$/.test(c)) throw new Error(`currencies.json: ${JSON.stringify(c)} is not a three-letter code`);
        groups.set(c[0]!, (groups.get(c[0]!) ?? c[0]!) + c.slice(1));
      }
      return [...groups.values()].join(' ');
    };
    const rest = Object.fromEntries(Object.entries(table).filter(([k]) => !['symbols', 'words', 'codes', 'historic', '$comment'].includes(k)));
    return [
      'const g = (s) => Object.fromEntries(s.split("|").flatMap((e) => { const [c, ...m] = e.split(" "); return m.map((k) => [k, c]); }));',
      'const l = (s) => s.split(" ").flatMap((e) => e.slice(1).match(/../g).map((x) => e[0] + x)).join(" ");',
      `export default { ...${JSON.stringify(rest)}, codes: l(${JSON.stringify(byLetter(table.codes as string))}), historic: l(${JSON.stringify(byLetter(table.historic as string))}),`,
      `  symbols: g(${JSON.stringify(grouped(table.symbols as Record<string, string>))}), words: g(${JSON.stringify(grouped(table.words as Record<string, string>))}) };`,
    ].join('\n');
  },
};

const INJECTED = [
  { entry: 'src/content/inject.ts', file: 'src/content/inject.js', maxBytes: 20_000 },
  { entry: 'src/content/inject-highlight.ts', file: 'src/content/inject-highlight.js', maxBytes: 5_000 },
];
const injectedScript: Plugin = {
  name: 'vml-injected-script',
  apply: 'build',
  async writeBundle(options) {
    for (const { entry, file, maxBytes } of INJECTED) {
      const out = await build({
        configFile: false, logLevel: 'warn', plugins: [compactCurrencyTable, noEvalNoInnerHtml],
        build: {
          outDir: options.dir, emptyOutDir: false, copyPublicDir: false,
          lib: { entry, formats: ['iife'], name: 'valueMetricLensInject', fileName: () => file },
        },
      });
      const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []))
        .filter((c) => c.type === 'chunk');
      if (chunks.length === 0) throw new Error(`${file}: the build produced no chunk to check`);
      for (const c of chunks) {
        const zod = Object.keys(c.modules).filter((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id));
        if (zod.length > 0) throw new Error(`${file} bundles zod (${zod[0]}): the content script must not import src/core/model.ts values`);
        // A second, safe terser pass over the minified script: about 400 bytes fewer for the page to load.
        const second = (await minify(c.code, { compress: { passes: 2 }, mangle: true })).code ?? c.code;
        const code = second.length < c.code.length ? second : c.code;
        writeFileSync(join(options.dir!, file), code);
        const bytes = Buffer.byteLength(code);
        if (bytes > maxBytes) throw new Error(`${file} is ${bytes} bytes, over its budget of ${maxBytes}`);
      }
    }
  },
};

/**
 * The rule files are validated here and in tests/unit/rules.test.ts, not at run time (src/core/rules.ts
 * loads them as plain data): a malformed rule fails the build. So does a gates file that no longer
 * says what the patterns need (src/core/literals.ts; tests/unit/literals.test.ts checks it too).
 */
const validRules: Plugin = {
  name: 'vml-valid-rules',
  buildStart() {
    validateRuleFiles(Object.fromEntries(RULE_FILE_NAMES.map((n) => [n, JSON.parse(readFileSync(join('src/rules', n), 'utf8'))])));
    if (readFileSync('src/rules/gates.json', 'utf8') !== gatesFileText()) {
      throw new Error('src/rules/gates.json is out of date with the rule patterns: run `npm run rules:gates`');
    }
  },
};

/**
 * Nothing ships that no page loads: after every write (the injected script included), each file of the
 * output folder must be reached from the manifest, a page, an import, or be the injected script.
 */
const noOrphans: Plugin = {
  name: 'vml-no-orphans',
  apply: 'build',
  closeBundle() {
    const dir = this.environment.config.build.outDir;
    const { orphans } = distReport(dir, INJECTED.map((i) => i.file));
    if (orphans.length > 0) throw new Error(`${dir} holds files no page loads: ${orphans.join(', ')}`);
  },
};

export default defineConfig({
  plugins: [validRules, noEvalNoInnerHtml, preact(), crx({ manifest: manifest(), browser: firefox ? 'firefox' : 'chrome' }), dropWebAccessible, injectedScript, noOrphans],
  build: {
    // Each build has its own folder, so building one never overwrites another.
    outDir: firefox ? (e2e ? 'dist-firefox-e2e' : 'dist-firefox') : e2e ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { compare: 'src/compare/index.html' } },
  },
});

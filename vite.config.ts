import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// One manifest.json is the source of truth; the Firefox and test builds are derived from it here.
//  BROWSER=firefox: Firefox MV3 wants background.scripts and a gecko id.
//  E2E=1: a test-only build granting 127.0.0.1, because automation can never grant activeTab
//  (no toolbar click in headless Chromium; see ../shared/TOOLCHAIN.md "Permissions in automation").
const firefox = process.env.BROWSER === 'firefox';
const e2e = process.env.E2E === '1';

function manifest(): ManifestV3Export {
  const m: Record<string, unknown> = { ...baseManifest, version: pkg.version };
  if (firefox) {
    m.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
    m.browser_specific_settings = {
      gecko: { id: 'value-metric-lens@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  if (e2e) m.host_permissions = ['http://127.0.0.1/*'];
  return m as unknown as ManifestV3Export;
}

// crxjs declares the on-demand content script web-accessible to every http(s) page. executeScript
// does not need that, and it would let any page detect the extension: drop it from the output.
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

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest(), browser: firefox ? 'firefox' : 'chrome' }), dropWebAccessible],
  build: {
    outDir: e2e ? 'dist-e2e' : firefox ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { compare: 'src/compare/index.html' } },
  },
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { distReport, loadedBytes } from '../../scripts/lib/dist-files.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vml-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const built = {
  'manifest.json': JSON.stringify({ action: { default_popup: 'src/popup/index.html' }, icons: { 16: 'icons/a.png' }, background: { service_worker: 'sw.js' } }),
  'src/popup/index.html': '<script type="module" src="/assets/popup.js"></script><link rel="stylesheet" href="/assets/a.css">',
  'assets/popup.js': 'import{x}from"./shared.js";chrome.tabs.create({url:chrome.runtime.getURL(`src/compare/index.html`)})',
  'assets/shared.js': 'export const x=1',
  'assets/a.css': 'body{}',
  'src/compare/index.html': '<script type="module" src="/assets/compare.js"></script>',
  'assets/compare.js': 'import"./shared.js"',
  'sw.js': 'import "./assets/shared.js"',
  'icons/a.png': 'png',
  'src/content/inject.js': '(function(){})()',
};

test('every file reached from the manifest, a page, an import, a named page or the injected list is not an orphan', () => {
  const dir = folder({ ...built, 'assets/old-chunk.js': 'orphan', 'public/icons/a.png': 'copy' });
  expect(distReport(dir, ['src/content/inject.js']).orphans).toEqual(['assets/old-chunk.js', 'public/icons/a.png']);
});

test('a page loads its script, its imports and its styles, not the pages it opens by name', () => {
  const dir = folder(built);
  const popup = ['src/popup/index.html', 'assets/popup.js', 'assets/shared.js', 'assets/a.css'].reduce((n, f) => n + Buffer.byteLength(built[f as keyof typeof built]), 0);
  expect(loadedBytes(dir, 'src/popup/index.html')).toBe(popup);
});

/**
 * Everything that differs between Chrome and Firefox at run time, one difference per export, so the
 * rest of the code is browser-neutral. (Build-time differences, the manifest's background entry and the
 * gecko id, are in vite.config.ts, each with its own comment.)
 *
 * Same in both, so nothing to do here:
 * - The toolbar button is `action` in both (MV3). `browser_action` was MV2 only; Firefox MV3 uses `action`.
 * - Extension page URLs: chrome-extension://<id>/ vs moz-extension://<uuid>/. Code builds them with
 *   runtime.getURL and never spells the scheme.
 * - Background: a service worker in Chrome, an event page (background.scripts) in Firefox. Both are
 *   evicted when idle, so the background keeps no state in module scope either way.
 */
import type { Scripting } from 'webextension-polyfill';
import { browser } from './browser.ts';

/**
 * A file path for `scripting.executeScript({ files })` that resolves to the same file everywhere.
 * Chrome resolves a relative path against the extension root; Firefox resolves it against the calling
 * page (from the popup, 'src/content/inject.js' becomes /src/popup/src/content/inject.js). A leading
 * slash means the extension root in both.
 * @example extensionFile('src/content/inject.js') // '/src/content/inject.js'
 */
export function extensionFile(path: string): string {
  return `/${path.replace(/^\/+/, '')}`;
}

/**
 * The result of the first frame of an executeScript call, or an Error when the injection failed.
 * Chrome rejects the call when a page cannot be scripted; Firefox may instead resolve with
 * `[{ error }]` (a missing file, a script that threw). Both end up as a thrown Error here.
 * @example firstResult([{ frameId: 0, result: 42 }]) // 42
 */
export function firstResult(results: Scripting.InjectionResult[] | undefined): unknown {
  for (const r of results ?? []) {
    const error = (r as { error?: unknown }).error;
    if (error !== undefined && error !== null) throw new Error(error instanceof Error ? error.message : String((error as { message?: unknown }).message ?? error));
  }
  return results?.[0]?.result;
}

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Keeps storage out of reach of scripts running in web pages (our injected script runs in the page's
 * isolated world, which Chrome counts as an untrusted context). Chrome has `setAccessLevel` (Chromium
 * 156 checked by the e2e test: the injected script then gets "Access to storage is not allowed from
 * this context"). Firefox (153) has no setAccessLevel: storage.session is already hidden from
 * page-side scripts, storage.local is not and cannot be, so nothing more is done there.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  const areas = [browser.storage.local, (browser.storage as { session?: unknown }).session] as (AccessLevelArea | undefined)[];
  await Promise.all(areas.map(async (area) => {
    try { await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }); } catch { /* not supported for this area */ }
  }));
}

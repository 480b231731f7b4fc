/**
 * Service worker: the single writer of storage. Accepts requests only from this extension's own pages
 * (never from content scripts or web pages) and keeps no state in module scope.
 */
import type { Runtime } from '../shared/browser.ts';
import { browser } from '../shared/browser.ts';
import { restrictStorageToTrustedContexts } from '../shared/platform.ts';
import { handleRequest } from './handle.ts';
import { registerContextMenu } from './context-menu.ts';
import { readTeardowns, updateTeardowns } from '../storage/store.ts';

const area = browser.storage.local;

// Every time the background starts: the page-side script must never reach storage (no-op where unsupported).
void restrictStorageToTrustedContexts();
registerContextMenu();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const ownPage = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
  if (!ownPage || sender.tab?.url?.startsWith('http')) return Promise.resolve({ ok: false, error: 'Requests are accepted from the extension pages only.' });
  return handleRequest(area, message, () => crypto.randomUUID());
});

// Migrate stored data to the current version on update (a read migrates; a write stores the new shape).
browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'update') return;
  const current = await readTeardowns(area);
  if (!current.error) await updateTeardowns(area, (l) => l);
});

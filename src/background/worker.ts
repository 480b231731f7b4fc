/**
 * Service worker: the single writer of storage. Accepts requests only from this extension's own pages
 * (never from content scripts or web pages). Every change goes through the handler's one queue; the
 * queue is a promise chain only, so an evicted worker loses nothing.
 */
import type { Runtime } from '../shared/browser.ts';
import { browser } from '../shared/browser.ts';
import { restrictStorageToTrustedContexts } from '../shared/platform.ts';
import { createHandler } from './handle.ts';
import { registerContextMenu } from './context-menu.ts';

const handle = createHandler(browser.storage.local, { newId: () => crypto.randomUUID(), now: () => new Date().toISOString() });

// Every time the background starts: the page-side script must never reach storage (no-op where unsupported).
void restrictStorageToTrustedContexts();
registerContextMenu();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const ownPage = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
  if (!ownPage || sender.tab?.url?.startsWith('http')) return Promise.resolve({ ok: false, error: 'Requests are accepted from the extension pages only.' });
  return handle(message);
});

// Move stored data to the current layout on update (the same happens before any write, for safety).
browser.runtime.onInstalled.addListener(async ({ reason }) => {
  if (reason !== 'update') return;
  const r = await handle({ type: 'prepareStorage' });
  if (!r.ok) console.error('Value Metric Lens: stored data not migrated:', r.error);
});

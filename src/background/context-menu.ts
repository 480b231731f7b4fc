/**
 * The context-menu entry "Tear down this pricing page": opens the same teardown as the toolbar icon
 * and the keyboard shortcut (_execute_action). Needs the "contextMenus" permission; the click grants
 * activeTab for the page, like a toolbar click does.
 * Wiring (service worker top level, so the listener exists when the worker wakes): registerContextMenu();
 */
import { browser } from '../shared/browser.ts';

export const MENU_ID = 'vml-tear-down';
export const MENU_TITLE = 'Tear down this pricing page';

/** The popup page for a tab, opened in its own small window when the toolbar popup cannot open. */
export const popupUrlFor = (tabId: number) => browser.runtime.getURL(`src/popup/index.html?tabId=${tabId}`);

/** Adds the menu entry (on install and update) and its click handler. Does nothing without the permission. */
export function registerContextMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.removeAll().then(() => menus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ['page', 'selection', 'link', 'image'] }))
      .catch((e: Error) => console.error('Value Metric Lens: context menu not created:', e.message));
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const tabId = tab.id;
    // action.openPopup shows the real popup (Chrome 127+, Firefox from a menu click). Where it is not
    // available, the same popup page opens in a small window for that tab.
    const open = browser.action?.openPopup ? browser.action.openPopup({ windowId: tab.windowId }) : Promise.reject(new Error('no openPopup'));
    open.catch(() => browser.windows.create({ url: popupUrlFor(tabId), type: 'popup', width: 440, height: 640 }))
      .catch((e: Error) => console.error('Value Metric Lens: could not open the teardown:', e.message));
  });
}

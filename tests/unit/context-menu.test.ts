import { beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (...args: never[]) => unknown;
const fake = vi.hoisted(() => {
  const listeners: { installed: Array<(...a: unknown[]) => unknown>; clicked: Array<(...a: unknown[]) => unknown> } = { installed: [], clicked: [] };
  const api = {
    runtime: { getURL: (p: string) => `chrome-extension://id/${p}`, onInstalled: { addListener: (f: never) => listeners.installed.push(f) } },
    contextMenus: {
      removeAll: vi.fn(async () => {}), create: vi.fn(),
      onClicked: { addListener: (f: never) => listeners.clicked.push(f) },
    } as Record<string, unknown> | undefined,
    action: { openPopup: vi.fn(async (_o?: unknown) => {}) },
    windows: { create: vi.fn(async (_o?: unknown) => ({})) },
  };
  return { listeners, api };
});
vi.mock('../../src/shared/browser.ts', () => ({ browser: fake.api }));

const { registerContextMenu, MENU_ID, MENU_TITLE } = await import('../../src/background/context-menu.ts');
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('context menu "Tear down this pricing page"', () => {
  beforeEach(() => { fake.listeners.installed = []; fake.listeners.clicked = []; vi.clearAllMocks(); });
  test('is created on install with its title', async () => {
    registerContextMenu();
    await (fake.listeners.installed[0] as Listener)();
    await flush();
    expect(fake.api.contextMenus!.create).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_ID, title: MENU_TITLE }));
    expect(MENU_TITLE).toBe('Tear down this pricing page');
  });
  test('a click opens the same popup as the toolbar icon', async () => {
    registerContextMenu();
    (fake.listeners.clicked[0] as Listener)(...([{ menuItemId: MENU_ID }, { id: 7, windowId: 3 }] as never[]));
    await flush();
    expect(fake.api.action.openPopup).toHaveBeenCalledWith({ windowId: 3 });
    expect(fake.api.windows.create).not.toHaveBeenCalled();
  });
  test('where the popup cannot open, the popup page opens in a window for that tab', async () => {
    fake.api.action.openPopup.mockRejectedValueOnce(new Error('not allowed'));
    registerContextMenu();
    (fake.listeners.clicked[0] as Listener)(...([{ menuItemId: MENU_ID }, { id: 7, windowId: 3 }] as never[]));
    await flush(); await flush();
    expect(fake.api.windows.create).toHaveBeenCalledWith(expect.objectContaining({ url: 'chrome-extension://id/src/popup/index.html?tabId=7', type: 'popup' }));
  });
  test('other menu items and the missing permission are ignored', async () => {
    registerContextMenu();
    (fake.listeners.clicked[0] as Listener)(...([{ menuItemId: 'other' }, { id: 7 }] as never[]));
    await flush();
    expect(fake.api.action.openPopup).not.toHaveBeenCalled();
    const saved = fake.api.contextMenus; fake.api.contextMenus = undefined;
    fake.listeners.installed = [];
    registerContextMenu();
    expect(fake.listeners.installed).toHaveLength(0);
    fake.api.contextMenus = saved;
  });
});

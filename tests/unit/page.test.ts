import { afterEach, describe, expect, test, vi } from 'vitest';
import { snapshot } from './fixtures.ts';

// The polyfill refuses to load outside an extension: executeScript is played in this process, `func`
// against this global, and `files` (the injected script) installs the extension's api.
const injected: string[] = [];
const snap = snapshot('acme.example', 'Acme', '$12 per 1,000 contacts');
vi.mock('../../src/shared/browser.ts', () => ({
  browser: {
    scripting: {
      executeScript: async (o: { func?: (...a: string[]) => unknown; args?: string[]; files?: string[] }) => {
        if (o.files) {
          injected.push(...o.files);
          (globalThis as Record<string, unknown>).__valueMetricLens = { extract: () => snap, highlight: () => true, clear: () => undefined };
          return [{ frameId: 0, result: undefined }];
        }
        return [{ frameId: 0, result: o.func!(...(o.args ?? [])) }];
      },
    },
  },
}));

const { extractTab } = await import('../../src/shared/page.ts');
const g = globalThis as Record<string, unknown>;
afterEach(() => { delete g.__valueMetricLens; injected.length = 0; });

describe('injection when the page defines the global name', () => {
  test.each([
    ['an element with id __valueMetricLens', { tagName: 'DIV', id: '__valueMetricLens' }],
    ['a form whose input is named extract', { tagName: 'FORM', extract: { tagName: 'INPUT' }, highlight: { tagName: 'INPUT' } }],
    ['a plain value', 'taken'],
  ])('%s: the script is injected and the page is read', async (_, pageValue) => {
    g.__valueMetricLens = pageValue;
    expect(await extractTab(1)).toEqual(snap);
    expect(injected).toEqual(['/src/content/inject.js']);
  });

  test('already injected: not injected twice', async () => {
    g.__valueMetricLens = { extract: () => snap, highlight: () => true, clear: () => undefined };
    expect(await extractTab(1)).toEqual(snap);
    expect(injected).toEqual([]);
  });
});

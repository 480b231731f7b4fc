import { describe, expect, test, vi } from 'vitest';

// The polyfill refuses to load outside an extension; these tests give the module a stand-in.
const calls: string[] = [];
vi.mock('./browser.ts', () => ({
  browser: {
    storage: {
      local: { setAccessLevel: async (o: { accessLevel: string }) => { calls.push(`local:${o.accessLevel}`); } },
      session: { setAccessLevel: async () => { throw new Error('not supported'); } },
    },
  },
}));

const { extensionFile, firstResult, restrictStorageToTrustedContexts } = await import('./platform.ts');

describe('extensionFile', () => {
  test.each([
    ['src/content/inject.js', '/src/content/inject.js'],
    ['/src/content/inject.js', '/src/content/inject.js'],
    ['//src/x.js', '/src/x.js'],
  ])('%s -> %s', (input, out) => expect(extensionFile(input)).toBe(out));
});

describe('firstResult', () => {
  test('returns the first frame result (Chrome and Firefox on success)', () => {
    expect(firstResult([{ frameId: 0, documentId: 'd', result: { a: 1 } }])).toEqual({ a: 1 });
    expect(firstResult([])).toBeUndefined();
    expect(firstResult(undefined)).toBeUndefined();
  });
  test('throws the error Firefox reports in the result instead of rejecting', () => {
    const missing = [{ frameId: 0, error: new Error('Unable to load script: moz-extension://x/src/popup/src/content/inject.js') }];
    expect(() => firstResult(missing as never)).toThrow('Unable to load script');
    expect(() => firstResult([{ frameId: 0, error: { message: 'boom' } }] as never)).toThrow('boom');
    expect(() => firstResult([{ frameId: 0, error: 'plain' }] as never)).toThrow('plain');
  });
});

test('restrictStorageToTrustedContexts asks each area that supports it and never throws', async () => {
  await expect(restrictStorageToTrustedContexts()).resolves.toBeUndefined();
  expect(calls).toEqual(['local:TRUSTED_CONTEXTS']);
});

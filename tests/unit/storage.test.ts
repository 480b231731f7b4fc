import { describe, expect, test } from 'vitest';
import { KEYS, backupKey, migrateTeardowns, readTeardowns, updateTeardowns, readSettings } from '../../src/storage/store.ts';
import { handleRequest } from '../../src/background/handle.ts';
import { memoryArea, saved } from './fixtures.ts';

const a = saved('a', 'boardly.example', '2026-01-01T00:00:00.000Z', 'Project management', '$8 per user / month', '$15 per user / month');

describe('storage', () => {
  test('migration 0 -> 1 wraps a bare array', () => {
    expect(migrateTeardowns([{ id: 'x' }])).toEqual({ v: 1, data: [{ id: 'x' }] });
    expect(migrateTeardowns({ v: 1, data: [] })).toEqual({ v: 1, data: [] });
  });
  test('a v0 list is read through the migration', async () => {
    const area = memoryArea({ [KEYS.teardowns]: [a] });
    expect(await readTeardowns(area)).toEqual({ data: [a], error: null });
  });
  test('corrupt storage: fallback plus a visible error, stored value untouched until a write, then backed up', async () => {
    const corrupt = { v: 1, data: [{ id: 42 }] };
    const area = memoryArea({ [KEYS.teardowns]: corrupt });
    const r = await readTeardowns(area);
    expect(r.data).toEqual([]);
    expect(r.error).toMatch(/unreadable/);
    expect(area.data[KEYS.teardowns]).toEqual(corrupt);
    await updateTeardowns(area, (l) => [...l, a]);
    expect(area.data[backupKey(KEYS.teardowns)]).toEqual(corrupt);
    expect(await readTeardowns(area)).toEqual({ data: [a], error: null });
  });
  test('settings default when absent', async () => {
    expect((await readSettings(memoryArea())).data.ownProduct.metric).toBeNull();
  });
});

describe('background handler', () => {
  test('save, note, delete', async () => {
    const area = memoryArea();
    expect(await handleRequest(area, { type: 'saveTeardown', item: a }, () => 'n')).toEqual({ ok: true, count: 1 });
    await handleRequest(area, { type: 'updateNote', id: 'a', note: 'cheap' }, () => 'n');
    expect((await readTeardowns(area)).data[0]?.note).toBe('cheap');
    expect(await handleRequest(area, { type: 'deleteTeardown', id: 'a' }, () => 'n')).toEqual({ ok: true, count: 0 });
  });
  test('invalid requests are refused with a message and change nothing', async () => {
    const area = memoryArea({ [KEYS.teardowns]: { v: 1, data: [a] } });
    const r = await handleRequest(area, { type: 'saveTeardown', item: { id: 'x' } }, () => 'n');
    expect(r.ok).toBe(false);
    expect(await handleRequest(area, { type: 'dropEverything' }, () => 'n')).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid request/) });
    expect((await readTeardowns(area)).data).toEqual([a]);
  });
  test('import merges without losing anything', async () => {
    const area = memoryArea({ [KEYS.teardowns]: { v: 1, data: [a] } });
    const changed = { ...a, note: 'different' };
    const r = await handleRequest(area, { type: 'importTeardowns', teardowns: [a, changed] }, () => 'fresh-id');
    expect(r).toEqual({ ok: true, count: 2, added: 1, skipped: 1 });
    expect((await readTeardowns(area)).data.map((x) => [x.id, x.note])).toEqual([['a', ''], ['fresh-id', 'different']]);
  });
});

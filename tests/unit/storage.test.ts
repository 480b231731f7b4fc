import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { createHandler } from '../../src/background/handle.ts';
import { KEYS, itemKey, readBackups, readSettings, readStore, readTeardowns } from '../../src/storage/store.ts';
import { MAX_IMPORT_ITEMS } from '../../src/shared/protocol.ts';
import { memoryArea, saved, snapshot } from './fixtures.ts';

const a = saved('a', 'boardly.example', '2026-01-01T00:00:00.000Z', 'Project management', '$8 per user / month', '$15 per user / month');
const b = saved('b', 'mailer.example', '2026-02-01T00:00:00.000Z', 'Email marketing', '$12 per 1,000 contacts');
const record = (t: unknown) => ({ v: 2, data: t });
const index = (...items: typeof a[]) => ({ v: 2, entries: items.map((t) => ({ id: t.id, competitor: t.competitor, savedAt: t.savedAt })) });

/** A handler whose ids count up and whose clock is set by the test. */
function setup(initial: Record<string, unknown> = {}, failSet?: Parameters<typeof memoryArea>[1]) {
  const area = memoryArea(initial, failSet);
  let n = 0;
  const clock = { t: '2026-11-29T10:00:00.000Z' };
  const handle = createHandler(area, { newId: () => `id-${++n}`, now: () => clock.t });
  return { area, handle, clock };
}

describe('migration from the single-list layout', () => {
  // v1 as written by the previous release, with one entry in the older vocabulary and one broken entry.
  const oldType = structuredClone(b);
  (oldType.teardown.productType as { id: string }).id = 'helpdesk';
  (oldType.teardown.productType.evidence as unknown[]).push({ type: 'helpdesk', text: 'help desk', weight: 1 });
  const v1 = { v: 1, data: [a, oldType, { id: 'broken', competitor: 42 }] };

  test('is read in place before migrating: renamed ids, the broken entry set aside', async () => {
    const v = await readStore(memoryArea({ [KEYS.legacy]: v1 }));
    expect(v.legacy).toBe(true);
    expect(v.items.map((x) => x.id)).toEqual(['a', 'b']);
    expect(v.items[1]!.teardown.productType.id).toBe('customer_support');
    expect(v.items[1]!.teardown.productType.evidence.at(-1)!.type).toBe('customer_support');
    expect(v.setAside).toMatchObject([{ id: 'broken', newer: false }]);
  });

  test('v0 (a bare array) reads too', async () => {
    expect((await readTeardowns(memoryArea({ [KEYS.legacy]: [a] })))).toEqual({ data: [a], error: null });
  });

  test('moves every entry to its own key, backs the old value up, then removes it', async () => {
    const { area, handle } = setup({ [KEYS.legacy]: v1 });
    expect(await handle({ type: 'prepareStorage' })).toEqual({ ok: true });
    expect(area.data[KEYS.legacy]).toBeUndefined();
    expect(area.data[itemKey('a')]).toEqual(record(a));
    expect((area.data[itemKey('b')] as { data: typeof b }).data.teardown.productType.id).toBe('customer_support');
    expect(area.data[itemKey('broken')]).toEqual(record({ id: 'broken', competitor: 42 }));
    const backups = await readBackups(area);
    expect(backups).toHaveLength(1);
    expect((area.data[backups[0]!.key] as { items: unknown }).items).toEqual(v1.data);
    const v = await readStore(area);
    expect([v.items.length, v.setAside.length, v.legacy]).toEqual([2, 1, false]);
  });

  test('entries sharing an id all move (the later ones under a free id); a set-aside entry never takes a used id', async () => {
    const { area, handle } = setup({ [KEYS.legacy]: { v: 1, data: [a, { ...a, note: 'second' }, { id: 'a', broken: true }] } });
    await handle({ type: 'prepareStorage' });
    const v = await readStore(area);
    expect(v.items.map((x) => [x.id, x.note])).toEqual([['a', ''], ['a-2', 'second']]);
    expect(v.setAside.map((x) => x.id)).toEqual(['a-3']);
  });

  test('a move cut off after the index was written is finished: migrated entries skipped, the rest added, the old key removed', async () => {
    const { area, handle } = setup({ [itemKey('a')]: record({ ...a, note: 'edited since' }), [KEYS.index]: index(a), [KEYS.legacy]: { v: 1, data: [a, b] } });
    await handle({ type: 'prepareStorage' });
    expect(area.data[KEYS.legacy]).toBeUndefined();
    expect((await readStore(area)).items.map((x) => [x.id, x.note])).toEqual([['a', 'edited since'], ['b', '']]);
  });

  test('only listed backups can be deleted', async () => {
    const { area, handle } = setup({ [itemKey('a')]: record(a), [KEYS.index]: index(a) });
    expect(await handle({ type: 'deleteBackup', key: KEYS.index })).toMatchObject({ ok: false });
    expect(area.data[KEYS.index]).toEqual(index(a));
  });

  test('the first save after an update migrates and keeps everything', async () => {
    const { area, handle } = setup({ [KEYS.legacy]: [a] });
    await handle({ type: 'saveTeardown', snapshot: snapshot('new.example', 'New', '$5 per user / month') });
    expect((await readStore(area)).items.map((x) => x.competitor).sort()).toEqual(['boardly.example', 'new.example']);
  });
});

describe('one key per teardown, one write queue', () => {
  test('a save writes the teardown key and the index only', async () => {
    const many = Array.from({ length: 100 }, (_, i) => saved(`s${i}`, `c${i}.example`, '2026-01-01T00:00:00.000Z', 'Tool', '$8 per user / month'));
    const init = Object.fromEntries([...many.map((t) => [itemKey(t.id), record(t)]), [KEYS.index, index(...many)],
      [KEYS.backups, { v: 2, list: [{ key: 'local:backup:x', at: '2026-11-29T09:00:00.000Z', reason: 'daily', count: 100 }] }]]);
    const written: string[][] = [];
    const { handle } = setup(init, (items) => { written.push(Object.keys(items)); return null; });
    expect(await handle({ type: 'saveTeardown', snapshot: snapshot('z.example', 'Z', '$9 per user / month') })).toMatchObject({ ok: true, count: 101 });
    expect(written).toEqual([[itemKey('id-1')], [KEYS.index]]);
  });

  test('20 concurrent saves are all kept', async () => {
    const { area, handle } = setup();
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      handle({ type: 'saveTeardown', snapshot: snapshot(`c${i}.example`, `Tool ${i}`, `$${i + 1} per user / month`) })));
    expect(replies.every((r) => r.ok)).toBe(true);
    const v = await readStore(area);
    expect(v.items).toHaveLength(20);
    expect((area.data[KEYS.index] as { entries: unknown[] }).entries).toHaveLength(20);
  });

  test.each([['note first', false], ['delete first', true]])('a note edit racing a delete does not bring the item back (%s)', async (_, deleteFirst) => {
    const { area, handle } = setup({ [itemKey('a')]: record(a), [KEYS.index]: index(a) });
    const note = () => handle({ type: 'updateNote', id: 'a', note: 'cheap' });
    const del = () => handle({ type: 'deleteTeardown', id: 'a' });
    const [r1, r2] = await Promise.all(deleteFirst ? [del(), note()] : [note(), del()]);
    expect(area.data[itemKey('a')]).toBeUndefined();
    expect((await readStore(area)).items).toEqual([]);
    if (deleteFirst) expect(r2).toEqual({ ok: false, error: expect.stringMatching(/deleted/) });
    else expect([r1.ok, r2.ok]).toEqual([true, true]);
  });
});

describe('every item on its own', () => {
  const many = Array.from({ length: 100 }, (_, i) => saved(`g${i}`, `c${i}.example`, '2026-01-01T00:00:00.000Z', 'Tool', '$8 per user / month'));
  const corrupt = { ...many[0]!, id: 'bad', teardown: { ...many[0]!.teardown, valueMetric: 'oops' } };
  const init = () => ({ ...Object.fromEntries(many.map((t) => [itemKey(t.id), record(t)])), [itemKey('bad')]: record(corrupt),
    [KEYS.index]: { v: 2, entries: [...index(...many).entries.slice(0, 50), { id: 'bad', competitor: 'c0.example', savedAt: '' }, ...index(...many).entries.slice(50)] } });

  test('a corrupt item among 100 good ones is set aside, the 100 show', async () => {
    const v = await readStore(memoryArea(init()));
    expect(v.items).toHaveLength(100);
    expect(v.setAside).toEqual([{ id: 'bad', key: itemKey('bad'), raw: record(corrupt), newer: false, reason: expect.stringMatching(/valueMetric/) }]);
    expect((await readTeardowns(memoryArea(init()))).error).toMatch(/1 stored teardown is unreadable and set aside/);
  });

  test('the set-aside item stays through saves and goes only when deleted', async () => {
    const { area, handle } = setup(init());
    await handle({ type: 'saveTeardown', snapshot: snapshot('new.example', 'New', '$5 per user / month') });
    expect(area.data[itemKey('bad')]).toEqual(record(corrupt));
    expect(await handle({ type: 'deleteTeardown', id: 'bad' })).toEqual({ ok: true, count: 101 });
    expect((await readStore(area)).setAside).toEqual([]);
  });

  test('an import never overwrites a set-aside item holding the same id', async () => {
    const { area, handle } = setup(init());
    const r = await handle({ type: 'importTeardowns', teardowns: [{ ...a, id: 'bad' }] });
    expect(r).toMatchObject({ ok: true, added: 1 });
    expect(area.data[itemKey('bad')]).toEqual(record(corrupt));
  });

  test('an unreadable index: the items are still found, and the index is rebuilt on the next change', async () => {
    const { area, handle } = setup({ [itemKey('a')]: record(a), [itemKey('b')]: record(b), [KEYS.index]: { v: 2, entries: 'x' } });
    const v = await readStore(area);
    expect(v.items.map((x) => x.id).sort()).toEqual(['a', 'b']);
    expect(v.error).toMatch(/index is unreadable/);
    await handle({ type: 'updateNote', id: 'a', note: 'n' });
    expect((await readStore(area)).error).toBeNull();
  });
});

describe('data from a newer version', () => {
  test('a newer index: shown read-only, every write refused, nothing changed', async () => {
    const init = { [itemKey('a')]: record(a), [KEYS.index]: { ...index(a), v: 3 } };
    const { area, handle } = setup(init);
    const v = await readStore(area);
    expect(v.readOnly).toMatch(/newer version/);
    expect(v.items).toEqual([a]);
    for (const req of [{ type: 'saveTeardown', snapshot: snapshot('x.example', 'X', '$1 per user / month') }, { type: 'deleteTeardown', id: 'a' },
      { type: 'updateNote', id: 'a', note: 'x' }, { type: 'importTeardowns', teardowns: [b] }]) {
      expect(await handle(req)).toEqual({ ok: false, error: expect.stringMatching(/newer version/) });
    }
    expect(area.data).toEqual(init);
  });

  test('a newer index of another shape: items still shown, read-only, never rebuilt', async () => {
    const init = { [itemKey('a')]: record(a), [KEYS.index]: { v: 3, shards: ['x'] } };
    const { area, handle } = setup(init);
    const v = await readStore(area);
    expect([v.items, v.readOnly !== null, v.error]).toEqual([[a], true, null]);
    expect(await handle({ type: 'updateNote', id: 'a', note: 'x' })).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(area.data).toEqual(init);
  });

  test('a newer item among current ones: set aside, never deleted or overwritten', async () => {
    const future = { v: 3, data: { id: 'f', shape: 'unknown to us' } };
    const init = { [itemKey('a')]: record(a), [itemKey('f')]: future, [KEYS.index]: { v: 2, entries: [...index(a).entries, { id: 'f', competitor: 'f.example', savedAt: '' }] } };
    const { area, handle } = setup(init);
    const v = await readStore(area);
    expect(v.items).toEqual([a]);
    expect(v.setAside).toMatchObject([{ id: 'f', newer: true }]);
    expect(v.readOnly).toMatch(/newer version/);
    expect(await handle({ type: 'deleteTeardown', id: 'f' })).toMatchObject({ ok: false });
    expect(area.data[itemKey('f')]).toEqual(future);
  });

  test('a newer single list is not migrated', async () => {
    const init = { [KEYS.legacy]: { v: 5, data: 'whatever' } };
    const { area, handle } = setup(init);
    expect((await readStore(area)).readOnly).toMatch(/newer version/);
    expect(await handle({ type: 'saveTeardown', snapshot: snapshot('x.example', 'X', '$1 per user / month') })).toMatchObject({ ok: false });
    // The day's backup (taken before the change) may stay; the list itself is exactly as it was.
    const list = Object.fromEntries(Object.entries(area.data).filter(([k]) => !k.startsWith('local:backup')));
    expect(list).toEqual(init);
  });
});

describe('storage full', () => {
  const quota = (limit: number) => (items: Record<string, unknown>, data: Record<string, unknown>) =>
    (JSON.stringify({ ...data, ...items }).length > limit ? new Error('QUOTA_BYTES quota exceeded') : null);

  test('a save that does not fit: a clear message, nothing changed', async () => {
    const init = { [itemKey('a')]: record(a), [KEYS.index]: index(a) };
    const { area, handle } = setup(init, quota(JSON.stringify(init).length + 100));
    const r = await handle({ type: 'saveTeardown', snapshot: snapshot('x.example', 'X', '$1 per user / month') });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Storage is full: nothing was changed and nothing was lost/) });
    expect(area.data).toEqual(init);
  });

  test('the index write failing after the item write: the item write is undone', async () => {
    const init = { [itemKey('a')]: record(a), [KEYS.index]: index(a) };
    const { area, handle } = setup(init, (items) => (KEYS.index in items ? new Error('QUOTA_BYTES quota exceeded') : null));
    expect(await handle({ type: 'saveTeardown', snapshot: snapshot('x.example', 'X', '$1 per user / month') })).toMatchObject({ ok: false });
    // The day's backup (taken before the change) may stay; the list itself is exactly as it was.
    const list = Object.fromEntries(Object.entries(area.data).filter(([k]) => !k.startsWith('local:backup')));
    expect(list).toEqual(init);
  });
});

describe('backups', () => {
  test('one a day before the first change, the last 3 kept, restorable', async () => {
    const { area, handle, clock } = setup({ [itemKey('a')]: record(a), [KEYS.index]: index(a) });
    for (const day of ['01', '02', '03', '04']) {
      clock.t = `2026-12-${day}T10:00:00.000Z`;
      await handle({ type: 'saveTeardown', snapshot: snapshot(`d${day}.example`, 'Tool', '$3 per user / month') });
      await handle({ type: 'saveTeardown', snapshot: snapshot(`e${day}.example`, 'Tool', '$3 per user / month') });
    }
    const list = await readBackups(area);
    expect(list.map((x) => [x.at, x.count])).toEqual([['2026-12-04T10:00:00.000Z', 7], ['2026-12-03T10:00:00.000Z', 5], ['2026-12-02T10:00:00.000Z', 3]]);
    expect(Object.keys(area.data).filter((k) => k.startsWith('local:backup:'))).toHaveLength(3);
    // Routine backups leave out the page snapshots (most of an item's size); everything else is kept.
    const held = (area.data[list[0]!.key] as { items: Array<Record<string, unknown>> }).items;
    expect(held.some((x) => 'snapshot' in x)).toBe(false);
    expect(held.map((x) => x.competitor)).toContain('e03.example');
    // Delete everything, then restore the oldest backup kept: its 3 teardowns come back.
    for (const t of (await readStore(area)).items) await handle({ type: 'deleteTeardown', id: t.id });
    expect(await handle({ type: 'restoreBackup', key: list[2]!.key })).toMatchObject({ ok: true, added: 3, count: 3 });
    expect((await readStore(area)).items.map((x) => x.competitor).sort()).toEqual(['boardly.example', 'd01.example', 'e01.example']);
    // Restoring again: everything is already there (though without its snapshot in the backup), nothing doubles.
    expect(await handle({ type: 'restoreBackup', key: list[2]!.key })).toMatchObject({ ok: true, added: 0, skipped: 3, count: 3 });
  });

  test('a restore keeps a teardown that is still in the list as it is (a newer note stays)', async () => {
    const { area, handle, clock } = setup({ [itemKey('a')]: record(a), [KEYS.index]: index(a) });
    await handle({ type: 'updateNote', id: 'a', note: 'after the backup' });
    const [backup] = await readBackups(area);
    clock.t = '2026-11-30T10:00:00.000Z';
    expect(await handle({ type: 'restoreBackup', key: backup!.key })).toMatchObject({ ok: true, added: 0, skipped: 1 });
    expect((await readStore(area)).items.map((x) => x.note)).toEqual(['after the backup']);
  });
});

describe('the background never trusts what it is sent', () => {
  test('a save is recomputed from the snapshot; verdicts sent along are ignored', async () => {
    const { area, handle } = setup();
    const snap = snapshot('acme.example', 'Acme CRM', '$12 per 1,000 contacts');
    const forged = { ...analyze(snap), alignment: { verdict: 'aligned', score: 100 } };
    await handle({ type: 'saveTeardown', snapshot: snap, teardown: forged, item: { teardown: forged } });
    const [stored] = (await readStore(area)).items;
    expect(stored!.teardown).toEqual(analyze(snap));
    expect(stored!.snapshot).toEqual(snap);
    expect(stored!.competitor).toBe('acme.example');
  });

  test('the product-type override is applied by the background', async () => {
    const { area, handle } = setup();
    await handle({ type: 'saveTeardown', snapshot: snapshot('acme.example', 'Acme', '$12 per 1,000 contacts'), productTypeOverride: 'collaboration' });
    expect((await readStore(area)).items[0]!.teardown.productType).toMatchObject({ id: 'collaboration', overridden: true });
  });

  test('saving an unchanged page updates the latest entry instead of adding one', async () => {
    const { area, handle, clock } = setup();
    const snap = snapshot('acme.example', 'Acme', '$12 per 1,000 contacts');
    expect(await handle({ type: 'saveTeardown', snapshot: snap })).toMatchObject({ ok: true, count: 1, updated: false, id: 'id-1' });
    await handle({ type: 'updateNote', id: 'id-1', note: 'keep me' });
    clock.t = '2026-11-30T10:00:00.000Z';
    expect(await handle({ type: 'saveTeardown', snapshot: snap })).toMatchObject({ ok: true, count: 1, updated: true, id: 'id-1' });
    expect((await readStore(area)).items).toMatchObject([{ id: 'id-1', savedAt: '2026-11-30T10:00:00.000Z', note: 'keep me' }]);
    expect(await handle({ type: 'saveTeardown', snapshot: snapshot('acme.example', 'Acme', '$12 per user / month') })).toMatchObject({ count: 2, updated: false });
  });

  test('imports: too many items refused whole, bad items refused one by one with a message', async () => {
    const { area, handle } = setup();
    const tooMany = await handle({ type: 'importTeardowns', teardowns: Array.from({ length: 5000 }, () => a) });
    expect(tooMany).toEqual({ ok: false, error: `Invalid request at teardowns: An import takes at most ${MAX_IMPORT_ITEMS.toLocaleString('en')} teardowns` });
    const huge = { ...b, id: 'huge', note: 'x'.repeat(20_000) };
    const plans = { ...b, id: 'plans', teardown: { ...b.teardown, plans: Array.from({ length: 5000 }, () => b.teardown.plans[0]) } };
    const r = await handle({ type: 'importTeardowns', teardowns: [a, huge, plans, { ...a, id: 'old', teardown: { ...a.teardown, productType: { ...a.teardown.productType, id: 'helpdesk' } } }] });
    expect(r).toMatchObject({ ok: true, added: 2, refused: 2, notice: expect.stringMatching(/2 teardowns were refused: #2 \(note: .*\); #3 \(teardown\.plans: /) });
    expect((await readStore(area)).items.map((x) => [x.id, x.teardown.productType.id])).toEqual([['a', 'collaboration'], ['old', 'customer_support']].map(([id, t]) => [id, id === 'a' ? a.teardown.productType.id : t]));
  });

  test('a note over the cap is refused with a clear message', async () => {
    const { handle } = setup({ [itemKey('a')]: record(a), [KEYS.index]: index(a) });
    expect(await handle({ type: 'updateNote', id: 'a', note: 'x'.repeat(10_001) })).toEqual({ ok: false, error: 'Invalid request at note: A note is at most 10,000 characters' });
  });

  test('settings: default when absent, saved, newer ones never overwritten', async () => {
    expect((await readSettings(memoryArea())).data.ownProduct.metric).toBeNull();
    const { area, handle } = setup({ [KEYS.settings]: { v: 2, data: {} } });
    expect(await handle({ type: 'saveSettings', settings: { ownProduct: { name: 'x', productType: null, metric: 'seats' } } })).toMatchObject({ ok: false });
    expect(area.data[KEYS.settings]).toEqual({ v: 2, data: {} });
  });
});

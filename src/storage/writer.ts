/**
 * Storage, write side: only the background calls these, one at a time through its queue (queue.ts).
 * A save writes the teardown's own key and the small index; nothing else is rewritten. A write that
 * fails half-way is rolled back so the index and the items agree; a full storage (quota) fails with a
 * clear message and changes nothing.
 */
import { mergeImport } from '../core/list/export.ts';
import type { SavedTeardown, Settings } from '../core/model.ts';
import { SettingsSchema } from '../core/model.ts';
import { dailyBackup, takeBackup } from './backups.ts';
import { StoreError, guarded } from './errors.ts';
import {
  ITEM_PREFIX, KEYS, NEWER_MESSAGE, SETTINGS_NEWER_MESSAGE, STORE_VERSION, itemKey, parseIndex, readBackups, readLegacy, readRecord, readStore, versionOf,
  type Area, type IndexEntry,
} from './store.ts';

export { StoreError } from './errors.ts';
export { deleteBackup } from './backups.ts';

const record = (item: SavedTeardown) => ({ v: STORE_VERSION, data: item });
const entryOf = (t: SavedTeardown): IndexEntry => ({ id: t.id, competitor: t.competitor, savedAt: t.savedAt });

/** The current index entries, migrating or rebuilding first when needed. Throws StoreError when read-only. */
async function entries(area: Area, now: () => string): Promise<IndexEntry[]> {
  await ensureMigrated(area, now);
  const index = parseIndex((await area.get(KEYS.index))[KEYS.index]);
  if (index === null) return [];
  if ('error' in index) return rebuildIndex(area);
  if (index.newer || index.entries === null) throw new StoreError(NEWER_MESSAGE);
  return index.entries;
}

async function writeIndex(area: Area, list: IndexEntry[]): Promise<void> {
  await area.set({ [KEYS.index]: { v: STORE_VERSION, entries: list } });
}

/** An unreadable index is derived data: rebuilt from the item keys (bad items keep their place). */
async function rebuildIndex(area: Area): Promise<IndexEntry[]> {
  const all = await area.get(null);
  const list: IndexEntry[] = [];
  for (const [k, raw] of Object.entries(all)) {
    if (!k.startsWith(ITEM_PREFIX)) continue;
    const id = k.slice(ITEM_PREFIX.length);
    const r = readRecord(id, raw);
    if ('setAside' in r && r.setAside.newer) throw new StoreError(NEWER_MESSAGE);
    list.push('item' in r ? entryOf(r.item) : { id, competitor: '', savedAt: '' });
  }
  await guarded(() => writeIndex(area, list));
  return list;
}

/**
 * Moves the v0/v1 single list into one key per teardown. The old value is backed up first and removed
 * last, so a move cut off half-way is finished on the next call: entries already in the index are
 * skipped, the others are added (also what an older version saved after a downgrade). Unreadable
 * entries move too (set aside). A newer or unreadable index is left alone (other paths handle it).
 */
export async function ensureMigrated(area: Area, now: () => string): Promise<void> {
  const head = await area.get([KEYS.index, KEYS.legacy]);
  const raw = head[KEYS.legacy];
  if (raw === undefined) return;
  const index = parseIndex(head[KEYS.index]);
  if (index !== null && ('error' in index || index.newer || index.entries === null)) return;
  const view = readLegacy(raw);
  if (view.readOnly) throw new StoreError(NEWER_MESSAGE);
  if (view.error) throw new StoreError(view.error);
  const existing = index?.entries ?? [];
  // The old list in full (snapshots too): it is the only copy until the move has finished.
  if (index === null) await takeBackup(area, Array.isArray(raw) ? raw : (raw as { data: unknown[] }).data, 'before moving to one key per teardown', now);
  const done = new Set(existing.map((e) => e.id));
  const used = new Set(done);
  // Two entries with one id both move: the second under a free id (ids are at most 100 characters).
  const free = (id: string) => {
    let out = id;
    for (let n = 2; used.has(out); n++) out = `${id.slice(0, 90)}-${n}`;
    used.add(out);
    return out;
  };
  const writes: Record<string, unknown> = {};
  const list: IndexEntry[] = [...existing];
  for (const item of view.items) {
    if (done.has(item.id)) continue;
    const moved = { ...item, id: free(item.id) };
    writes[itemKey(moved.id)] = record(moved);
    list.push(entryOf(moved));
  }
  for (const s of view.setAside) {
    if (done.has(s.id)) continue;
    const id = free(s.id);
    writes[itemKey(id)] = { v: STORE_VERSION, data: s.raw };
    list.push({ id, competitor: '', savedAt: '' });
  }
  if (Object.keys(writes).length) {
    await guarded(() => area.set(writes));
    await guarded(() => writeIndex(area, list));
  } else if (index === null) await guarded(() => writeIndex(area, list));
  await area.remove(KEYS.legacy);
}

export interface Clock { now(): string }

/**
 * Adds or replaces one teardown: writes its key, then the index. When the index write fails, the item
 * key is put back as it was, so nothing half-written stays behind.
 */
export async function putItem(area: Area, item: SavedTeardown, clock: Clock): Promise<number> {
  const list = await entries(area, clock.now);
  await dailyBackup(area, clock.now);
  const key = itemKey(item.id);
  const before = (await area.get(key))[key];
  const bv = versionOf(before);
  if (bv !== null && bv > STORE_VERSION) throw new StoreError(NEWER_MESSAGE);
  await guarded(() => area.set({ [key]: record(item) }));
  const next = [...list.filter((e) => e.id !== item.id), entryOf(item)];
  try { await guarded(() => writeIndex(area, next)); } catch (e) {
    if (before === undefined) await area.remove(key); else await area.set({ [key]: before });
    throw e;
  }
  return next.length;
}

/** The saved teardown with this id (valid ones only), or null. */
export async function getItem(area: Area, id: string): Promise<SavedTeardown | null> {
  const raw = (await area.get(itemKey(id)))[itemKey(id)];
  if (raw === undefined) return null;
  const r = readRecord(id, raw);
  return 'item' in r ? r.item : null;
}

/** The competitor's teardowns (reads only that competitor's keys). */
export async function competitorItems(area: Area, competitor: string, clock: Clock): Promise<SavedTeardown[]> {
  const ids = (await entries(area, clock.now)).filter((e) => e.competitor === competitor).map((e) => e.id);
  if (!ids.length) return [];
  const got = await area.get(ids.map(itemKey));
  return ids.flatMap((id) => { const r = got[itemKey(id)] === undefined ? null : readRecord(id, got[itemKey(id)]); return r && 'item' in r ? [r.item] : []; });
}

/** Deletes teardowns (valid or set aside) by id; a newer-version item is never deleted. */
export async function removeItems(area: Area, ids: string[], clock: Clock): Promise<number> {
  const list = await entries(area, clock.now);
  const keys = ids.map(itemKey);
  const got = await area.get(keys);
  if (keys.some((k) => { const v = versionOf(got[k]); return v !== null && v > STORE_VERSION; })) throw new StoreError(NEWER_MESSAGE);
  await dailyBackup(area, clock.now);
  const next = list.filter((e) => !ids.includes(e.id));
  await area.remove(keys);
  await writeIndex(area, next);
  return next.length;
}

/** Changes a note. The item must still exist: a note edit never brings back a deleted teardown. */
export async function setNote(area: Area, id: string, note: string, clock: Clock): Promise<number> {
  const list = await entries(area, clock.now);
  if (!list.some((e) => e.id === id)) throw new StoreError('This teardown was deleted, so its note was not saved.');
  const item = await getItem(area, id);
  if (!item) throw new StoreError('This teardown is unreadable (set aside), so its note was not saved.');
  await dailyBackup(area, clock.now);
  await guarded(() => area.set({ [itemKey(id)]: record({ ...item, note }) }));
  return list.length;
}

/** Merges teardowns into the list, losing nothing (same rules as mergeImport: identical skipped, id clash -> new id). */
export async function addItems(area: Area, incoming: SavedTeardown[], newId: () => string, clock: Clock): Promise<{ count: number; added: number; skipped: number }> {
  const list = await entries(area, clock.now);
  // Only the daily backup: an import adds and never overwrites, so nothing is at risk, and a backup per
  // import (an Undo is one) would push the older days' backups out.
  await dailyBackup(area, clock.now);
  const view = await readStore(area);
  const taken = new Set(list.map((e) => e.id));
  const unique = () => { let id = newId(); while (taken.has(id)) id = newId(); taken.add(id); return id; };
  // An id held by a set-aside item is taken too: an import never overwrites what was set aside.
  const aside = new Set(view.setAside.map((s) => s.id));
  const merged = mergeImport(view.items, incoming.map((t) => (aside.has(t.id) ? { ...t, id: unique() } : t)), unique);
  const fresh = merged.items.slice(view.items.length);
  const writes = Object.fromEntries(fresh.map((t) => [itemKey(t.id), record(t)]));
  if (fresh.length === 0) return { count: list.length, added: 0, skipped: merged.skipped };
  await guarded(() => area.set(writes));
  const next = [...list, ...fresh.map(entryOf)];
  try { await guarded(() => writeIndex(area, next)); } catch (e) { await area.remove(Object.keys(writes)); throw e; }
  return { count: next.length, added: merged.added, skipped: merged.skipped };
}

/**
 * Puts back the teardowns of a backup that are no longer in the list (deleted since, or set aside:
 * those come back under a new id). A teardown still in the list is left as it is (it may have a newer
 * note), so a restore never overwrites or duplicates anything.
 */
export async function restoreBackup(area: Area, key: string, newId: () => string, clock: Clock, check: (raw: unknown) => SavedTeardown | null): Promise<{ count: number; added: number; skipped: number; unreadable: number }> {
  const backups = await readBackups(area);
  if (!backups.some((b) => b.key === key)) throw new StoreError('That backup no longer exists.');
  const raw = (await area.get(key))[key] as { items?: unknown } | undefined;
  const list = Array.isArray(raw?.items) ? raw.items : [];
  const good = list.map(check).filter((x): x is SavedTeardown => x !== null);
  const present = new Set((await readStore(area)).items.map((t) => t.id));
  const missing = good.filter((t) => !present.has(t.id));
  const r = await addItems(area, missing, newId, clock);
  return { ...r, skipped: r.skipped + good.length - missing.length, unreadable: list.length - good.length };
}

export async function writeSettings(area: Area, settings: Settings): Promise<void> {
  const raw = (await area.get(KEYS.settings))[KEYS.settings];
  const v = versionOf(raw);
  if (v !== null && v > 1) throw new StoreError(SETTINGS_NEWER_MESSAGE);
  await guarded(() => area.set({ [KEYS.settings]: { v: 1, data: SettingsSchema.parse(settings) } }));
}

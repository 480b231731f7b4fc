/**
 * Backups: dated copies of the list, the newest MAX_BACKUPS kept (local:backups lists them). Taken once
 * a day before the first change and before a storage-format move; restored from the comparison page.
 */
import type { SavedTeardown } from '../core/model.ts';
import { StoreError, guarded } from './errors.ts';
import { KEYS, STORE_VERSION, backupKey, readBackups, readStore, type Area, type BackupInfo, type SetAside } from './store.ts';

export const MAX_BACKUPS = 3;

/**
 * What a routine backup keeps of a stored item: everything but the page snapshot (the page text is
 * most of an item's size; the teardown, note, competitor and date are kept). Three full copies would
 * otherwise use three times the list's share of the 10 MB quota.
 */
const withoutSnapshot = (x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || !('snapshot' in x)) return x;
  const { snapshot: _dropped, ...rest } = x as Record<string, unknown>;
  return rest;
};
const current = (view: { items: SavedTeardown[]; setAside: SetAside[] }) => [...view.items, ...view.setAside.map((s) => s.raw)].map(withoutSnapshot);

/** Stores a dated copy of raw items; keeps the newest MAX_BACKUPS. */
export async function takeBackup(area: Area, items: unknown[], reason: string, now: () => string): Promise<BackupInfo> {
  const at = now();
  const old = await readBackups(area);
  let key = backupKey(at);
  for (let n = 2; old.some((b) => b.key === key); n++) key = backupKey(`${at}-${n}`);
  const info: BackupInfo = { key, at, reason, count: items.length };
  const keep = [info, ...old].slice(0, MAX_BACKUPS);
  await guarded(() => area.set({ [info.key]: { v: STORE_VERSION, at, reason, items } }));
  await area.set({ [KEYS.backups]: { v: STORE_VERSION, list: keep } });
  const drop = old.filter((b) => !keep.some((k) => k.key === b.key)).map((b) => b.key);
  if (drop.length) await area.remove(drop);
  return info;
}

/** Once a day, before the first change: a dated copy of the whole list (raw, set-aside items included). */
export async function dailyBackup(area: Area, now: () => string): Promise<void> {
  const today = now().slice(0, 10);
  const latest = (await readBackups(area))[0];
  if (latest && latest.at.slice(0, 10) === today) return;
  const view = await readStore(area);
  if (view.items.length + view.setAside.length === 0) return;
  try {
    await takeBackup(area, current(view), 'daily, before the first change of the day', now);
  } catch (e) {
    // A full storage must not block the user's own change; the change itself reports a full storage.
    if (!(e instanceof StoreError)) throw e;
  }
}

/** Deletes one backup. */
export async function deleteBackup(area: Area, key: string): Promise<void> {
  const list = await readBackups(area);
  if (!list.some((b) => b.key === key)) throw new StoreError('That backup no longer exists.');
  await area.set({ [KEYS.backups]: { v: STORE_VERSION, list: list.filter((b) => b.key !== key) } });
  await area.remove(key);
}

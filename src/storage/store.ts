/**
 * Versioned, validated storage, read side (any extension page may read; only the background writes,
 * see writer.ts). Layout (version 2), so a save writes O(1) data:
 *
 *   local:teardown-index   { v: 2, entries: [{ id, competitor, savedAt }] }    small, one row per teardown
 *   local:teardown:<id>    { v: 2, data: SavedTeardown }                        one key per teardown
 *   local:backups          { v: 2, list: [{ key, at, reason, count }] }         the last 3 backups
 *   local:backup:<at>      { v: 2, at, reason, items: unknown[] }               one dated copy of the list
 *   local:settings         { v: 1, data: Settings }
 *
 * Older layouts: v0 stored a bare array under local:teardowns, v1 wrapped it as { v: 1, data }. They are
 * read here as they are (migrated in memory) and rewritten into the v2 layout by the background.
 * Every item is validated on its own: a bad one is set aside (listed, never dropped), the rest show.
 * Data written by a newer version is shown where readable and never overwritten.
 */
import { z } from 'zod';
import { renameVocabulary } from '../core/list/renames.ts';
import { SavedTeardownSchema, SettingsSchema, type SavedTeardown, type Settings } from '../core/model.ts';

/** What the pages get: reading only (the background is the single writer). */
export interface ReadArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
}
/** The background's storage area. */
export interface Area extends ReadArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const STORE_VERSION = 2;
export const KEYS = {
  legacy: 'local:teardowns', index: 'local:teardown-index', backups: 'local:backups', settings: 'local:settings',
} as const;
export const ITEM_PREFIX = 'local:teardown:';
export const itemKey = (id: string) => `${ITEM_PREFIX}${id}`;
export const backupKey = (at: string) => `local:backup:${at}`;

export const IndexEntrySchema = z.object({ id: z.string().min(1).max(100), competitor: z.string().max(200), savedAt: z.string().max(40) });
export type IndexEntry = z.infer<typeof IndexEntrySchema>;
export const IndexSchema = z.object({ v: z.literal(STORE_VERSION), entries: z.array(IndexEntrySchema).max(100_000) });
export const BackupInfoSchema = z.object({ key: z.string().max(200), at: z.string().max(40), reason: z.string().max(200), count: z.number().int().nonnegative() });
export type BackupInfo = z.infer<typeof BackupInfoSchema>;
export const BackupsSchema = z.object({ v: z.literal(STORE_VERSION), list: z.array(BackupInfoSchema).max(10) });
const ItemRecordSchema = z.object({ v: z.literal(STORE_VERSION), data: SavedTeardownSchema });
const SettingsV1 = z.object({ v: z.literal(1), data: SettingsSchema });
export const DEFAULT_SETTINGS: Settings = { ownProduct: { name: '', productType: null, metric: null } };

/** A stored value that is not shown in the list: kept as it is, listed with "export raw" and "delete". */
export interface SetAside { id: string; key: string; raw: unknown; reason: string; newer: boolean }

export interface StoreView {
  items: SavedTeardown[];
  setAside: SetAside[];
  /** Set when the store (or part of it) was written by a newer version: nothing may be written. */
  readOnly: string | null;
  /** Set when the store could not be read as a whole (e.g. the index is unreadable). */
  error: string | null;
  /** The old single-list layout is still in place (the background migrates it on its next write). */
  legacy: boolean;
}

/** The version number a stored value declares, if any. */
export const versionOf = (raw: unknown): number | null =>
  (typeof raw === 'object' && raw !== null && typeof (raw as { v?: unknown }).v === 'number' ? (raw as { v: number }).v : null);

export const SETTINGS_NEWER_MESSAGE = 'Your settings were saved by a newer version of Value Metric Lens; they are kept unchanged.';
export const NEWER_MESSAGE = 'Your list was saved by a newer version of Value Metric Lens. This version shows it read-only and will not change it: update the extension to edit it.';

const describe = (e: z.ZodError) => { const i = e.issues[0]; return `${i?.path.join('.') || 'top level'}: ${i?.message ?? 'invalid'}`; };

/**
 * Validates one item from any version: renames old vocabulary, checks it against the current schema.
 * @example checkItem({ v: 1, ... }).ok
 */
export function checkItem(raw: unknown): { ok: true; item: SavedTeardown } | { ok: false; reason: string } {
  const parsed = SavedTeardownSchema.safeParse(renameVocabulary(raw));
  return parsed.success ? { ok: true, item: parsed.data } : { ok: false, reason: describe(parsed.error) };
}

/** Reads the v0/v1 single list: each entry on its own. */
export function readLegacy(raw: unknown): StoreView {
  const v = Array.isArray(raw) ? 0 : versionOf(raw);
  const view: StoreView = { items: [], setAside: [], readOnly: null, error: null, legacy: true };
  if (v !== null && v > 1) return { ...view, readOnly: NEWER_MESSAGE };
  const list = Array.isArray(raw) ? raw : (raw as { data?: unknown } | null)?.data;
  if (!Array.isArray(list)) return { ...view, error: `Stored ${KEYS.legacy} is unreadable (it holds no list). It is kept unchanged.` };
  list.forEach((entry, i) => {
    const r = checkItem(entry);
    const rawId = (entry as { id?: unknown } | null)?.id;
    if (r.ok) view.items.push(r.item);
    else view.setAside.push({ id: typeof rawId === 'string' && rawId ? rawId.slice(0, 100) : `entry-${i + 1}`, key: KEYS.legacy, raw: entry, reason: r.reason, newer: false });
  });
  return view;
}

/** Reads one item record (v2) found at its key. */
export function readRecord(id: string, raw: unknown): { item: SavedTeardown } | { setAside: SetAside } {
  const key = itemKey(id);
  const v = versionOf(raw);
  if (v !== null && v > STORE_VERSION) return { setAside: { id, key, raw, newer: true, reason: `saved by a newer version (format ${v})` } };
  const rec = ItemRecordSchema.safeParse(
    v === STORE_VERSION && typeof raw === 'object' ? { ...(raw as object), data: renameVocabulary((raw as { data: unknown }).data) } : raw);
  if (!rec.success) return { setAside: { id, key, raw, newer: false, reason: describe(rec.error) } };
  if (rec.data.data.id !== id) return { setAside: { id, key, raw, newer: false, reason: `its id (${rec.data.data.id}) does not match its key` } };
  return { item: rec.data.data };
}

/**
 * The index, or why it cannot be used (null when absent). A newer version's index is `newer` whatever
 * its shape (its entries are read when they still look like ours), so it is never rebuilt or rewritten.
 */
export function parseIndex(raw: unknown): { entries: IndexEntry[] | null; newer: boolean } | { error: string } | null {
  if (raw === undefined) return null;
  const v = versionOf(raw);
  if (v !== null && v > STORE_VERSION) {
    const parsed = IndexSchema.safeParse({ ...(raw as object), v: STORE_VERSION });
    return { entries: parsed.success ? parsed.data.entries : null, newer: true };
  }
  const parsed = IndexSchema.safeParse(raw);
  if (!parsed.success) return { error: `The list index is unreadable (${describe(parsed.error)}).` };
  return { entries: parsed.data.entries, newer: false };
}

/** Every item key present in the area (used when the index is unreadable: nothing is hidden). */
async function scanIds(area: ReadArea): Promise<string[]> {
  return Object.keys(await area.get(null)).filter((k) => k.startsWith(ITEM_PREFIX)).map((k) => k.slice(ITEM_PREFIX.length));
}

/**
 * The whole list as the pages show it. Never writes.
 * @example (await readStore(area)).items.length
 */
export async function readStore(area: ReadArea): Promise<StoreView> {
  const head = await area.get([KEYS.index, KEYS.legacy]);
  const index = parseIndex(head[KEYS.index]);
  if (index === null) return head[KEYS.legacy] === undefined ? { items: [], setAside: [], readOnly: null, error: null, legacy: false } : readLegacy(head[KEYS.legacy]);
  let ids: string[];
  let error: string | null = null;
  let readOnly: string | null = null;
  if ('error' in index) { ids = await scanIds(area); error = `${index.error} The teardowns were found by scanning storage; the index is rebuilt on the next change.`; }
  else { ids = index.entries ? index.entries.map((e) => e.id) : await scanIds(area); if (index.newer) readOnly = NEWER_MESSAGE; }
  const records = ids.length ? await area.get(ids.map(itemKey)) : {};
  const view: StoreView = { items: [], setAside: [], readOnly, error, legacy: false };
  for (const id of ids) {
    const raw = records[itemKey(id)];
    if (raw === undefined) continue; // listed but gone (a delete cut off half-way): nothing to show
    const r = readRecord(id, raw);
    if ('item' in r) view.items.push(r.item); else view.setAside.push(r.setAside);
  }
  if (!view.readOnly && view.setAside.some((s) => s.newer)) view.readOnly = NEWER_MESSAGE;
  return view;
}

/** The saved teardowns (valid ones) and a message when something is set aside or read-only. */
export async function readTeardowns(area: ReadArea): Promise<{ data: SavedTeardown[]; error: string | null }> {
  const v = await readStore(area);
  const aside = v.setAside.length ? `${v.setAside.length} stored ${v.setAside.length === 1 ? 'teardown is' : 'teardowns are'} unreadable and set aside (see Recovery below).` : null;
  return { data: v.items, error: [v.error, v.readOnly, aside].filter(Boolean).join(' ') || null };
}

/** The backups, newest first. */
export async function readBackups(area: ReadArea): Promise<BackupInfo[]> {
  const parsed = BackupsSchema.safeParse((await area.get(KEYS.backups))[KEYS.backups]);
  return parsed.success ? [...parsed.data.list].sort((a, b) => b.at.localeCompare(a.at)) : [];
}

export interface Read<T> { data: T; error: string | null }

export async function readSettings(area: ReadArea): Promise<Read<Settings>> {
  const raw = (await area.get(KEYS.settings))[KEYS.settings];
  if (raw === undefined) return { data: DEFAULT_SETTINGS, error: null };
  const v = versionOf(raw);
  if (v !== null && v > 1) return { data: DEFAULT_SETTINGS, error: SETTINGS_NEWER_MESSAGE };
  const parsed = SettingsV1.safeParse(raw);
  if (parsed.success) return { data: parsed.data.data, error: null };
  return { data: DEFAULT_SETTINGS, error: `Stored settings are unreadable (${describe(parsed.error)}). They are kept until you save new ones.` };
}

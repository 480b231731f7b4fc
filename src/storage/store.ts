/**
 * Versioned, validated storage. Values are stored as { v, data }; older shapes are migrated on read.
 * A value that fails validation is reported, never overwritten silently: before the next write it is
 * copied to a backup key, so nothing the user had is lost. Takes a minimal storage area, so it runs
 * in Node tests with an in-memory fake.
 */
import { z } from 'zod';
import { SavedTeardownSchema, SettingsSchema, type SavedTeardown, type Settings } from '../core/model.ts';

export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const KEYS = { teardowns: 'local:teardowns', settings: 'local:settings' } as const;
export const backupKey = (key: string) => `${key}:corrupt-backup`;
const VERSION = 1;

/** v0 (before versioning) stored a bare array of teardowns; v1 wraps it. */
export function migrateTeardowns(raw: unknown): unknown {
  if (Array.isArray(raw)) return { v: 1, data: raw };
  return raw;
}

const TeardownsV1 = z.object({ v: z.literal(VERSION), data: z.array(SavedTeardownSchema) });
const SettingsV1 = z.object({ v: z.literal(VERSION), data: SettingsSchema });
export const DEFAULT_SETTINGS: Settings = { ownProduct: { name: '', productType: null, metric: null } };

export interface Read<T> { data: T; error: string | null }

async function read<T>(area: Area, key: string, schema: z.ZodType<{ v: number; data: T }>, fallback: T, migrate: (x: unknown) => unknown = (x) => x): Promise<Read<T>> {
  const raw = (await area.get(key))[key];
  if (raw === undefined) return { data: fallback, error: null };
  const parsed = schema.safeParse(migrate(raw));
  if (parsed.success) return { data: parsed.data.data, error: null };
  const issue = parsed.error.issues[0];
  return { data: fallback, error: `Stored ${key} is unreadable (${issue?.path.join('.') || 'top level'}: ${issue?.message}). It was kept unchanged and will be backed up before the next save.` };
}

async function write(area: Area, key: string, data: unknown, current: Read<unknown>): Promise<void> {
  if (current.error) {
    const raw = (await area.get(key))[key];
    await area.set({ [backupKey(key)]: raw });
  }
  await area.set({ [key]: { v: VERSION, data } });
}

export const readTeardowns = (area: Area) => read<SavedTeardown[]>(area, KEYS.teardowns, TeardownsV1, [], migrateTeardowns);
export const readSettings = (area: Area) => read<Settings>(area, KEYS.settings, SettingsV1, DEFAULT_SETTINGS);

/** Applies a change to the teardown list and writes it back (backing up a corrupt value first). */
export async function updateTeardowns(area: Area, change: (list: SavedTeardown[]) => SavedTeardown[]): Promise<SavedTeardown[]> {
  const current = await readTeardowns(area);
  const next = change(current.data);
  await write(area, KEYS.teardowns, next, current);
  return next;
}

export async function writeSettings(area: Area, settings: Settings): Promise<void> {
  await write(area, KEYS.settings, SettingsSchema.parse(settings), await readSettings(area));
}

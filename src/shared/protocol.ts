/**
 * The typed protocol between extension pages and the background (the single writer of storage).
 * Every request is validated with zod on arrival; every reply is { ok: true, ... } or { ok: false, error }.
 * No browser API here, so the background's handler is tested in Node.
 */
import { z } from 'zod';
import { SavedTeardownSchema, SettingsSchema } from '../core/model.ts';

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saveTeardown'), item: SavedTeardownSchema }),
  z.object({ type: z.literal('deleteTeardown'), id: z.string() }),
  z.object({ type: z.literal('updateNote'), id: z.string(), note: z.string().max(10_000) }),
  z.object({ type: z.literal('importTeardowns'), teardowns: z.array(SavedTeardownSchema) }),
  z.object({ type: z.literal('saveSettings'), settings: SettingsSchema }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), count: z.number().optional(), added: z.number().optional(), skipped: z.number().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;


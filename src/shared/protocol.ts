/**
 * The typed protocol between extension pages and the background (the single writer of storage).
 * Every request is validated with zod on arrival; every reply is { ok: true, ... } or { ok: false, error }.
 * No browser API here, so the background's handler is tested in Node.
 *
 * A save carries the page snapshot only (plus the user's product-type override): the background
 * recomputes the teardown itself and never stores verdicts it was sent.
 * @example { type: 'saveTeardown', snapshot, productTypeOverride: 'collaboration' }
 */
import { z } from 'zod';
import { MAX_IMPORT_ITEMS } from '../core/list/export.ts';
import { PageSnapshotSchema, ProductTypeIdSchema, SettingsSchema } from '../core/model.ts';

export { MAX_IMPORT_ITEMS };
export const MAX_NOTE_CHARS = 10_000;

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saveTeardown'), snapshot: PageSnapshotSchema, productTypeOverride: ProductTypeIdSchema.nullable().optional() }),
  z.object({ type: z.literal('deleteTeardown'), id: z.string().max(100) }),
  z.object({ type: z.literal('updateNote'), id: z.string().max(100), note: z.string().max(MAX_NOTE_CHARS, `A note is at most ${MAX_NOTE_CHARS.toLocaleString('en')} characters`) }),
  // Items are checked one by one in the background (a bad one is refused, the rest are taken).
  z.object({ type: z.literal('importTeardowns'), teardowns: z.array(z.unknown()).max(MAX_IMPORT_ITEMS, `An import takes at most ${MAX_IMPORT_ITEMS.toLocaleString('en')} teardowns`) }),
  z.object({ type: z.literal('saveSettings'), settings: SettingsSchema }),
  z.object({ type: z.literal('prepareStorage') }),
  z.object({ type: z.literal('restoreBackup'), key: z.string().max(200) }),
  z.object({ type: z.literal('deleteBackup'), key: z.string().max(200) }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const ReplySchema = z.union([
  z.object({
    ok: z.literal(true), count: z.number().optional(), added: z.number().optional(), skipped: z.number().optional(),
    refused: z.number().optional(), updated: z.boolean().optional(), id: z.string().optional(),
    /** Something the user should know about a change that succeeded (capped fields, refused items). */
    notice: z.string().optional(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

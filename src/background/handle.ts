/** The background's request handler, separated from the browser wiring so it is tested in Node. */
import { mergeImport } from '../core/list/export.ts';
import { RequestSchema, type Reply } from '../shared/protocol.ts';
import { type Area, updateTeardowns, writeSettings } from '../storage/store.ts';

/** Handles one (untrusted) request: validates it, applies it to storage, replies. Never throws. */
export async function handleRequest(area: Area, raw: unknown, newId: () => string): Promise<Reply> {
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `Invalid request: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
  const req = parsed.data;
  try {
    switch (req.type) {
      case 'saveTeardown': {
        const list = await updateTeardowns(area, (l) => [...l.filter((x) => x.id !== req.item.id), req.item]);
        return { ok: true, count: list.length };
      }
      case 'deleteTeardown': {
        const list = await updateTeardowns(area, (l) => l.filter((x) => x.id !== req.id));
        return { ok: true, count: list.length };
      }
      case 'updateNote': {
        const list = await updateTeardowns(area, (l) => l.map((x) => (x.id === req.id ? { ...x, note: req.note } : x)));
        return { ok: true, count: list.length };
      }
      case 'importTeardowns': {
        let added = 0; let skipped = 0;
        const list = await updateTeardowns(area, (l) => {
          const r = mergeImport(l, req.teardowns, () => newId());
          added = r.added; skipped = r.skipped;
          return r.items;
        });
        return { ok: true, count: list.length, added, skipped };
      }
      case 'saveSettings':
        await writeSettings(area, req.settings);
        return { ok: true };
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

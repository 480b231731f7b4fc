/** The background's request handler, separated from the browser wiring so it is tested in Node. */
import { analyze } from '../core/analyze.ts';
import { capTeardown } from '../core/list/caps.ts';
import { competitorKey, unchangedEntry } from '../core/list/compare.ts';
import type { SavedTeardown } from '../core/model.ts';
import { plural } from '../core/vocabulary.ts';
import { RequestSchema, type Reply, type Request } from '../shared/protocol.ts';
import { createQueue } from '../storage/queue.ts';
import { checkItem, type Area } from '../storage/store.ts';
import {
  StoreError, addItems, competitorItems, deleteBackup, ensureMigrated, putItem, removeItems, restoreBackup, setNote, writeSettings,
} from '../storage/writer.ts';

export interface Deps { newId(): string; now(): string }

/**
 * A handler for untrusted requests with its own write queue: every request that changes storage runs
 * after the previous one has finished. Never throws; errors come back as { ok: false, error }.
 */
export function createHandler(area: Area, deps: Deps): (raw: unknown) => Promise<Reply> {
  const queue = createQueue();
  return async (raw) => {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return { ok: false, error: `Invalid request${i?.path.length ? ` at ${i.path.join('.')}` : ''}: ${i?.message ?? 'unknown'}` };
    }
    try {
      return await queue.run(() => apply(area, parsed.data, deps));
    } catch (e) {
      if (e instanceof StoreError) return { ok: false, error: e.message };
      return { ok: false, error: `Storage error: ${(e as Error).message}. Nothing was changed.` };
    }
  };
}

async function save(area: Area, req: Extract<Request, { type: 'saveTeardown' }>, deps: Deps): Promise<Reply> {
  // Recomputed here from the snapshot: verdicts a page (or a tampered popup) sends are never stored.
  const { teardown, capped } = capTeardown(analyze(req.snapshot, { productTypeOverride: req.productTypeOverride ?? null }));
  const item: SavedTeardown = {
    id: deps.newId(), competitor: competitorKey(req.snapshot.url, req.snapshot.title), savedAt: deps.now(), note: '', snapshot: req.snapshot, teardown,
  };
  const same = unchangedEntry(await competitorItems(area, item.competitor, deps), item);
  const notice = capped.length ? `This page was unusually large; stored with caps: ${capped.join(', ')}.` : undefined;
  if (same) {
    // An unchanged page: the latest entry is brought up to date instead of adding a history entry.
    const count = await putItem(area, { ...same, savedAt: item.savedAt, snapshot: item.snapshot }, deps);
    return { ok: true, count, updated: true, id: same.id, ...(notice && { notice }) };
  }
  const count = await putItem(area, item, deps);
  return { ok: true, count, updated: false, id: item.id, ...(notice && { notice }) };
}

async function apply(area: Area, req: Request, deps: Deps): Promise<Reply> {
  switch (req.type) {
    case 'saveTeardown': return save(area, req, deps);
    case 'deleteTeardown': return { ok: true, count: await removeItems(area, [req.id], deps) };
    case 'updateNote': return { ok: true, count: await setNote(area, req.id, req.note, deps) };
    case 'importTeardowns': {
      const good: SavedTeardown[] = [];
      const reasons: string[] = [];
      req.teardowns.forEach((t, i) => {
        const r = checkItem(t);
        if (r.ok) good.push(r.item); else reasons.push(`#${i + 1} (${r.reason})`);
      });
      const r = await addItems(area, good, deps.newId, deps);
      const notice = reasons.length
        ? `${plural(reasons.length, 'teardown was', 'teardowns were')} refused: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; …' : ''}.`
        : undefined;
      return { ok: true, ...r, refused: reasons.length, ...(notice && { notice }) };
    }
    case 'saveSettings': await writeSettings(area, req.settings); return { ok: true };
    case 'prepareStorage': await ensureMigrated(area, deps.now); return { ok: true };
    case 'restoreBackup': {
      const r = await restoreBackup(area, req.key, deps.newId, deps, (x) => { const c = checkItem(x); return c.ok ? c.item : null; });
      return { ok: true, count: r.count, added: r.added, skipped: r.skipped, refused: r.unreadable };
    }
    case 'deleteBackup': await deleteBackup(area, req.key); return { ok: true };
  }
}

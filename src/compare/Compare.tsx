/** The comparison list page: a tracking list of competitors, "What would it cost?", exports and import. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { latestPerCompetitor, ownSummary, sortTeardowns } from '../core/list/compare.ts';
import type { SavedTeardown, Settings } from '../core/model.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messages.ts';
import { readBackups, readSettings, readStore, type BackupInfo, type StoreView } from '../storage/store.ts';
import { CostPanel } from './Cost.tsx';
import { Exports } from './Exports.tsx';
import { flushNotes, pendingDrafts, recoverDrafts } from './notes.ts';
import { Recovery } from './Recovery.tsx';
import { Table, type Sort } from './Table.tsx';

interface Toast { message: string; undo?: () => Promise<void> }

export function Compare() {
  const [items, setItems] = useState<SavedTeardown[] | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<StoreView | null>(null);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [sort, setSort] = useState<Sort>({ key: 'competitor', dir: 'asc' });
  const [openHistory, setOpenHistory] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<Toast | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  async function load() {
    const area = browser.storage.local;
    const v = await readStore(area);
    setView(v); setItems(v.items); setError(v.error);
    setBackups(await readBackups(area));
    setSettings((await readSettings(area)).data);
    return v.items;
  }
  useEffect(() => {
    // The background moves data saved by an older version to the current layout (a no-op otherwise);
    // the list is shown either way, read as it is.
    send({ type: 'prepareStorage' }).catch((e: Error) => console.warn('Value Metric Lens:', e.message)).then(load).then(async (list) => { if (await recoverDrafts(new Map(list.map((x) => [x.id, x.note])))) await load(); })
      .catch((e: Error) => setError(e.message));
    addEventListener('pagehide', flushNotes);
    return () => removeEventListener('pagehide', flushNotes);
  }, []);

  function show(t: Toast) {
    setToast(t);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setToast(null), 15_000);
  }

  async function remove(entries: SavedTeardown[], what: string) {
    try {
      for (const e of entries) await send({ type: 'deleteTeardown', id: e.id });
      await load();
      show({ message: `Deleted ${what}.`, undo: async () => { await send({ type: 'importTeardowns', teardowns: entries }); await load(); show({ message: `Restored ${what}.` }); } });
    } catch (e) { setError(`Not deleted: ${(e as Error).message}`); await load(); }
  }

  const list = items ?? [];
  const rows = sortTeardowns(latestPerCompetitor(list), sort.key, sort.dir);
  const summary = settings ? ownSummary(settings.ownProduct, list) : null;
  const drafts = pendingDrafts();
  return (
    <main class="page">
      <header>
        <h1>Comparison list</h1>
        <span class="muted">{rows.length} competitors · {list.length} teardowns</span>
        <span class="spacer" />
        <button type="button" class="link" data-testid="open-options" onClick={() => browser.runtime.openOptionsPage()}>Options: your product</button>
      </header>
      {error && <p class="error" role="alert" data-testid="storage-error">{error}</p>}
      {view && <Recovery setAside={view.setAside} backups={backups} readOnly={view.readOnly} onChanged={load} />}
      {summary && <p class="notice" data-testid="own-summary">{summary}</p>}
      <Exports items={list} onImported={load} />
      {items === null ? <p class="muted" role="status">Loading your list…</p>
        : rows.length === 0 ? <p class="card" data-testid="empty-list">No saved teardowns yet: open a pricing page, click the toolbar icon (or right-click: “Tear down this pricing page”), then Save.</p>
        : <Table rows={rows} sort={sort} onSort={setSort} drafts={drafts} openHistory={openHistory}
            onToggleHistory={(c) => { const s = new Set(openHistory); if (s.has(c)) s.delete(c); else s.add(c); setOpenHistory(s); }}
            onDelete={remove} onPricing2Yaml={(item) => document.dispatchEvent(new CustomEvent('vml-pricing2yaml', { detail: item }))} />}
      {rows.length > 0 && <CostPanel items={list} />}
      <div role="status" aria-live="polite">
        {toast && (
          <div class="toast" data-testid="toast">
            <span>{toast.message}</span>
            {toast.undo && <button type="button" data-testid="undo" onClick={() => { const u = toast.undo!; setToast(null); u().catch((e: Error) => setError(`Undo failed: ${e.message}`)); }}>Undo</button>}
          </div>)}
      </div>
    </main>
  );
}

/** The comparison list: saved teardowns side by side, sortable, notes, history, export and import. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { latestPerCompetitor, minPaidPrice, ownSummary, sortTeardowns, type SortKey } from '../core/list/compare.ts';
import { parseImport, toCsv, toJsonExport, toMarkdown } from '../core/list/export.ts';
import type { SavedTeardown, Settings } from '../core/model.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messages.ts';
import { readSettings, readTeardowns } from '../storage/store.ts';
import { download } from '../ui/download.ts';

const COLS: Array<[SortKey, string]> = [['competitor', 'Competitor'], ['metric', 'Metric'], ['productType', 'Product type'],
  ['alignment', 'Alignment'], ['minPrice', 'Cheapest paid'], ['savedAt', 'Saved']];

function Compare() {
  const [items, setItems] = useState<SavedTeardown[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'competitor', dir: 'asc' });
  const [open, setOpen] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState('');

  async function load() {
    const r = await readTeardowns(browser.storage.local);
    setItems(r.data); setError(r.error);
    setSettings((await readSettings(browser.storage.local)).data);
  }
  useEffect(() => { load().catch((e: Error) => setError(e.message)); }, []);

  const act = (p: Promise<unknown>) => p.then(load).catch((e: Error) => setError(e.message));
  const rows = sortTeardowns(latestPerCompetitor(items), sort.key, sort.dir);
  const summary = settings ? ownSummary(settings.ownProduct, items) : null;
  const stamp = () => new Date().toISOString().slice(0, 10);

  async function onImport(file: File | undefined) {
    if (!file) return;
    const parsed = parseImport(await file.text());
    if (!parsed.ok) { setImportStatus(parsed.error); return; }
    try {
      const r = await send({ type: 'importTeardowns', teardowns: parsed.teardowns });
      setImportStatus(`Imported ${r.added} teardown(s); ${r.skipped} already present.`);
      await load();
    } catch (e) { setImportStatus(`Import failed: ${(e as Error).message}. Nothing was changed.`); }
  }

  return (
    <main>
      <h1>Value Metric Lens · comparison list</h1>
      {error && <p class="error" data-testid="storage-error">{error}</p>}
      {summary && <p data-testid="own-summary">{summary}</p>}
      <p>
        <button data-testid="export-csv" onClick={() => download(`value-metric-lens-${stamp()}.csv`, 'text/csv', toCsv(items))}>Export CSV</button>{' '}
        <button data-testid="export-json" onClick={() => download(`value-metric-lens-${stamp()}.json`, 'application/json', toJsonExport(items, new Date().toISOString()))}>Export JSON</button>{' '}
        <button data-testid="export-md" onClick={() => download(`value-metric-lens-${stamp()}.md`, 'text/markdown', toMarkdown(items))}>Export Markdown</button>{' '}
        <label>Import JSON <input type="file" accept="application/json,.json" data-testid="import-input" onChange={(e) => onImport((e.target as HTMLInputElement).files?.[0])} /></label>{' '}
        <span data-testid="import-status">{importStatus}</span>
      </p>
      {rows.length === 0 ? <p class="muted">No saved teardowns yet: open a pricing page, click the toolbar icon, then Save.</p> : (
        <table>
          <thead><tr>{COLS.map(([k, label]) => (
            <th><button onClick={() => setSort({ key: k, dir: sort.key === k && sort.dir === 'asc' ? 'desc' : 'asc' })}>{label}{sort.key === k ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</button></th>))}
            <th>Criteria (value / predictable / growth)</th><th>Note</th><th></th></tr></thead>
          <tbody>{rows.map(({ item, history, repriced }) => {
            const t = item.teardown;
            const min = minPaidPrice(item);
            return [
              <tr data-testid="teardown-row" data-competitor={item.competitor} data-metric={t.valueMetric.primary ?? 'none'}>
                <td><b>{item.competitor}</b><div class="muted">{t.title}</div></td>
                <td>{metricLabel(t.valueMetric.primary)}{repriced && <span class="pill misaligned" data-testid="repricing-flag" title="The value metric changed between teardowns"> metric changed</span>}
                  {t.valueMetric.secondary.length > 0 && <div class="muted">also {t.valueMetric.secondary.join(', ')}</div>}</td>
                <td>{productTypeLabel(t.productType.id)}</td>
                <td><span class={`pill ${t.alignment.verdict}`}>{t.alignment.verdict} {t.alignment.score}</span></td>
                <td>{Number.isFinite(min) ? min : '-'}</td>
                <td>{item.savedAt.slice(0, 10)}{history.length > 1 && <div><button data-testid="history-toggle" onClick={() => setOpen(open === item.competitor ? null : item.competitor)}>history ({history.length})</button></div>}</td>
                <td>{t.criteria.scalesWithValue.score} / {t.criteria.predictable.score} / {t.criteria.growsWithSuccess.score}</td>
                <td><textarea data-testid="note-input" rows={2} value={item.note} onChange={(e) => act(send({ type: 'updateNote', id: item.id, note: (e.target as HTMLTextAreaElement).value }))} /></td>
                <td><button data-testid="delete-button" onClick={() => { if (confirm(`Delete the teardown of ${item.competitor}?`)) act(send({ type: 'deleteTeardown', id: item.id })); }}>Delete</button></td>
              </tr>,
              open === item.competitor && (
                <tr><td colSpan={9}><table><tbody>{history.map((h) => (
                  <tr><td>{h.item.savedAt.replace('T', ' ').slice(0, 16)}</td><td>{metricLabel(h.item.teardown.valueMetric.primary)}</td>
                    <td>{h.repriced && <span class="pill misaligned">changed from {metricLabel(h.previousMetric)}: were existing customers grandfathered?</span>}</td></tr>))}</tbody></table></td></tr>),
            ];
          })}</tbody>
        </table>)}
    </main>
  );
}

render(<Compare />, document.getElementById('app')!);

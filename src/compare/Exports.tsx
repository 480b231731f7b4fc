/** Exports in words (CSV, Markdown), the JSON backup, Pricing2Yaml per competitor, and import with its result on the page. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { latestPerCompetitor } from '../core/list/compare.ts';
import { parseImport, toJsonExport } from '../core/list/export.ts';
import { toPricing2Yaml } from '../core/list/pricing2yaml.ts';
import { toCsvReport, toJsonReport, toMarkdownReport } from '../core/list/report.ts';
import type { SavedTeardown } from '../core/model.ts';
import { plural } from '../core/vocabulary.ts';
import { send } from '../shared/messages.ts';
import { download } from '../ui/download.ts';

const stamp = () => new Date().toISOString().slice(0, 10);

export function Exports({ items, onImported }: { items: SavedTeardown[]; onImported(): Promise<unknown> }) {
  const [history, setHistory] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const competitors = latestPerCompetitor(items).length;

  const write = (name: string, type: string, text: string, what: string) => {
    download(name, type, text);
    setStatus({ text: `Wrote ${name}: ${what}.`, error: false });
  };
  const rowsWhat = () => `${plural(competitors, 'competitor', 'competitors')}, ${history ? `with history (${plural(items.length, 'teardown', 'teardowns')})` : 'latest teardown each'}`;

  useEffect(() => {
    const onP2Y = (e: Event) => {
      const item = (e as CustomEvent<SavedTeardown>).detail;
      const safe = item.competitor.replace(/[^\w.-]+/g, '-');
      write(`${safe}-pricing2yaml-${stamp()}.yml`, 'application/yaml', toPricing2Yaml(item), `Pricing2Yaml of ${item.competitor}'s latest plans (${plural(item.teardown.plans.length, 'plan', 'plans')})`);
    };
    document.addEventListener('vml-pricing2yaml', onP2Y);
    return () => document.removeEventListener('vml-pricing2yaml', onP2Y);
  }, []);

  async function onImport(f: File | undefined) {
    if (!f) return;
    if (file.current) file.current.value = '';
    const parsed = parseImport(await f.text());
    if (!parsed.ok) { setStatus({ text: `Nothing imported from ${f.name}: ${parsed.error}`, error: true }); return; }
    try {
      const r = await send({ type: 'importTeardowns', teardowns: parsed.teardowns });
      const refused = parsed.refused.length
        ? ` ${plural(parsed.refused.length, 'teardown was', 'teardowns were')} refused as invalid (${parsed.refused.slice(0, 2).map((x) => x.reason).join('; ')}${parsed.refused.length > 2 ? '; …' : ''}).`
        : '';
      setStatus({ text: `Imported ${plural(r.added ?? 0, 'teardown', 'teardowns')} from ${f.name}; ${r.skipped ?? 0} already in your list.${refused}${r.notice ? ` ${r.notice}` : ''}`, error: parsed.refused.length > 0 });
      await onImported();
    } catch (e) { setStatus({ text: `Import failed: ${(e as Error).message}. Nothing was changed.`, error: true }); }
  }

  const empty = items.length === 0;
  return (
    <div class="toolbar" role="group" aria-label="Export and import">
      <button type="button" data-testid="export-csv" disabled={empty} onClick={() => write(`value-metric-lens-${stamp()}.csv`, 'text/csv', toCsvReport(items, { history }), rowsWhat())}>Export CSV</button>
      <button type="button" data-testid="export-md" disabled={empty} onClick={() => write(`value-metric-lens-${stamp()}.md`, 'text/markdown', toMarkdownReport(items, { history }), rowsWhat())}>Export Markdown</button>
      <button type="button" data-testid="export-json-report" disabled={empty} onClick={() => write(`value-metric-lens-${stamp()}-report.json`, 'application/json', toJsonReport(items, { history }, new Date().toISOString()), rowsWhat())}>Export JSON</button>
      <button type="button" data-testid="export-json" disabled={empty} onClick={() => write(`value-metric-lens-${stamp()}.json`, 'application/json', toJsonExport(items, new Date().toISOString()), `full backup, ${plural(items.length, 'teardown', 'teardowns')} (re-importable)`)}>Backup (JSON, re-importable)</button>
      <label class="small"><input type="checkbox" checked={history} data-testid="export-history" onChange={(e) => setHistory((e.target as HTMLInputElement).checked)} /> include history</label>
      <span class="spacer" />
      <button type="button" data-testid="import-button" onClick={() => file.current?.click()}>Import JSON…</button>
      <input ref={file} type="file" accept="application/json,.json" hidden data-testid="import-input" aria-label="JSON file to import" onChange={(e) => onImport((e.target as HTMLInputElement).files?.[0])} />
      <p role="status" aria-live="polite" class={status ? (status.error ? 'error' : 'notice') : ''} style="flex-basis: 100%; margin: 0;" data-testid="import-status">{status?.text ?? ''}</p>
    </div>
  );
}

/** The popup: reads the target tab, analyses it, lets the user override the type, highlight evidence, save. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyze } from '../core/analyze.ts';
import { competitorKey, ownSummary } from '../core/list/compare.ts';
import type { PageSnapshot, ProductTypeId, SavedTeardown, Settings } from '../core/model.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messages.ts';
import { extractTab, highlightInTab } from '../shared/page.ts';
import { readSettings, readTeardowns } from '../storage/store.ts';
import { TeardownView } from './Teardown.tsx';

async function targetTab(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [snapshot, setSnapshot] = useState<PageSnapshot | null>(null);
  const [override, setOverride] = useState<ProductTypeId | null>(null);
  const [status, setStatus] = useState('Reading the page…');
  const [saved, setSaved] = useState('');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [others, setOthers] = useState<SavedTeardown[]>([]);

  useEffect(() => {
    (async () => {
      const id = await targetTab();
      setTabId(id);
      const snap = await extractTab(id);
      setSnapshot(snap);
      setStatus(snap.plans.length === 0 && snap.offers.length === 0 ? 'No prices were found on this page: is it the pricing page?' : '');
      const area = browser.storage.local;
      setSettings((await readSettings(area)).data);
      setOthers((await readTeardowns(area)).data);
    })().catch((e: Error) => setStatus(e.message));
  }, []);

  const teardown = useMemo(() => (snapshot ? analyze(snapshot, { productTypeOverride: override }) : null), [snapshot, override]);

  async function save() {
    if (!snapshot || !teardown) return;
    const item: SavedTeardown = {
      id: crypto.randomUUID(), competitor: competitorKey(snapshot.url, snapshot.title), savedAt: new Date().toISOString(),
      note: '', snapshot, teardown,
    };
    try {
      const r = await send({ type: 'saveTeardown', item });
      setSaved(`Saved (${r.count} in your list).`);
    } catch (e) { setSaved(`Not saved: ${(e as Error).message}`); }
  }

  const own = settings && teardown ? ownSummary(settings.ownProduct, [...others, { id: 'current', competitor: competitorKey(teardown.url, teardown.title), savedAt: new Date().toISOString(), note: '', teardown }]) : null;
  return (
    <main>
      <h1>Value Metric Lens</h1>
      {status && <div data-testid="status" class={teardown ? 'muted' : 'error'}>{status}</div>}
      {teardown && tabId !== null && (
        <>
          <div class="muted" title={teardown.url ?? ''}>{teardown.title}</div>
          <TeardownView teardown={teardown} onOverride={setOverride}
            onEvidence={(text) => { highlightInTab(tabId, text).then((found) => setStatus(found ? '' : 'That phrase is not visible on the page any more.')).catch(() => setStatus('Could not highlight on this page.')); }} />
          {own && <p class="muted" data-testid="own-summary">{own}</p>}
          <p>
            <button class="primary" data-testid="save-button" onClick={save}>Save</button>{' '}
            <button data-testid="open-compare" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('src/compare/index.html') })}>Comparison list</button>{' '}
            <span data-testid="save-status">{saved}</span>
          </p>
        </>
      )}
    </main>
  );
}

/** The popup: reads the target tab, analyses it, shows the verdict first, lets the user override the type, highlight evidence, save. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { analyze } from '../core/analyze.ts';
import { warmUpSteps } from '../core/warmup.ts';
import { competitorKey, ownSummary } from '../core/list/compare.ts';
import type { PageSnapshot, ProductTypeId, SavedTeardown, Settings } from '../core/model.ts';
import { metricLabel } from '../core/vocabulary.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messages.ts';
import { extractTab, highlightInTab } from '../shared/page.ts';
import { readSettings, readTeardowns } from '../storage/store.ts';
import { isMetaPhrase } from '../ui/verdict.ts';
import { Criteria, Critique, Evidence, Plans } from './Sections.tsx';
import { VerdictCard } from './Verdict.tsx';

async function targetTab(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

/** Yields to the event loop (a message channel: timers are clamped to 4 ms after a few rounds). */
const nextTask = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
  channel.port2.postMessage(null);
});

const hasPrices = (s: PageSnapshot, plansWithPrices: number) => plansWithPrices > 0 || s.offers.some((o) => o.price !== null);

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [snapshot, setSnapshot] = useState<PageSnapshot | null>(null);
  const [override, setOverride] = useState<ProductTypeId | null>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [others, setOthers] = useState<SavedTeardown[]>([]);

  useEffect(() => {
    (async () => {
      const id = await targetTab();
      setTabId(id);
      const reading = extractTab(id);
      let answered = false;
      const done = () => { answered = true; };
      reading.then(done, done);
      // While the page reads itself, compile the engine's code and patterns on a small built-in page,
      // a step at a time, and stop as soon as the page has answered: the warm-up never delays the
      // teardown, and the teardown runs as warm as the wait allowed.
      for (const step of warmUpSteps()) {
        if (answered) break;
        step();
        await nextTask();
      }
      setSnapshot(await reading);
      const area = browser.storage.local;
      setSettings((await readSettings(area)).data);
      setOthers((await readTeardowns(area)).data);
    })().catch((e: Error) => setError(e.message));
  }, []);

  const inferred = useMemo(() => (snapshot ? analyze(snapshot) : null), [snapshot]);
  const teardown = useMemo(() => (snapshot && override ? analyze(snapshot, { productTypeOverride: override }) : inferred), [snapshot, override, inferred]);
  // An article or a homepage gets the empty state too: its prices are not a plan grid to score.
  const notPricing = teardown?.critiques.find((c) => c.id === 'not-a-pricing-page') ?? null;
  const onRequest = teardown?.critiques.find((c) => c.id === 'prices-on-request') ?? null;
  const priced = snapshot && teardown && !notPricing ? hasPrices(snapshot, teardown.plans.filter((p) => p.prices.length > 0).length) : false;

  async function save() {
    if (!snapshot || !teardown) return;
    setSaved('Saving…');
    try {
      // The background recomputes the teardown from the snapshot; only the user's override travels with it.
      const r = await send({ type: 'saveTeardown', snapshot, productTypeOverride: override });
      const count = r.count !== undefined ? ` (${r.count} teardowns)` : '';
      setSaved(`${r.updated ? 'Saved: unchanged since your last save, so that entry was updated' : 'Saved to your list'}${count}.${r.notice ? ` ${r.notice}` : ''}`);
    } catch (e) { setSaved(`Not saved: ${(e as Error).message}`); }
  }

  const openList = () => browser.tabs.create({ url: browser.runtime.getURL('src/compare/index.html') }).then(() => window.close());
  const own = settings && teardown && priced
    ? ownSummary(settings.ownProduct, [...others, { id: 'current', competitor: competitorKey(teardown.url, teardown.title), savedAt: new Date().toISOString(), note: '', teardown }])
    : null;

  return (
    <main class="popup">
      <header>
        <h1>Value Metric Lens</h1>
        <span class="spacer" />
        <button type="button" class="link" data-testid="open-options" onClick={() => browser.runtime.openOptionsPage()}>Options</button>
      </header>
      {error && <p class="error" role="alert" data-testid="status">{error}</p>}
      {!error && !teardown && (
        <div class="loading" role="status" data-testid="loading">
          Reading the page…<div class="bar" /><div class="bar" style="width: 50%" />
        </div>
      )}
      {teardown && tabId !== null && snapshot && (
        <>
          <div class="muted small wrap" dir="auto" title={teardown.url ?? ''} data-testid="page-title">{teardown.title || teardown.url}</div>
          {priced ? (
            <VerdictCard teardown={teardown} inferredType={inferred?.productType.id ?? null} onOverride={setOverride} />
          ) : (
            <section class="card" data-testid="empty-state">
              <div class="metric" data-testid="metric-primary" data-metric="none">{notPricing ? 'Not a pricing page' : 'No prices on this page'}</div>
              {notPricing ? <p data-testid="status">{notPricing.message}</p> : (
                <>
                  <p data-testid="status">No prices were found on this page, so there is nothing to score.{onRequest ? '' : ' Is this the pricing page? Open it and click the icon again.'}</p>
                  {onRequest && <p data-testid="empty-reason">{onRequest.message}</p>}
                  {teardown.valueMetric.primary && (
                    <p data-testid="empty-hint">Its words suggest it charges <strong>{metricLabel(teardown.valueMetric.primary)}</strong> (low confidence: no price states it).</p>
                  )}
                </>
              )}
            </section>
          )}
          <div class="actions row">
            <button type="button" class="primary" data-testid="save-button" onClick={save}>{priced ? 'Save' : 'Save anyway'}</button>
            <button type="button" data-testid="open-compare" onClick={openList}>Open comparison list</button>
            <span class="small" role="status" aria-live="polite" data-testid="save-status">{saved}</span>
          </div>
          {priced && (
            <>
              {own && <p class="small notice" data-testid="own-summary">{own}</p>}
              <Critique teardown={teardown} />
              <Criteria teardown={teardown} />
              <Plans teardown={teardown} />
              <Evidence teardown={teardown} isMeta={(t) => isMetaPhrase(t, snapshot.title, snapshot.description, snapshot.text)}
                onShow={(text) => highlightInTab(tabId, text)} />
            </>
          )}
        </>
      )}
    </main>
  );
}

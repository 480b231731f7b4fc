/** Options: the user's own product, so every teardown is also read against it. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { METRIC_IDS, PRODUCT_TYPE_IDS, type MetricId, type ProductTypeId, type Settings } from '../core/model.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';
import { browser } from '../shared/browser.ts';
import { send } from '../shared/messages.ts';
import { DEFAULT_SETTINGS, readSettings } from '../storage/store.ts';

function Options() {
  const [s, setS] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');
  useEffect(() => { readSettings(browser.storage.local).then((r) => { setS(r.data); if (r.error) setStatus(r.error); }); }, []);
  const own = s.ownProduct;
  const set = (patch: Partial<Settings['ownProduct']>) => setS({ ownProduct: { ...own, ...patch } });
  return (
    <main class="page" style="max-width: 560px;">
      <header>
        <h1>Your product</h1>
        <span class="spacer" />
        <a href={browser.runtime.getURL('src/compare/index.html')} data-testid="open-compare">Comparison list</a>
      </header>
      <p class="muted">Every teardown is also read against what you charge: “you charge per seat; 4 of 6 saved competitors charge per contact”.</p>
      <form onSubmit={(e) => { e.preventDefault(); send({ type: 'saveSettings', settings: s }).then(() => setStatus('Saved.'), (err: Error) => setStatus(`Not saved: ${err.message}`)); }}>
        <p><label>Name <input value={own.name} data-testid="own-name" onInput={(e) => set({ name: (e.target as HTMLInputElement).value })} /></label></p>
        <p><label>Product type <select value={own.productType ?? ''} data-testid="own-type" onChange={(e) => set({ productType: ((e.target as HTMLSelectElement).value || null) as ProductTypeId | null })}>
          <option value="">Not set</option>{PRODUCT_TYPE_IDS.map((id) => <option value={id}>{productTypeLabel(id)}</option>)}</select></label></p>
        <p><label>Value metric <select value={own.metric ?? ''} data-testid="own-metric" onChange={(e) => set({ metric: ((e.target as HTMLSelectElement).value || null) as MetricId | null })}>
          <option value="">Not set</option>{METRIC_IDS.map((id) => <option value={id}>{metricLabel(id)}</option>)}</select></label></p>
        <p class="row"><button type="submit" class="primary" data-testid="options-save">Save</button> <span role="status" aria-live="polite" data-testid="options-status">{status}</span></p>
      </form>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);

/** "What would N cost?": a metric, a quantity, and per competitor the plan it lands in and its monthly price. */
import { useState } from 'preact/hooks';
import { costAcross, costableMetrics, parseQuantity } from '../core/list/cost.ts';
import { formatAmount, formatQuantity, unitNoun } from '../core/list/money.ts';
import type { MetricId, SavedTeardown } from '../core/model.ts';
import { metricLabel } from '../core/vocabulary.ts';

export function CostPanel({ items }: { items: SavedTeardown[] }) {
  const metrics = costableMetrics(items);
  const [metric, setMetric] = useState<MetricId | ''>('');
  const [text, setText] = useState('');
  const m = metric && metrics.includes(metric) ? metric : metrics[0];
  if (!m) return null;
  const q = text.trim() ? parseQuantity(text) : null;
  const rows = q ? costAcross(items, m, q) : [];
  return (
    <section class="cost card" aria-labelledby="cost-title" data-testid="cost-panel">
      <h2 id="cost-title">What would it cost?</h2>
      <form class="cost-form" onSubmit={(e) => e.preventDefault()}>
        <label>Quantity<input data-testid="cost-quantity" inputMode="decimal" placeholder="e.g. 5,000 or 1M" value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)} aria-describedby="cost-help" /></label>
        <label>Along<select data-testid="cost-metric" value={m} onChange={(e) => setMetric((e.target as HTMLSelectElement).value as MetricId)}>
          {metrics.map((id) => <option value={id}>{unitNoun(id, 2)} ({metricLabel(id)})</option>)}</select></label>
      </form>
      <p id="cost-help" class="small muted">Per saved competitor (latest teardown): the cheapest published plan that covers the quantity, and its price per month. Prices are not converted between currencies.</p>
      {text.trim() && !q && <p class="error" role="alert">Type a quantity such as 5,000, 25 or 1M.</p>}
      {q && (
        <table data-testid="cost-table">
          <caption class="sr-only">Cost of {formatQuantity(q)} {unitNoun(m, q)} per competitor</caption>
          <thead><tr><th scope="col">Competitor</th><th scope="col">Plan</th><th scope="col">Per month</th><th scope="col">How</th></tr></thead>
          <tbody>{rows.map(({ competitor, result: r }) => (
            <tr data-testid="cost-row" data-competitor={competitor} data-status={r.status}>
              <td>{competitor}</td>
              <td>{r.status === 'not-comparable' ? '—' : r.plan || 'Unnamed plan'}</td>
              <td>{r.status === 'priced' ? `${formatAmount(Math.round(r.monthly * 100) / 100 || r.monthly, r.currency || 'USD')} / month`
                : r.status === 'contact-sales' ? 'Contact sales' : 'Not comparable'}</td>
              <td class="small">{r.how}</td>
            </tr>))}</tbody>
        </table>)}
    </section>
  );
}

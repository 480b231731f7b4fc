/** The teardown view: metric, type (overridable), alignment, criteria, plans, critiques, evidence. Text only, never HTML. */
import { PRODUCT_TYPE_IDS, type Criterion, type Price, type ProductTypeId, type Teardown } from '../core/model.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';

export interface TeardownViewProps {
  teardown: Teardown;
  onOverride(type: ProductTypeId): void;
  onEvidence(text: string): void;
}

export const formatMoney = (p: Price): string => {
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: p.currency.length === 3 ? p.currency : 'USD', maximumFractionDigits: 4 }).format(p.amount);
  const head = p.percent !== undefined ? `${p.percent}%${p.amount ? ` + ${money}` : ''}` : money;
  const unit = p.unit ? (p.per === 1 ? ` ${metricLabel(p.unit)}` : ` per ${p.per.toLocaleString('en')} ${p.unit}`) : '';
  return `${head}${p.period ? `/${p.period}` : ''}${unit}${p.billing ? ` (${p.billing})` : ''}`;
};

const CRITERIA: Array<[keyof Teardown['criteria'], string]> = [
  ['scalesWithValue', 'Scales with value'], ['predictable', 'Predictable'], ['growsWithSuccess', 'Grows with success'],
];

function CriterionRow({ name, c }: { name: string; c: Criterion }) {
  return <tr><td>{name}</td><td><span class={`pill ${c.verdict}`}>{c.score}</span></td><td class="muted">{c.reasons.join(' ')}</td></tr>;
}

export function TeardownView({ teardown: t, onOverride, onEvidence }: TeardownViewProps) {
  const vm = t.valueMetric;
  return (
    <div>
      <h2>Value metric</h2>
      <div data-testid="metric-primary" data-metric={vm.primary ?? 'none'} style="font-size: 16px; font-weight: 600;">
        {vm.primary ? metricLabel(vm.primary) : 'No value metric found'}
        {vm.primary && <span class="muted" style="font-weight: 400;"> · confidence {Math.round(vm.confidence * 100)}%</span>}
      </div>
      {vm.secondary.length > 0 && <div class="muted">also: {vm.secondary.map((m) => metricLabel(m)).join(', ')}</div>}

      <h2>Product type</h2>
      <select data-testid="product-type-select" value={t.productType.id ?? ''} onChange={(e) => onOverride((e.target as HTMLSelectElement).value as ProductTypeId)}>
        {t.productType.id === null && <option value="">Unknown: choose one</option>}
        {PRODUCT_TYPE_IDS.map((id) => <option value={id}>{productTypeLabel(id)}</option>)}
      </select>
      <span class="muted"> {t.productType.overridden ? '(your choice)' : `(inferred, ${Math.round(t.productType.confidence * 100)}%)`}</span>

      <h2>Alignment</h2>
      <div data-testid="alignment" data-verdict={t.alignment.verdict}>
        <span class={`pill ${t.alignment.verdict}`}>{t.alignment.verdict} · {t.alignment.score}/100</span> <span class="muted">{t.alignment.reason}</span>
      </div>

      <h2>Criteria</h2>
      <table><tbody>{CRITERIA.map(([k, name]) => <CriterionRow name={name} c={t.criteria[k]} />)}</tbody></table>

      <h2>Plans ({t.plans.length})</h2>
      {t.plans.length === 0 ? <div class="muted">No plans with prices were found on this page.</div> : (
        <table><tbody>{t.plans.map((p) => (
          <tr data-testid="plan-row">
            <td><b>{p.name}</b>{p.free && <span class="muted"> · free</span>}</td>
            <td>{p.prices.length ? p.prices.map(formatMoney).join(' · ') : p.contactSales ? 'Contact sales' : '-'}
              {p.limits.length > 0 && <div class="muted">{p.limits.map((l) => l.text).join(' · ')}</div>}</td>
          </tr>))}</tbody></table>)}

      <h2>Critique</h2>
      {t.critiques.length === 0 ? <div class="muted">Nothing to flag.</div>
        : t.critiques.map((c) => <div data-testid="critique" class={`critique ${c.severity}`}>{c.message}</div>)}

      <h2>Evidence (click to show on the page)</h2>
      {[...vm.evidence.map((e) => ({ key: e.metric, text: e.text })), ...t.productType.evidence.map((e) => ({ key: e.type, text: e.text }))]
        .map((e) => <button data-testid="evidence-item" class="evidence" title={e.key} onClick={() => onEvidence(e.text)}><span class="muted">{e.key}</span> “{e.text}”</button>)}
    </div>
  );
}

/** The verdict card: metric in words, product type (overridable, with a reset), alignment, one confidence. */
import { PRODUCT_TYPE_IDS, type ProductTypeId, type Teardown, type Verdict } from '../core/model.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';
import { summarize } from '../ui/verdict.ts';

export interface VerdictCardProps {
  teardown: Teardown;
  inferredType: ProductTypeId | null;
  onOverride(type: ProductTypeId | null): void;
}

const WORDS: Record<Verdict, [string, string]> = {
  aligned: ['✓', 'Aligned'], partial: ['≈', 'Partly aligned'], misaligned: ['✗', 'Misaligned'], unknown: ['?', 'Not enough to judge'],
};

export function VerdictCard({ teardown: t, inferredType, onOverride }: VerdictCardProps) {
  const vm = t.valueMetric;
  const { level, runnerUp } = summarize(t);
  const [icon, word] = WORDS[t.alignment.verdict];
  return (
    <section class="card verdict" data-testid="verdict-card" aria-labelledby="verdict-metric">
      <div class="muted small">Charges</div>
      <div class="metric" id="verdict-metric" data-testid="metric-primary" data-metric={vm.primary ?? 'none'}>
        {vm.primary ? metricLabel(vm.primary) : 'No value metric found'}
      </div>
      {vm.secondary.length > 0 && <div class="muted small">also {vm.secondary.map((m) => metricLabel(m)).join(', ')}</div>}
      <div class="line row">
        <label for="product-type">Product type</label>
        <select id="product-type" data-testid="product-type-select" value={t.productType.id ?? ''}
          onChange={(e) => onOverride(((e.target as HTMLSelectElement).value || null) as ProductTypeId | null)}>
          {t.productType.id === null && <option value="">Unknown: choose one</option>}
          {PRODUCT_TYPE_IDS.map((id) => <option value={id}>{productTypeLabel(id)}</option>)}
        </select>
        {t.productType.overridden
          ? <button type="button" class="link" data-testid="product-type-reset" onClick={() => onOverride(null)}>Reset to {productTypeLabel(inferredType)}</button>
          : <span class="muted small">inferred</span>}
      </div>
      <div class="line row" data-testid="alignment" data-verdict={t.alignment.verdict}>
        <span class={`badge v-${t.alignment.verdict}`}><span aria-hidden="true">{icon}</span> {word}</span>
        {t.alignment.reason && <span class="small">{t.alignment.reason}</span>}
      </div>
      <div class="line small" data-testid="confidence" data-level={level}>
        Confidence: <b>{level}</b>
        {runnerUp && <span> · could also be {metricLabel(runnerUp)}</span>}
      </div>
    </section>
  );
}

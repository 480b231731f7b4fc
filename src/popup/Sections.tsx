/** The collapsible parts of the popup: criteria, plans, critique, evidence. Page text is text, never HTML. */
import { useState } from 'preact/hooks';
import { formatPrice } from '../core/list/money.ts';
import type { Criterion, MetricId, ProductTypeId, Teardown } from '../core/model.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';
import { groupEvidence } from '../ui/verdict.ts';

const CRITERIA: Array<[keyof Teardown['criteria'], string]> = [
  ['scalesWithValue', 'Scales with value'], ['predictable', 'Predictable'], ['growsWithSuccess', 'Grows with success'],
];
const CRITERION_WORD = { pass: 'passes', weak: 'weak', fail: 'fails' } as const;

function CriterionRow({ name, c }: { name: string; c: Criterion }) {
  return (
    <tr data-testid="criterion-row">
      <td>{name}</td>
      <td><span class={`badge v-${c.verdict}`}>{CRITERION_WORD[c.verdict]}</span></td>
      <td class="small">{c.reasons.join(' ')}</td>
    </tr>
  );
}

export function Criteria({ teardown: t }: { teardown: Teardown }) {
  const passes = CRITERIA.filter(([k]) => t.criteria[k].verdict === 'pass').length;
  return (
    <details class="section" data-testid="section-criteria">
      <summary>Criteria <span class="muted">· {passes} of 3 pass</span></summary>
      <table><tbody>{CRITERIA.map(([k, name]) => <CriterionRow name={name} c={t.criteria[k]} />)}</tbody></table>
    </details>
  );
}

export function Plans({ teardown: t }: { teardown: Teardown }) {
  return (
    <details class="section" data-testid="section-plans">
      <summary>Plans <span class="muted">· {t.plans.length} read</span></summary>
      <table><tbody>{t.plans.map((p) => (
        <tr data-testid="plan-row">
          <td><b>{p.name || 'Unnamed plan'}</b>{p.free && <span class="muted"> · free</span>}</td>
          <td>{p.prices.length ? p.prices.map((x) => <div>{formatPrice(x)}</div>) : p.contactSales ? 'Contact sales' : 'No price shown'}
            {p.limits.length > 0 && <div class="muted small">{p.limits.map((l) => l.text).join(' · ')}</div>}</td>
        </tr>))}</tbody></table>
    </details>
  );
}

export function Critique({ teardown: t }: { teardown: Teardown }) {
  if (t.critiques.length === 0) return null;
  return (
    <details class="section" open data-testid="section-critique">
      <summary>Critique <span class="muted">· {t.critiques.length}</span></summary>
      {t.critiques.map((c) => <div data-testid="critique" class={`critique ${c.severity}`}>
        <span class="sr-only">{c.severity === 'critical' ? 'Critical: ' : c.severity === 'warn' ? 'Warning: ' : 'Note: '}</span>{c.message}</div>)}
    </details>
  );
}

export interface EvidenceProps {
  teardown: Teardown;
  isMeta(text: string): boolean;
  /** Highlights a phrase on the page; resolves true when it was found there. */
  onShow(text: string): Promise<boolean>;
}

type Key = `m:${MetricId}` | `t:${ProductTypeId}`;

export function Evidence({ teardown: t, isMeta, onShow }: EvidenceProps) {
  const [feedback, setFeedback] = useState<Record<string, string>>({});
  const shown = new Set<string>();
  const metricGroups = groupEvidence<Key>(t.valueMetric.evidence.map((e) => ({ key: `m:${e.metric}` as Key, text: e.text, weight: e.weight })), isMeta, shown);
  const typeGroups = groupEvidence<Key>(t.productType.evidence.map((e) => ({ key: `t:${e.type}` as Key, text: e.text, weight: e.weight })), isMeta, shown);
  const groups = [...metricGroups, ...typeGroups];
  const count = groups.reduce((n, g) => n + g.phrases.length, 0);
  const label = (k: Key) => (k.startsWith('m:') ? `Charges ${metricLabel(k.slice(2) as MetricId)}` : `Product type: ${productTypeLabel(k.slice(2) as ProductTypeId)}`);
  const show = (id: string, text: string) => {
    setFeedback((f) => ({ ...f, [id]: 'Looking…' }));
    onShow(text).then((found) => setFeedback((f) => ({ ...f, [id]: found ? 'Shown on the page' : 'Not visible on the page now (it may be in a closed tab or menu)' })),
      () => setFeedback((f) => ({ ...f, [id]: 'Could not highlight on this page' })));
  };
  if (count === 0) return null;
  return (
    <details class="section" data-testid="section-evidence">
      <summary>Evidence <span class="muted">· {count} phrases</span></summary>
      {groups.map((g) => (
        <div data-testid="evidence-group" data-key={g.key}>
          <h2 class="group">{label(g.key)}</h2>
          <ul class="evidence-list">{g.phrases.map((p, i) => {
            const id = `${g.key}-${i}`;
            return p.onPage ? (
              <li>
                <button type="button" class="evidence" data-testid="evidence-item" onClick={() => show(id, p.text)}>“{p.text}”</button>
                <span class="feedback" role="status" aria-live="polite" data-testid="evidence-feedback">{feedback[id] ?? ''}</span>
              </li>
            ) : (
              <li><span class="meta-phrase" data-testid="evidence-meta">“{p.text}”</span> <span class="muted small">from the page title or description</span></li>
            );
          })}</ul>
        </div>
      ))}
    </details>
  );
}

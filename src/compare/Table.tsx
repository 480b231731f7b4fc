/** The tracking list: one row per competitor (latest teardown), history under it on demand. */
import { cheapestText, type HistoryEntry, type SortKey } from '../core/list/compare.ts';
import type { Criterion, SavedTeardown, Teardown, Verdict } from '../core/model.ts';
import { metricLabel, productTypeLabel } from '../core/vocabulary.ts';
import { NoteCell } from './NoteCell.tsx';
import { RowMenu } from './RowMenu.tsx';

export interface Row { item: SavedTeardown; history: HistoryEntry[]; repriced: boolean }
export interface Sort { key: SortKey; dir: 'asc' | 'desc' }

export interface TableProps {
  rows: Row[];
  sort: Sort;
  onSort(s: Sort): void;
  openHistory: Set<string>;
  onToggleHistory(competitor: string): void;
  onDelete(entries: SavedTeardown[], what: string): void;
  onPricing2Yaml(item: SavedTeardown): void;
  drafts: Map<string, string>;
}

const COLS: Array<[SortKey, string]> = [['competitor', 'Competitor'], ['metric', 'Value metric'], ['productType', 'Product type'],
  ['alignment', 'Alignment'], ['minPrice', 'Cheapest (along its metric)'], ['savedAt', 'Saved']];
const VERDICT: Record<Verdict, string> = { aligned: 'Aligned', partial: 'Partly aligned', misaligned: 'Misaligned', unknown: 'Not enough to judge' };
const WORD = { pass: 'passes', weak: 'weak', fail: 'fails' } as const;
const day = (iso: string) => iso.slice(0, 10);

function Marks({ t }: { t: Teardown }) {
  const list: Array<[string, Criterion]> = [['Scales with value', t.criteria.scalesWithValue], ['Predictable', t.criteria.predictable], ['Grows with success', t.criteria.growsWithSuccess]];
  const text = list.map(([n, c]) => `${n}: ${WORD[c.verdict]}`).join('; ');
  return <span role="img" aria-label={text} title={text} data-testid="criteria-marks">{list.map(([, c]) => <span class={`mark ${c.verdict}`} data-verdict={c.verdict} />)}</span>;
}

export function Table({ rows, sort, onSort, openHistory, onToggleHistory, onDelete, onPricing2Yaml, drafts }: TableProps) {
  return (
    <table data-testid="compare-table">
      <thead><tr>
        {COLS.map(([k, label]) => {
          const active = sort.key === k;
          return (
            <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} data-testid={`sort-${k}`}>
              <button type="button" class="sort" onClick={() => onSort({ key: k, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
                {label} <span class="caret" aria-hidden="true">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
              </button>
            </th>);
        })}
        <th scope="col">Criteria</th><th scope="col">Note</th><th scope="col"><span class="sr-only">Actions</span></th>
      </tr></thead>
      <tbody>{rows.flatMap(({ item, history, repriced }) => {
        const t = item.teardown;
        const open = openHistory.has(item.competitor);
        const all = history.map((h) => h.item);
        return [
          <tr data-testid="teardown-row" data-competitor={item.competitor} data-metric={t.valueMetric.primary ?? 'none'}>
            <td class="wrap"><b><bdi>{item.competitor}</bdi></b><div class="muted small" dir="auto">{t.title}</div></td>
            <td>{metricLabel(t.valueMetric.primary)}
              {repriced && <span class="flag" data-testid="repricing-flag" title="The value metric changed between two teardowns: check whether existing customers were grandfathered">metric changed</span>}
              {t.valueMetric.secondary.length > 0 && <div class="muted small">also {t.valueMetric.secondary.map((m) => metricLabel(m)).join(', ')}</div>}</td>
            <td>{productTypeLabel(t.productType.id)}{t.productType.overridden && <span class="muted small"> (set by you)</span>}</td>
            <td><span class={`badge v-${t.alignment.verdict}`}>{VERDICT[t.alignment.verdict]}</span></td>
            <td data-testid="cheapest">{cheapestText(t)}</td>
            <td>{day(item.savedAt)}{history.length > 1 && <div class="muted small">{history.length} teardowns</div>}</td>
            <td><Marks t={t} /></td>
            <td><NoteCell key={item.id} id={item.id} competitor={item.competitor} note={drafts.get(item.id) ?? item.note} /></td>
            <td><RowMenu label={`Actions for ${item.competitor}`} items={[
              { label: open ? 'Hide history' : `Show history (${history.length})`, testid: 'menu-history', run: () => onToggleHistory(item.competitor) },
              { label: 'Export Pricing2Yaml (latest plans)', testid: 'menu-pricing2yaml', run: () => onPricing2Yaml(item) },
              { label: `Delete competitor (${history.length} ${history.length === 1 ? 'teardown' : 'teardowns'})`, testid: 'menu-delete-competitor',
                run: () => onDelete(all, `${item.competitor} (${history.length} ${history.length === 1 ? 'teardown' : 'teardowns'})`) },
            ]} /></td>
          </tr>,
          open && (
            <tr class="sub" data-testid="history" data-competitor={item.competitor}><td colSpan={9}>
              <table><caption class="sr-only">History of {item.competitor}</caption>
                <thead><tr><th scope="col">Saved</th><th scope="col">Value metric</th><th scope="col">Alignment</th><th scope="col">Cheapest</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
                <tbody>{[...history].reverse().map((h) => (
                  <tr data-testid="history-entry">
                    <td>{h.item.savedAt.replace('T', ' ').slice(0, 16)}</td>
                    <td>{metricLabel(h.item.teardown.valueMetric.primary)}
                      {h.repriced && <div class="flag">changed from {metricLabel(h.previousMetric)}: were existing customers grandfathered?</div>}</td>
                    <td>{VERDICT[h.item.teardown.alignment.verdict]}</td>
                    <td>{cheapestText(h.item.teardown)}</td>
                    <td><button type="button" data-testid="history-delete" aria-label={`Delete the teardown of ${item.competitor} saved ${h.item.savedAt.replace('T', ' ').slice(0, 16)}`}
                      onClick={() => onDelete([h.item], `the teardown of ${item.competitor} saved ${day(h.item.savedAt)}`)}>Delete</button></td>
                  </tr>))}</tbody>
              </table>
            </td></tr>),
        ];
      })}</tbody>
    </table>
  );
}

/**
 * CSV and Markdown exports in words (labels from the rule files, prices with currency, period and
 * unit), one row per competitor's latest teardown, plus its older teardowns when asked. The JSON
 * export (export.ts) stays the lossless, re-importable file with stable ids. Pure.
 */
import type { Criterion, SavedTeardown } from '../model.ts';
import { metricLabel, productTypeLabel } from '../vocabulary.ts';
import { cheapestText, latestPerCompetitor } from './compare.ts';
import { csvCell, mdCell } from './export.ts';

/** @example confidenceLevel(0.8) // 'high' */
export const confidenceLevel = (c: number): 'high' | 'medium' | 'low' => (c >= 0.7 ? 'high' : c >= 0.4 ? 'medium' : 'low');

export interface ReportOptions { history: boolean }

const HEADERS = ['Competitor', 'Teardown', 'Saved', 'Page', 'Title', 'Value metric', 'Also charges', 'Confidence', 'Product type', 'Alignment',
  'Scales with value', 'Predictable', 'Grows with success', 'Plans', 'Cheapest paid (along its metric)', 'Critique', 'Note'] as const;

const criterion = (c: Criterion) => `${c.verdict} (${c.score}/100)`;

function cells(s: SavedTeardown, which: string): string[] {
  const t = s.teardown;
  return [s.competitor, which, s.savedAt.replace('T', ' ').slice(0, 16), t.url ?? '', t.title,
    metricLabel(t.valueMetric.primary), t.valueMetric.secondary.map((m) => metricLabel(m)).join('; '),
    t.valueMetric.primary ? confidenceLevel(t.valueMetric.confidence) : '', productTypeLabel(t.productType.id) + (t.productType.overridden ? ' (set by you)' : ''),
    `${t.alignment.verdict} (${t.alignment.score}/100)`, criterion(t.criteria.scalesWithValue), criterion(t.criteria.predictable),
    criterion(t.criteria.growsWithSuccess), t.plans.map((p) => p.name || 'unnamed').join('; '), cheapestText(t),
    t.critiques.map((c) => c.message).join(' '), s.note];
}

/** The rows of a report: latest teardown per competitor, then (with history) its older ones, newest first. */
export function reportRows(items: SavedTeardown[], opts: ReportOptions): string[][] {
  return latestPerCompetitor(items).sort((a, b) => a.item.competitor.localeCompare(b.item.competitor)).flatMap(({ item, history }) => [
    cells(item, 'latest'),
    ...(opts.history ? history.slice(0, -1).reverse().map((h) => cells(h.item, h.repriced ? `earlier (metric changed from ${metricLabel(h.previousMetric)})` : 'earlier')) : []),
  ]);
}

/** @example toCsvReport(items, { history: false }).split('\r\n')[0] // 'Competitor,Teardown,Saved,...' */
export function toCsvReport(items: SavedTeardown[], opts: ReportOptions): string {
  return [HEADERS.map(csvCell).join(','), ...reportRows(items, opts).map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** A Markdown table in words (fewer columns than the CSV, for reading). */
export function toMarkdownReport(items: SavedTeardown[], opts: ReportOptions): string {
  const cols = [0, 1, 2, 5, 8, 9, 14, 16];
  const rows = reportRows(items, opts);
  return ['# Value Metric Lens comparison', '', `| ${cols.map((i) => HEADERS[i]).join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((i) => mdCell(r[i]!)).join(' | ')} |`), ''].join('\n');
}

/**
 * The same report as JSON (objects keyed by the column words), for reading and for other tools. The
 * re-importable backup with stable ids is `toJsonExport` in export.ts.
 * @example JSON.parse(toJsonReport(items, { history: false }))[0]['Value metric'] // 'per seat'
 */
export function toJsonReport(items: SavedTeardown[], opts: ReportOptions, exportedAt: string): string {
  const rows = reportRows(items, opts).map((r) => Object.fromEntries(HEADERS.map((h, i) => [h, r[i]!])));
  return JSON.stringify({ report: 'Value Metric Lens comparison', exportedAt, rows }, null, 2);
}

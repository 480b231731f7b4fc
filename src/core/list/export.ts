/** Export to CSV / JSON / Markdown and validated JSON import. Pure. */
import { ExportFileSchema, SavedTeardownSchema, type ExportFile, type SavedTeardown } from '../model.ts';
import { minPaidPrice } from './compare.ts';

const COLUMNS = ['competitor', 'url', 'title', 'savedAt', 'metric', 'secondary', 'confidence', 'productType', 'alignment', 'alignmentScore',
  'scalesWithValue', 'predictable', 'growsWithSuccess', 'plans', 'cheapestPaid', 'critiques', 'note'] as const;

function row(s: SavedTeardown): string[] {
  const t = s.teardown;
  const min = minPaidPrice(s);
  return [s.competitor, t.url ?? '', t.title, s.savedAt, t.valueMetric.primary ?? '', t.valueMetric.secondary.join(' '),
    String(t.valueMetric.confidence), t.productType.id ?? '', t.alignment.verdict, String(t.alignment.score),
    String(t.criteria.scalesWithValue.score), String(t.criteria.predictable.score), String(t.criteria.growsWithSuccess.score),
    String(t.plans.length), Number.isFinite(min) ? String(min) : '', t.critiques.map((c) => c.id).join(' '), s.note];
}

/** A CSV cell: RFC 4180 quoting, and a leading ' on text a spreadsheet would run as a formula. */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d+(?:\.\d+)?$/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** @example toCsv(items).split('\r\n')[0] // 'competitor,url,title,...' */
export function toCsv(items: SavedTeardown[]): string {
  return [COLUMNS.join(','), ...items.map((s) => row(s).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

const mdCell = (v: string) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** A Markdown table of the list. */
export function toMarkdown(items: SavedTeardown[]): string {
  const cols = ['competitor', 'metric', 'productType', 'alignment', 'alignmentScore', 'cheapestPaid', 'savedAt', 'note'] as const;
  const idx = cols.map((c) => COLUMNS.indexOf(c));
  return ['# Value Metric Lens comparison', '', `| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`,
    ...items.map((s) => { const r = row(s); return `| ${idx.map((i) => mdCell(r[i]!)).join(' | ')} |`; }), ''].join('\n');
}

/** The JSON export file; `exportedAt` is passed in (core has no clock). */
export function toJsonExport(items: SavedTeardown[], exportedAt: string): string {
  const file: ExportFile = { format: 'value-metric-lens', version: 1, exportedAt, teardowns: items };
  return JSON.stringify(file, null, 2);
}

export const MAX_IMPORT_CHARS = 20_000_000;
export type ImportResult = { ok: true; teardowns: SavedTeardown[] } | { ok: false; error: string };

/**
 * Reads an export file back, validating everything; the message says what is wrong and where.
 * @example parseImport('nope') // { ok: false, error: 'This file is not JSON: ...' }
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `This file is too large (${Math.round(text.length / 1e6)} MB; the limit is 20 MB).` };
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { ok: false, error: `This file is not JSON: ${(e as Error).message}` }; }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'value-metric-lens') {
    return { ok: false, error: 'This is not a Value Metric Lens export (its "format" field is not "value-metric-lens").' };
  }
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `Invalid export file at ${issue.path.join('.') || '(top level)'}: ${issue.message}. Nothing was imported.` };
  }
  return { ok: true, teardowns: parsed.data.teardowns };
}

/**
 * Merges imported teardowns into the list, losing nothing: an identical item is skipped, an item whose
 * id is taken by a different one is kept under a new id (`newId` is passed in: core has no randomness).
 */
export function mergeImport(existing: SavedTeardown[], incoming: SavedTeardown[], newId: (i: number) => string): { items: SavedTeardown[]; added: number; skipped: number } {
  const items = [...existing];
  let added = 0; let skipped = 0;
  incoming.forEach((inc, i) => {
    const same = items.find((e) => e.id === inc.id);
    if (same && JSON.stringify(same) === JSON.stringify(inc)) { skipped++; return; }
    items.push(SavedTeardownSchema.parse(same ? { ...inc, id: newId(i) } : inc));
    added++;
  });
  return { items, added, skipped };
}

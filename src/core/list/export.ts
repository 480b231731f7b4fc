/** Export to CSV / JSON / Markdown and validated JSON import. Pure. */
import { z } from 'zod';
import { ExportFileSchema, SavedTeardownSchema, type ExportFile, type SavedTeardown } from '../model.ts';
import { renameVocabulary } from './renames.ts';
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

/** Bidi overrides and isolates, zero-width characters and BOM: they can make a cell read as something else. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** What makes a spreadsheet run a cell as a formula: = + - @ tab CR and their full-width forms, after any leading spaces. */
const FORMULA = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER = /^\s*[+-]?\d+(?:\.\d+)?\s*$/;

/** Text a spreadsheet would run as a formula gets a leading ' (a plain number such as -12 stays a number). */
const neutral = (part: string) => (FORMULA.test(part) && !NUMBER.test(part) ? `'${part}` : part);

/**
 * A CSV cell: always quoted (RFC 4180), invisible direction and zero-width characters removed, and
 * text a spreadsheet would run as a formula neutralised, also after a ';' (a cell separator where the
 * spreadsheet's locale uses ';').
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 * @example csvCell('a; @SUM(1)') // '"a;\' @SUM(1)"'
 */
export function csvCell(v: string): string {
  const safe = v.replace(INVISIBLE, '').split(';').map(neutral).join(';');
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A Markdown table cell showing the text as it is: HTML escaped as entities, link, image and emphasis
 * syntax and pipes backslash-escaped, invisible characters removed, line breaks as spaces.
 * @example mdCell('<b>[x](http://e)</b>') // '&lt;b&gt;\\[x\\]\\(http://e\\)&lt;/b&gt;'
 */
export function mdCell(v: string): string {
  return v.replace(INVISIBLE, '')
    .replace(/[\\`*_~[\]()!|#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\r\n]+/g, ' ');
}

/** @example toCsv(items).split('\r\n')[0] // 'competitor,url,title,...' */
export function toCsv(items: SavedTeardown[]): string {
  return [COLUMNS.map(csvCell).join(','), ...items.map((s) => row(s).map(csvCell).join(','))].join('\r\n') + '\r\n';
}

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

/** The browser keeps 10 MB per extension (storage.local), so a larger file could never be stored. */
export const MAX_IMPORT_CHARS = 10_000_000;
/** The most teardowns one import may bring in. */
export const MAX_IMPORT_ITEMS = 1000;
export interface Refused { index: number; reason: string }
export type ImportResult = { ok: true; teardowns: SavedTeardown[]; refused: Refused[] } | { ok: false; error: string };

const EnvelopeSchema = ExportFileSchema.extend({ teardowns: z.array(z.unknown()) });

/**
 * Reads an export file back, validating every teardown on its own (old vocabulary renamed first): a
 * bad one is refused with its reason, the rest are taken. The message says what is wrong and where.
 * @example parseImport('nope') // { ok: false, error: 'This file is not JSON: ...' }
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: `This file is too large (${Math.round(text.length / 1e6)} MB; the limit is ${MAX_IMPORT_CHARS / 1e6} MB, the browser's storage for the extension). Nothing was imported.` };
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { ok: false, error: `This file is not JSON: ${(e as Error).message}` }; }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== 'value-metric-lens') {
    return { ok: false, error: 'This is not a Value Metric Lens export (its "format" field is not "value-metric-lens").' };
  }
  const parsed = EnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `Invalid export file at ${issue.path.join('.') || '(top level)'}: ${issue.message}. Nothing was imported.` };
  }
  const list = parsed.data.teardowns;
  if (list.length > MAX_IMPORT_ITEMS) return { ok: false, error: `This file holds ${list.length.toLocaleString('en')} teardowns; an import takes at most ${MAX_IMPORT_ITEMS.toLocaleString('en')}. Nothing was imported.` };
  const teardowns: SavedTeardown[] = [];
  const refused: Refused[] = [];
  list.forEach((raw, index) => {
    const r = SavedTeardownSchema.safeParse(renameVocabulary(raw));
    if (r.success) teardowns.push(r.data);
    else refused.push({ index, reason: `teardowns.${[index, ...(r.error.issues[0]?.path ?? [])].join('.')}: ${r.error.issues[0]?.message ?? 'invalid'}` });
  });
  if (teardowns.length === 0 && refused.length > 0) return { ok: false, error: `No teardown in this file is valid (${refused[0]!.reason}${refused.length > 1 ? `, and ${refused.length - 1} more` : ''}). Nothing was imported.` };
  return { ok: true, teardowns, refused };
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

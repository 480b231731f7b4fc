/**
 * Quantity ladders inside plan cards: a selector of rows such as "50 per month   $14.99" or
 * "100 shipments   $29.99", each a quantity and the plan's price at that quantity. Rows often leave the
 * noun out ("50 per month"); a sibling card's row that names it ("10 Shipments   $0") says what is
 * counted. Pure.
 */
import type { Limit, MetricId, RawPlan } from '../model.ts';
import { rules } from '../rules.ts';
import { findMoney } from './money.ts';
import { NUMBER_SRC, applyMultiplier, parseNumber } from './numbers.ts';
import { classifyNoun } from './units.ts';
import { joinPriceFragments } from './lines.ts';
import { snippet } from '../text.ts';

const ROW_RE = new RegExp(String.raw`^(?<qty>${NUMBER_SRC})\s?(?<mult>k|m)?\b\+?`, 'i');
const BARE_RE = /^(?:(?:per|a|\/)\s*(?:month|mo|year|yr)|monthly|yearly|\/\s*mo)?$/i;

interface Row { quantity: number; rest: string; text: string }

/** A line that is one rung of a ladder: a quantity first, at most a few words, then one price. */
export function ladderRow(line: string): Row | null {
  const m = ROW_RE.exec(line.trim());
  const qty = m ? parseNumber(m.groups?.qty ?? '') : null;
  if (!m || qty === null) return null;
  const money = findMoney(line.trim());
  const hit = money[0];
  if (money.length !== 1 || !hit || hit.kind !== 'money' || hit.index < m[0].length) return null;
  const rest = line.trim().slice(m[0].length, hit.index).replace(/[$€£¥₹\s]+$/, '').trim();
  if (rest.length > 40 || /\d/.test(rest)) return null;
  return { quantity: applyMultiplier(qty, m.groups?.mult), rest, text: snippet(line, 0, 160) };
}

/**
 * The limits that noun-less ladder rows stand for, per plan (same order as `raw`), read with the
 * metric the page's named rows use. Empty lists when no row names its noun.
 */
export function ladderLimits(raw: RawPlan[]): Limit[][] {
  const rows = raw.map((p) => joinPriceFragments(p.lines).map(ladderRow).filter((r): r is Row => r !== null));
  const counts = new Map<MetricId, number>();
  for (const r of rows.flat()) {
    const metric = countedNoun(r.rest);
    if (metric) counts.set(metric, (counts.get(metric) ?? 0) + 1);
  }
  const metric = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!metric) return raw.map(() => []);
  return rows.map((list) => list.filter((r) => BARE_RE.test(r.rest)).map((r) => ({ metric, quantity: r.quantity, text: r.text })));
}

/** The usage metric a phrase starts with ("Bookings per month", "AI credits"), or null: no noun, or one that counts no usage. */
function countedNoun(phrase: string): MetricId | null {
  const noun = classifyNoun(phrase);
  return noun && noun.index === 0 && rules().metricById.get(noun.metric)?.usage ? noun.metric : null;
}

/** A quantity standing alone in a table cell: "Up to 1,500", "50", "10k", "2 million", "25,000+", or a band read by its top ("501 – 2,500"). */
const CELL_QTY_RE = new RegExp(String.raw`^(?:up to |bis |jusqu'à |hasta |${NUMBER_SRC}\s?(?:k|m)?\s?[-–]\s?)?(?<qty>${NUMBER_SRC})\s?(?<mult>k|m|mm|million|thousand|mio|bn|billion)?\+?$`, 'i');

/** The quantity a table cell states on its own, or null. */
function cellQuantity(cell: string): number | null {
  const m = CELL_QTY_RE.exec(cell.trim());
  const qty = m ? parseNumber(m.groups?.qty ?? '') : null;
  return qty === null ? null : applyMultiplier(qty, m?.groups?.mult);
}

/**
 * The rungs of a price table inside a card, its rows' quantities under a column header that names the
 * noun ("Bookings per month" over "Up to 50  $29.95", "Up to 150  $49.95"): each quantity followed by a
 * price counts the header's noun. Fewer than three rungs are no ladder.
 */
export function headedLadder(lines: string[]): Limit[] {
  const quantities = lines.map(cellQuantity);
  if (quantities.filter((q) => q !== null).length < 3) return [];
  let metric: MetricId | null = null;
  const out: Limit[] = [];
  for (const [i, line] of lines.entries()) {
    const quantity = quantities[i]!;
    if (quantity !== null) {
      if (metric && findMoney(lines[i + 1] ?? '').some((h) => h.kind === 'money')) out.push({ metric, quantity, text: line.trim() });
      continue;
    }
    // A header is short and has no figure; a header that names no usage noun ("Price per month") leaves the noun as it was.
    metric = (line.length <= 40 && !/\d/.test(line) ? countedNoun(line) : null) ?? metric;
  }
  return out.length >= 3 ? out : [];
}

/** How far past a comparison table's header row its rows are read. */
const MAX_ROW_LINES = 400;

/**
 * Limits stated only in a comparison table whose columns are the plans, read from the page's lines: the
 * plans' names in a row (its header), then rows of a label that names a counted noun and one bare
 * quantity per plan ("AI credits per month", "50", "1,000", "4,000", "12,000"). Per plan, in order;
 * empty lists when the page has no such table.
 */
export function tableRowLimits(lines: string[], names: string[]): Limit[][] {
  const n = names.length;
  const out: Limit[][] = names.map(() => []);
  const want = names.map((s) => s.trim().toLowerCase());
  const head = n < 2 ? -1 : lines.findIndex((_, i) => want.every((w, k) => lines[i + k]?.trim().toLowerCase() === w));
  if (head < 0) return out;
  for (let j = head + n; j < Math.min(lines.length, head + n + MAX_ROW_LINES); j++) {
    const label = lines[j]!;
    const cells = lines.slice(j + 1, j + 1 + n);
    const quantities = cells.map(cellQuantity);
    // One quantity per plan, no more (a longer run is another table's).
    if (label.length > 40 || /\d/.test(label) || cells.length < n || quantities.includes(null) || cellQuantity(lines[j + 1 + n] ?? '') !== null) continue;
    const metric = countedNoun(label);
    if (!metric) continue;
    cells.forEach((c, k) => out[k]!.push({ metric, quantity: quantities[k]!, text: `${label} ${c.trim()}` }));
    j += n;
  }
  return out;
}


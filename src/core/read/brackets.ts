/**
 * Money used as a tier label rather than a price: "Up to $10k in monthly ad spend", "$0–$50k MRR",
 * "$1M+ processing volume". Such an amount is a limit along revenue (or transactions), never what the
 * plan costs. Pure.
 */
import type { MetricId } from '../model.ts';

import table from '../../rules/price-strings.json' with { type: 'json' };

const BRACKET_RE = new RegExp(table.notPrices.bracket, 'iu');
const TRANSACTIONS_RE = new RegExp(table.notPrices.bracketTransactions, 'iu');

/**
 * The metric an amount is a bracket of, from the words right after it (`end` is where the amount ends).
 * @example bracketAfter('Up to $10k in ad spend', 11) // 'revenue'
 */
export function bracketAfter(text: string, end: number): MetricId | null {
  const m = BRACKET_RE.exec(text.slice(end, end + 60));
  if (!m) return null;
  return TRANSACTIONS_RE.test(m.groups?.noun ?? '') ? 'transactions' : 'revenue';
}

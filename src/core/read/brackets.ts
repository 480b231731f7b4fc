/**
 * Money used as a tier label rather than a price: "Up to $10k in monthly ad spend", "$0–$50k MRR",
 * "$1M+ processing volume". Such an amount is a limit along revenue (or transactions), never what the
 * plan costs. Pure.
 */
import type { MetricId } from '../model.ts';
import { findMoney } from './money.ts';

import table from '../../rules/price-strings.json' with { type: 'json' };

const BRACKET_RE = new RegExp(table.notPrices.bracket, 'i');
const TRANSACTIONS_RE = new RegExp(table.notPrices.bracketTransactions, 'i');
const BRACKET_BEFORE_RE = new RegExp(table.notPrices.bracketBefore, 'i');

/**
 * The metric an amount is a bracket of, from the words right after it (`end` is where the amount ends).
 * @example bracketAfter('Up to $10k in ad spend', 11) // 'revenue'
 */
export function bracketAfter(text: string, end: number): MetricId | null {
  return bracketNoun(BRACKET_RE.exec(text.slice(end, end + 60)));
}

/**
 * The metric an amount is a bracket of, from the words right before it (`index` is where it starts).
 * @example bracketBefore('Bundle revenue up to $5,000 / month', 21) // 'revenue'
 */
export function bracketBefore(text: string, index: number): MetricId | null {
  return bracketNoun(BRACKET_BEFORE_RE.exec(text.slice(Math.max(0, index - 50), index)));
}

/** What a bracket's noun counts: payment volume is transactions, any other money revenue. */
const bracketNoun = (m: RegExpExecArray | null): MetricId | null =>
  (m ? (TRANSACTIONS_RE.test(m.groups?.noun ?? '') ? 'transactions' : 'revenue') : null);

const MAGNITUDE_RE = /\d\s?(?:k|m|mm|bn|million|billion)\b/i;
/** The smallest amount written out in full that reads as a band rather than a price. */
const BAND_MIN = 10_000;
/** Five digits, grouped or not ("10,000", "10000"): every amount of BAND_MIN or more has them. */
const FIVE_DIGITS_RE = /\d\d[,.\u00a0\u202f' ]?\d{3}/;
const BAND_WORDS_RE = /^(?:\s|under|up to|less than|below|over|above|from|to|between|and|or more|and (?:above|up|over)|[-–—+])*$/i;

/**
 * The top of a band of money that labels a tier on its own ("Under $1M", "$1M – $3M", "$20M and
 * above", "Up to $100,000"): a band of revenue, never a price. Null for any other line.
 * @example moneyBand('$1M – $3M') // 3000000
 */
export function moneyBand(line: string): number | null {
  // Cheap first: a band needs a magnitude ("$1M") or an amount of five digits or more.
  const magnitude = MAGNITUDE_RE.test(line);
  if (!magnitude && !FIVE_DIGITS_RE.test(line)) return null;
  const hits = findMoney(line).filter((h) => h.kind === 'money');
  if (hits.length === 0 || hits.length > 2) return null;
  let rest = line;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.index) + rest.slice(h.end);
  // "$1M – $3M" is a band as it stands; "$100,000" only with a band word ("Up to $100,000").
  const band = magnitude || (/\p{L}|[-–—+]/u.test(rest) && Math.min(...hits.map((h) => h.amount)) >= BAND_MIN);
  return band && BAND_WORDS_RE.test(rest) ? Math.max(...hits.map((h) => h.amount)) : null;
}

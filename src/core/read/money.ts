/**
 * Finds money amounts in text: the number, its currency (symbols, local forms, ISO codes) and cents or
 * percentages. What the amount is per, and for how long, is read by price.ts. Pure.
 */
import { NUMBER_SRC, applyMultiplier, parseNumber } from './numbers.ts';

const SYMBOLS: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'nz$': 'NZD', 'hk$': 'HKD',
  's$': 'SGD', 'r$': 'BRL', 'mx$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
  'kr': 'SEK', 'zł': 'PLN', 'fr.': 'CHF',
};
const ISO = 'USD|EUR|GBP|JPY|INR|CAD|AUD|CHF|SEK|NOK|DKK|BRL|MXN|PLN|NZD|SGD|HKD|ZAR|KRW|CNY';
const PREFIX_CUR = String.raw`(?:us\$|a\$|au\$|c\$|ca\$|nz\$|hk\$|s\$|r\$|mx\$|\$|€|£|¥|₹|₩|\b(?:${ISO})\b)`;
const SUFFIX_CUR = String.raw`(?:€|£|\$|₹|zł|kr\b|fr\.|\b(?:${ISO})\b)`;
export const MULT = String.raw`(?:k|m|mm|million|thousand|bn)\b`;

// One scan finds every money amount: prefixed currency, suffixed currency, cents, or a percentage.
const MONEY_RE = new RegExp(
  String.raw`(?<pcur>${PREFIX_CUR})\s?(?<pnum>${NUMBER_SRC})(?:\s?(?<pmult>${MULT}))?` +
  String.raw`|(?<snum>${NUMBER_SRC})(?:\s?(?<smult>${MULT}))?\s?(?<scur>${SUFFIX_CUR})` +
  String.raw`|(?<cnum>${NUMBER_SRC})\s?(?:¢|cents?\b)` +
  String.raw`|(?<pence>\d{1,2})p\b` +
  String.raw`|(?<pct>${NUMBER_SRC})\s?%`,
  'giu',
);

/** A money amount found in text, before units and periods are read. */
export interface MoneyHit {
  kind: 'money' | 'percent';
  amount: number;
  currency: string | null;
  index: number;
  end: number;
}

/**
 * Every money amount and percentage in a text, in order.
 * @example findMoney('From $29/mo')[0] // { kind: 'money', amount: 29, currency: 'USD', index: 5, end: 8 }
 */
export function findMoney(text: string): MoneyHit[] {
  const hits: MoneyHit[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const g = m.groups ?? {};
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (g.pct !== undefined) {
      const n = parseNumber(g.pct);
      if (n !== null && n <= 100) hits.push({ kind: 'percent', amount: n, currency: null, index, end });
      continue;
    }
    const raw = g.pnum ?? g.snum ?? g.cnum ?? g.pence ?? '';
    const n = parseNumber(raw);
    if (n === null) continue;
    const cur = g.pcur ?? g.scur ?? (g.pence !== undefined ? '£' : undefined);
    const currency = cur ? (SYMBOLS[cur.toLowerCase()] ?? cur.toUpperCase()) : null;
    const amount = g.cnum !== undefined || g.pence !== undefined ? n / 100 : applyMultiplier(n, g.pmult ?? g.smult);
    hits.push({ kind: 'money', amount, currency, index, end });
  }
  return hits;
}

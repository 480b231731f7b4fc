/**
 * Money used as a tier label rather than a price: "Up to $10k in monthly ad spend", "$0–$50k MRR",
 * "$1M+ processing volume". Such an amount is a limit along revenue (or transactions), never what the
 * plan costs. Pure.
 */
import type { MetricId } from '../model.ts';

const BRACKET_RE = /^\s*(?:(?:k|m|mm|bn|million|billion)\b)?\s*\+?\s*(?:(?:in|of)\s+)?(?:(?:monthly|annual|yearly|tracked|recurring|online|total)\s+)*(?<noun>ad spend|media spend|spend|revenue|mrr|arr|gmv|sales volume|sales|processing volume|payment volume|tpv)\b/iu;

/**
 * The metric an amount is a bracket of, from the words right after it (`end` is where the amount ends).
 * @example bracketAfter('Up to $10k in ad spend', 11) // 'revenue'
 */
export function bracketAfter(text: string, end: number): MetricId | null {
  const m = BRACKET_RE.exec(text.slice(end, end + 60));
  if (!m) return null;
  return /processing|payment|tpv/iu.test(m.groups?.noun ?? '') ? 'transactions' : 'revenue';
}

/** Maps the noun after a price or a quantity ("users", "1,000 contacts", "GB ingested") to a metric. Pure. */
import type { MetricId } from '../model.ts';
import { rules } from '../rules.ts';

export interface UnitMatch { metric: MetricId; text: string; index: number }

/**
 * The metric a noun phrase names: the earliest match of any metric's nouns, the longest on a tie
 * (so "monthly active users" is data volume, not seats).
 * @example classifyNoun('contacts per month')?.metric // 'contacts'
 */
export function classifyNoun(phrase: string): UnitMatch | null {
  const found: UnitMatch[] = [];
  for (const m of rules().metrics) {
    const hit = m.nouns.exec(phrase);
    if (hit) found.push({ metric: m.id, text: hit[0], index: hit.index });
  }
  let best: UnitMatch | null = null;
  for (const cand of found) if (!best || cand.index < best.index || (cand.index === best.index && cand.text.length > best.text.length)) best = cand;
  // A noun that qualifies the next one names what it counts ("push subscribers", "sales orders"):
  // the second, the head of the compound, is the unit.
  const head = best && found.find((c) => HEAD_NOUN_METRICS.has(c.metric) && c.metric !== best.metric && c.index === best.index + best.text.length + 1);
  return head ?? best;
}

/** The metrics whose noun is the head when another metric's noun qualifies it. */
const HEAD_NOUN_METRICS = new Set<MetricId>(['contacts', 'orders']);

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
  let best: UnitMatch | null = null;
  let head: UnitMatch | null = null;
  for (const m of rules().metrics) {
    const found = m.nouns.exec(phrase);
    if (!found) continue;
    const cand = { metric: m.id, text: found[0], index: found.index };
    if (m.id === HEAD_NOUN_METRIC) head = cand;
    if (!best || cand.index < best.index || (cand.index === best.index && cand.text.length > best.text.length)) best = cand;
  }
  // A noun that qualifies the next one names what it counts ("push subscribers", "email subscribers"):
  // the second, the head of the compound, is the unit.
  return head && best && head.metric !== best.metric && head.index === best.index + best.text.length + 1 ? head : best;
}

/** The metric whose noun is the head when another metric's noun qualifies it. */
const HEAD_NOUN_METRIC: MetricId = 'contacts';

/**
 * Classifies the value metric(s) of a page from weighted evidence: units of prices (strongest), limits
 * that step up across tiers, schema.org unit texts, and phrases in the page text. Pure; the
 * weights are here, the vocabulary is in src/rules.
 */
import type { Evidence, MetricId, PageSnapshot, Plan, ValueMetric } from '../model.ts';
import { rules } from '../rules.ts';
import { readOfferUnit } from '../read/plans.ts';
import { clamp, round2, snippet, textLines } from '../text.ts';

export const WEIGHTS = {
  priceUnit: 3, tieredLimit: 2, flatLimit: 0.5, offerUnit: 2, flatPrice: 2, flatPriceBesideTiers: 0.5,
  maxPhraseHits: 3, secondaryShare: 0.3, minSecondary: 2, maxEvidence: 14,
} as const;

/**
 * The metric a page charges along, with every piece of evidence behind it.
 * @example classifyMetric(snapshot, plans).primary // 'contacts'
 */
export function classifyMetric(snapshot: PageSnapshot, plans: Plan[]): ValueMetric {
  const evidence = [...priceEvidence(plans), ...limitEvidence(plans), ...offerEvidence(snapshot), ...phraseEvidence(snapshot)];
  const scores = new Map<MetricId, number>();
  for (const e of evidence) scores.set(e.metric, (scores.get(e.metric) ?? 0) + e.weight);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const hasPrices = plans.some((p) => p.prices.length > 0);
  const top = ranked[0];
  if (!top || (!hasPrices && top[1] < 2)) return { primary: null, secondary: [], confidence: 0, evidence: [] };
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const secondary = ranked.slice(1)
    .filter(([id, v]) => id !== 'flat' && v >= Math.max(WEIGHTS.minSecondary, top[1] * WEIGHTS.secondaryShare))
    .map(([id]) => id).slice(0, 3);
  let confidence = (top[1] / total) * (0.5 + 0.5 * clamp(top[1] / 6, 0, 1));
  if (!hasPrices) confidence = Math.min(confidence, 0.4);
  const kept = new Set<MetricId>([top[0], ...secondary]);
  return {
    primary: top[0], secondary, confidence: round2(confidence),
    evidence: evidence.filter((e) => kept.has(e.metric)).sort((a, b) => b.weight - a.weight).slice(0, WEIGHTS.maxEvidence),
  };
}

function priceEvidence(plans: Plan[]): Evidence[] {
  const out: Evidence[] = [];
  const tiered = tieredMetrics(plans).size > 0;
  for (const plan of plans) {
    for (const p of plan.prices) {
      if (p.unit) out.push({ metric: p.unit, text: p.text, weight: WEIGHTS.priceUnit });
      else if (p.amount > 0) out.push({ metric: 'flat', text: p.text, weight: tiered ? WEIGHTS.flatPriceBesideTiers : WEIGHTS.flatPrice });
    }
  }
  return dedupe(out);
}

/** Metrics whose limits take at least two different values across plans: the tiers step along them. */
export function tieredMetrics(plans: Plan[]): Set<MetricId> {
  const seen = new Map<MetricId, Set<number>>();
  for (const plan of plans) for (const l of plan.limits) {
    seen.set(l.metric, (seen.get(l.metric) ?? new Set()).add(l.quantity));
  }
  return new Set([...seen].filter(([, q]) => q.size >= 2).map(([m]) => m));
}

function limitEvidence(plans: Plan[]): Evidence[] {
  const tiered = tieredMetrics(plans);
  return dedupe(plans.flatMap((p) => p.limits).map((l) => ({
    metric: l.metric, text: l.text, weight: tiered.has(l.metric) ? WEIGHTS.tieredLimit : WEIGHTS.flatLimit,
  })));
}

function offerEvidence(snapshot: PageSnapshot): Evidence[] {
  const out: Evidence[] = [];
  for (const o of snapshot.offers) {
    if (!o.unitText) continue;
    const unit = readOfferUnit(o.unitText).unit;
    if (unit) out.push({ metric: unit, text: snippet(o.unitText), weight: WEIGHTS.offerUnit });
  }
  return dedupe(out);
}

function phraseEvidence(snapshot: PageSnapshot): Evidence[] {
  const out: Evidence[] = [];
  const lines = textLines(snapshot.text);
  for (const metric of rules().metrics) {
    for (const phrase of metric.phrases) {
      let hits = 0;
      for (const line of lines) {
        phrase.re.lastIndex = 0;
        const m = phrase.re.exec(line);
        if (!m) continue;
        out.push({ metric: metric.id, text: snippet(line, m.index), weight: phrase.weight });
        if (++hits >= WEIGHTS.maxPhraseHits) break;
      }
    }
  }
  return dedupe(out);
}

function dedupe(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.metric}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

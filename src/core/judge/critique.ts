/** Alignment with the reference table, the three criteria, and the critiques. Pure; rules in src/rules. */
import type { Alignment, Criteria, Criterion, Critique, MetricId, ProductTypeId } from '../model.ts';
import { rules } from '../rules.ts';
import { type Facts, fillTemplate, holds } from './facts.ts';
import { clamp } from '../text.ts';
import { metricLabel } from '../vocabulary.ts';

/**
 * How well the metrics fit the product type: the primary metric is natural for it (aligned), only a
 * secondary or related one is (partial), or none is (misaligned).
 * @example alignMetric('seats', [], 'collaboration', 0.9).verdict // 'aligned'
 */
export function alignMetric(primary: MetricId | null, secondary: MetricId[], type: ProductTypeId | null, confidence: number): Alignment {
  const rule = type ? rules().typeById.get(type) : undefined;
  if (primary === null || !rule || rule.natural.length === 0) {
    const reason = primary === null ? 'No value metric was found.'
      : rule ? `${rule.label} products have no natural metric in the reference table, so there is none to compare with.`
        : 'The product type is unknown, so there is no natural metric to compare with.';
    return { verdict: 'unknown', score: 0, reason };
  }
  const natural = rule.natural.map((m) => metricLabel(m)).join(' or ');
  const sure = clamp(confidence, 0, 1);
  if (rule.natural.includes(primary)) {
    return { verdict: 'aligned', score: Math.round(80 + 20 * sure), reason: `${rule.label} products naturally charge ${natural}; this page does.` };
  }
  const secondNatural = secondary.find((m) => rule.natural.includes(m));
  if (secondNatural || rule.related.includes(primary)) {
    const why = secondNatural ? `it also uses ${metricLabel(secondNatural)}` : `${metricLabel(primary)} is a related measure`;
    return { verdict: 'partial', score: Math.round(45 + 15 * sure), reason: `${rule.label} products naturally charge ${natural}; ${why}.` };
  }
  return { verdict: 'misaligned', score: Math.round(30 - 20 * sure), reason: `${rule.label} products naturally charge ${natural}, but this page charges ${metricLabel(primary)}.` };
}

const NAMES = ['scalesWithValue', 'predictable', 'growsWithSuccess'] as const;

/** Scores the three criteria for the primary metric, adjusted by what the page does. */
export function scoreCriteria(facts: Facts): Criteria {
  const r = rules().criteria;
  const primary = facts.primary as MetricId | null;
  const judge = (name: (typeof NAMES)[number]): Criterion => {
    if (primary === null) return { score: 0, verdict: 'fail', reasons: ['No value metric was found on this page.'] };
    const base = r.base[name][primary]!;
    let score = base.score;
    const reasons = [base.reason];
    for (const m of r.modifiers) {
      if (m.criterion !== name || !m.when.every((c) => holds(c, facts))) continue;
      score += m.delta;
      reasons.push(fillTemplate(m.reason, facts));
    }
    score = Math.round(clamp(score, 0, 100));
    return { score, verdict: score >= r.thresholds.pass ? 'pass' : score >= r.thresholds.weak ? 'weak' : 'fail', reasons };
  };
  return { scalesWithValue: judge('scalesWithValue'), predictable: judge('predictable'), growsWithSuccess: judge('growsWithSuccess') };
}

const SEVERITY_ORDER = { critical: 0, warn: 1, info: 2 } as const;

/** The critique rules whose conditions all hold, most severe first. */
export function critique(facts: Facts): Critique[] {
  return rules().critiques
    .filter((c) => c.when.every((cond) => holds(cond, facts)))
    .map((c) => ({ id: c.id, severity: c.severity, message: fillTemplate(c.message, facts) }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}


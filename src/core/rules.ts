/**
 * Loads the rule files, validates them against src/rules/schema.ts and compiles their patterns once.
 * The engines only ever see the compiled form.
 */
import type { MetricId, ProductTypeId } from './model.ts';
import metricJson from '../rules/value-metrics.json' with { type: 'json' };
import typeJson from '../rules/product-types.json' with { type: 'json' };
import criteriaJson from '../rules/criteria.json' with { type: 'json' };
import critiqueJson from '../rules/critiques.json' with { type: 'json' };
import {
  CriteriaRulesSchema, CritiqueRulesSchema, MetricRulesSchema, ProductTypeRulesSchema,
  type CriteriaRules, type CritiqueRules,
} from '../rules/schema.ts';

export interface CompiledSignal { re: RegExp; weight: number }
export interface CompiledMetric { id: MetricId; label: string; usage: boolean; gate: boolean; nouns: RegExp; phrases: CompiledSignal[] }
export interface CompiledType {
  id: ProductTypeId; label: string; natural: MetricId[]; related: MetricId[]; signals: CompiledSignal[];
}
export interface CompiledRules {
  metrics: CompiledMetric[];
  metricById: Map<MetricId, CompiledMetric>;
  periodWords: RegExp;
  axisPatterns: CompiledSignal[];
  types: CompiledType[];
  typeById: Map<ProductTypeId, CompiledType>;
  criteria: CriteriaRules;
  critiques: CritiqueRules['critiques'];
}

const compileSignal = (s: { pattern: string; weight: number }): CompiledSignal =>
  ({ re: new RegExp(s.pattern, 'giu'), weight: s.weight });

/**
 * Validates and compiles rule data. Throws with the zod message when a rule file is malformed.
 * @example compileRules().metricById.get('seats')?.nouns.test('users') // true
 */
export function compileRules(
  raw: { metrics: unknown; types: unknown; criteria: unknown; critiques: unknown } =
  { metrics: metricJson, types: typeJson, criteria: criteriaJson, critiques: critiqueJson },
): CompiledRules {
  const m = MetricRulesSchema.parse(raw.metrics);
  const t = ProductTypeRulesSchema.parse(raw.types);
  const metrics = m.metrics.map((r) => ({
    id: r.id, label: r.label, usage: r.usage, gate: r.gate ?? false, nouns: new RegExp(r.nouns, 'iu'), phrases: r.phrases.map(compileSignal),
  }));
  const types = t.types.map((r) => ({ ...r, signals: r.signals.map(compileSignal) }));
  return {
    metrics,
    metricById: new Map(metrics.map((x) => [x.id, x])),
    periodWords: new RegExp(`^(?:${m.periodWords})`, 'iu'),
    axisPatterns: m.axisPatterns.map(compileSignal),
    types,
    typeById: new Map(types.map((x) => [x.id, x])),
    criteria: CriteriaRulesSchema.parse(raw.criteria),
    critiques: CritiqueRulesSchema.parse(raw.critiques).critiques,
  };
}

let cached: CompiledRules | null = null;
/** The bundled rules, compiled on first use. */
export function rules(): CompiledRules {
  cached ??= compileRules();
  return cached;
}

/**
 * Loads the rule files as plain typed data and compiles their patterns once, on first use. The engines
 * only ever see the compiled form. The files are NOT validated here: src/rules/schema.ts checks them in
 * the build (vite.config.ts, `validateRuleFiles`) and in tests/unit/rules.test.ts, so a malformed rule
 * never ships and the first teardown does not pay for a schema walk.
 */
import type { MetricId, ProductTypeId } from './model.ts';
import metricJson from '../rules/value-metrics.json' with { type: 'json' };
import typeJson from '../rules/product-types.json' with { type: 'json' };
import criteriaJson from '../rules/criteria.json' with { type: 'json' };
import critiqueJson from '../rules/critiques.json' with { type: 'json' };
import type { CriteriaRules, CritiqueRules, MetricRules, ProductTypeRules } from '../rules/schema.ts';

/** The rule files as the engine reads them (shapes checked by src/rules/schema.ts at build and test time). */
export interface RuleData { metrics: MetricRules; types: ProductTypeRules; criteria: CriteriaRules; critiques: CritiqueRules }
// JSON imports type their strings as string, not as the id unions: the schema, not the compiler, vouches for them.
const BUNDLED = { metrics: metricJson, types: typeJson, criteria: criteriaJson, critiques: critiqueJson } as unknown as RuleData;

export interface CompiledSignal { re: RegExp; weight: number }
export interface CompiledMetric { id: MetricId; label: string; usage: boolean; gate: boolean; nouns: RegExp; phrases: CompiledSignal[] }
export interface CompiledType {
  id: ProductTypeId; label: string; natural: MetricId[]; related: MetricId[]; namedByPrice?: MetricId[]; signals: CompiledSignal[];
}
/** A noun whose metric depends on what the page sells (see contextUnits in src/rules/schema.ts). */
export interface CompiledContextUnit { noun: RegExp; from: MetricId | null; to: MetricId; context: RegExp }
export interface CompiledRules {
  metrics: CompiledMetric[];
  contextUnits: CompiledContextUnit[];
  metricById: Map<MetricId, CompiledMetric>;
  periodWords: RegExp;
  axisPatterns: CompiledSignal[];
  types: CompiledType[];
  typeById: Map<ProductTypeId, CompiledType>;
  criteria: CriteriaRules;
  critiques: CritiqueRules['critiques'];
}

/**
 * The Unicode flag only where a pattern needs it (\p{...} classes, \u{...} escapes): case-insensitive
 * matching with it folds every character the Unicode way and runs about three times slower over a
 * page's text; without it, ASCII and Latin letters still fold.
 */
const flags = (pattern: string, base: string): string => (/\\[pPu]\{/.test(pattern) ? `${base}u` : base);
const compileSignal = (s: { pattern: string; weight: number }): CompiledSignal =>
  ({ re: new RegExp(s.pattern, flags(s.pattern, 'gi')), weight: s.weight });

/**
 * Compiles rule data (already validated: see RuleData). Regular expressions are built here but compiled by
 * the engine lazily, on their first use.
 * @example compileRules().metricById.get('seats')?.nouns.test('users') // true
 */
export function compileRules(raw: RuleData = BUNDLED): CompiledRules {
  const m = raw.metrics;
  const metrics = m.metrics.map((r) => ({
    id: r.id, label: r.label, usage: r.usage, gate: r.gate ?? false, nouns: new RegExp(r.nouns, flags(r.nouns, 'i')), phrases: r.phrases.map(compileSignal),
  }));
  const types = raw.types.types.map((r) => ({ ...r, signals: r.signals.map(compileSignal) }));
  return {
    metrics,
    contextUnits: m.contextUnits.map((c) => ({ ...c, noun: new RegExp(c.noun, flags(c.noun, 'i')), context: new RegExp(c.context, flags(c.context, 'i')) })),
    metricById: new Map(metrics.map((x) => [x.id, x])),
    periodWords: new RegExp(`^(?:${m.periodWords})`, 'i'),
    axisPatterns: m.axisPatterns.map(compileSignal),
    types,
    typeById: new Map(types.map((x) => [x.id, x])),
    criteria: raw.criteria,
    critiques: raw.critiques.critiques,
  };
}

/** Every pattern of the metric and product-type rules: what the warm-up compiles (warmUpSteps) and gates.json covers. */
export const rulePatterns = (r: CompiledRules): RegExp[] => [
  ...r.metrics.flatMap((m) => [m.nouns, ...m.phrases.map((p) => p.re)]),
  ...r.axisPatterns.map((a) => a.re),
  ...r.types.flatMap((t) => t.signals.map((s) => s.re)),
];

let cached: CompiledRules | null = null;
/** The bundled rules, compiled on first use. */
export function rules(): CompiledRules {
  cached ??= compileRules();
  return cached;
}

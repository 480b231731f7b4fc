/** zod schemas of the rule files: the rules are data, validated before the engine compiles them. */
import { z } from 'zod';
import { MetricIdSchema, ProductTypeIdSchema } from '../core/model.ts';

const pattern = z.string().min(1).refine((s) => {
  try { new RegExp(s, 'iu'); return true; } catch { return false; }
}, 'not a valid regular expression');

const ExamplesSchema = z.object({ match: z.array(z.string()), noMatch: z.array(z.string()) }).strict();
const SignalSchema = z.object({ pattern, weight: z.number().positive() }).strict();

export const MetricRuleSchema = z.object({
  id: MetricIdSchema,
  label: z.string(),
  /** True when the metric measures usage (as opposed to people or a flat fee). */
  usage: z.boolean(),
  /** Stepped limits of this metric are usually feature gates, never the pricing axis on their own. */
  gate: z.boolean().optional(),
  nouns: pattern,
  phrases: z.array(SignalSchema),
  examples: ExamplesSchema,
}).strict();

export const MetricRulesSchema = z.object({
  $comment: z.string().optional(),
  metrics: z.array(MetricRuleSchema),
  periodWords: pattern,
  /** Sentences naming the pricing axis; each pattern has a named group `noun`. */
  axisPatterns: z.array(SignalSchema.refine((s) => s.pattern.includes('(?<noun>'), 'an axis pattern needs a (?<noun>...) group')),
  /**
   * Nouns whose metric depends on what the page sells: "per host" counts people on a webinar tool and
   * servers elsewhere, "per unit" counts rental units on property software. A price or limit read as
   * `from` (null: no unit) whose text matches `noun` is read as `to` when the page's own words (title,
   * description, h1 and hero text, headings) match `context`.
   */
  contextUnits: z.array(z.object({ noun: pattern, from: MetricIdSchema.nullable(), to: MetricIdSchema, context: pattern }).strict()),
}).strict();

export const ProductTypeRuleSchema = z.object({
  id: ProductTypeIdSchema,
  label: z.string(),
  natural: z.array(MetricIdSchema),
  related: z.array(MetricIdSchema),
  /** Metrics whose price alone names this type when the page's words leave it unsure. */
  namedByPrice: z.array(MetricIdSchema).optional(),
  signals: z.array(SignalSchema),
  examples: ExamplesSchema,
}).strict();

export const ProductTypeRulesSchema = z.object({
  $comment: z.string().optional(),
  types: z.array(ProductTypeRuleSchema),
}).strict();

/** Facts the engine computes (core/facts.ts) and conditions may test. */
export const FACT_NAMES = [
  'primary', 'pageKind', 'metricConfidence', 'metricCount', 'productType', 'alignment', 'usageDrivenType', 'hasPrices', 'planCount',
  'paidPlanCount', 'contactSalesCount', 'quoteOnly', 'hiddenPriceShare', 'freeTier', 'trial', 'annualDiscountPct',
  'tinyUnitPrice', 'tierLimits', 'overage', 'calculator', 'payAsYouGo',
] as const;
export const FactNameSchema = z.enum(FACT_NAMES);
export type FactName = z.infer<typeof FactNameSchema>;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ConditionSchema = z.object({
  fact: FactNameSchema,
  eq: scalar.optional(),
  in: z.array(scalar).optional(),
  notIn: z.array(scalar).optional(),
  gte: z.number().optional(),
  lte: z.number().optional(),
  outside: z.tuple([z.number(), z.number()]).optional(),
}).strict().refine((c) => ['eq', 'in', 'notIn', 'gte', 'lte', 'outside'].filter((k) => k in c).length === 1,
  'a condition needs exactly one operator');
export type Condition = z.infer<typeof ConditionSchema>;

const CriterionNameSchema = z.enum(['scalesWithValue', 'predictable', 'growsWithSuccess']);
const BaseSchema = z.record(MetricIdSchema, z.object({ score: z.number().min(0).max(100), reason: z.string() }).strict());

export const CriteriaRulesSchema = z.object({
  $comment: z.string().optional(),
  thresholds: z.object({ pass: z.number(), weak: z.number() }).strict(),
  base: z.object({ scalesWithValue: BaseSchema, predictable: BaseSchema, growsWithSuccess: BaseSchema }).strict(),
  modifiers: z.array(z.object({
    criterion: CriterionNameSchema, delta: z.number(), when: z.array(ConditionSchema).min(1), reason: z.string(),
  }).strict()),
}).strict();

export const CritiqueRulesSchema = z.object({
  $comment: z.string().optional(),
  critiques: z.array(z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'),
    severity: z.enum(['info', 'warn', 'critical']),
    when: z.array(ConditionSchema).min(1),
    message: z.string(),
  }).strict()),
}).strict();

export type MetricRules = z.infer<typeof MetricRulesSchema>;
export type ProductTypeRules = z.infer<typeof ProductTypeRulesSchema>;
export type CriteriaRules = z.infer<typeof CriteriaRulesSchema>;
export type CritiqueRules = z.infer<typeof CritiqueRulesSchema>;

const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code is three capital letters');
const CodeListSchema = z.string().regex(/^[A-Z]{3}(?: [A-Z]{3})*$/, 'codes are space-separated ISO 4217 codes');
// The reader finds markers as tokens between spaces and digits: a marker holding either is never seen.
const MarkerSchema = z.string().min(1).max(12).regex(/^[^\s\d]+$/u, 'a marker holds no space and no digit');

/**
 * src/rules/currencies.json: what marks a currency next to an amount. The content script carries it
 * (core/read/money.ts), so it holds only the markers and stays compact (code lists are space-separated).
 * - codes / historic: ISO 4217 codes in use / withdrawn but still met in old text ("DEM 170 000").
 * - symbols: markers matched exactly as written ("Ft", "KM", "R$"); words: in any case, keys lower case ("kr", "euro").
 * - confusable: markers that are also words or letters ("TOP 10", "PHP 8.2", "R2"): they count only
 *   with cents or grouped thousands.
 */
export const CurrencyRulesSchema = z.object({
  $comment: z.string().optional(),
  codes: CodeListSchema,
  historic: CodeListSchema,
  confusable: z.array(MarkerSchema),
  symbols: z.record(MarkerSchema, CurrencyCodeSchema),
  words: z.record(MarkerSchema.refine((s) => s === s.toLowerCase(), 'word keys are lower case'), CurrencyCodeSchema),
}).strict();
export type CurrencyRules = z.infer<typeof CurrencyRulesSchema>;

/**
 * src/rules/price-strings.json: how a price is read beyond its marker (core/read/amounts.ts, not in
 * the content script).
 * - shared: markers several currencies use, codes space-separated, default first ("$": "USD CAD ...");
 *   a page currency in the list wins. flagged: shared markers whose default is a guess ("kr" is SEK,
 *   NOK, DKK or ISK): a price read with one carries an ambiguity flag unless the page settles it.
 * - qualifiers: what may stand before a "$" to say which dollar ("US $", "NZ$"); an ISO code may too ("NZD $").
 * - threeDecimals: currencies with three minor digits, where "423.923 KD" is a decimal (flagged ambiguous).
 * - free / contactSales: price strings that say "no charge" / "ask sales" (the whole string, punctuation aside).
 */
export const PriceStringRulesSchema = z.object({
  $comment: z.string().optional(),
  threeDecimals: z.array(CurrencyCodeSchema),
  qualifiers: z.record(z.string().regex(/^[A-Z]{1,3}$/), CurrencyCodeSchema),
  shared: z.record(MarkerSchema, CodeListSchema.refine((s) => s.includes(' '), 'a shared marker lists two codes or more')),
  flagged: z.array(MarkerSchema),
  free: z.array(z.string().min(1)),
  contactSales: z.array(z.string().min(1)),
  /**
   * Money that is not a price (core/read/price.ts, brackets.ts): words right after an amount
   * ("$1.2M savings", "$35m Series A") or right before it ("our customers saw"); a percentage of change
   * ("93% fewer", "increased by 37%") or above maxFeePercent; an amount restating the price in another
   * currency in brackets (conversionGap: what stands between them); and spend brackets used as tier
   * labels ("Up to $10k in ad spend"; bracketBefore: "Bundle revenue up to $5,000"), whose noun is
   * revenue, or transactions when it matches bracketTransactions.
   */
  notPrices: z.object({
    after: pattern, before: pattern, percentAfter: pattern, percentBefore: pattern,
    maxFeePercent: z.number().positive().max(100),
    conversionGap: pattern,
    bracket: pattern.refine((s) => s.includes('(?<noun>'), 'the bracket pattern needs a (?<noun>...) group'),
    bracketBefore: pattern.refine((s) => s.includes('(?<noun>'), 'the bracket pattern needs a (?<noun>...) group'),
    bracketTransactions: pattern,
  }).strict(),
}).strict();
export type PriceStringRules = z.infer<typeof PriceStringRulesSchema>;

/** src/rules/page-kinds.json: is this a pricing page at all (core/judge/page-kind.ts)? */
export const PageKindRulesSchema = z.object({
  $comment: z.string().optional(),
  articleTypes: z.array(z.string().regex(/^[A-Za-z]+$/)).min(1),
  articlePath: pattern,
  pricingWords: pattern,
  articleByline: pattern,
  changelogTitle: pattern,
}).strict();
export type PageKindRules = z.infer<typeof PageKindRulesSchema>;

/**
 * src/rules/type-words.json: the word model of product types (core/judge/words.ts), written by
 * scripts/gen-type-words.ts. Each word maps to one digit per type (in
 * `classes` order): its cost under that type, in `step` nats above the type that uses it most.
 */
export const TypeWordRulesSchema = z.object({
  $comment: z.string().optional(),
  classes: z.array(ProductTypeIdSchema).min(2),
  prior: z.array(z.number().max(0)),
  step: z.number().positive(),
  words: z.record(z.string().regex(/^[a-z]+(?:['’-][a-z]+)*$/), z.string().regex(/^[0-9]+$/)),
}).strict().superRefine((m, ctx) => {
  if (m.prior.length !== m.classes.length) ctx.addIssue({ code: 'custom', path: ['prior'], message: 'one prior per class' });
  const bad = Object.entries(m.words).find(([, codes]) => codes.length !== m.classes.length);
  if (bad) ctx.addIssue({ code: 'custom', path: ['words', bad[0]], message: 'one digit per class' });
});
export type TypeWordRules = z.infer<typeof TypeWordRulesSchema>;

/** Every rule file, by name, with the schema it must satisfy. */
const RULE_FILES = {
  'value-metrics.json': MetricRulesSchema,
  'product-types.json': ProductTypeRulesSchema,
  'criteria.json': CriteriaRulesSchema,
  'critiques.json': CritiqueRulesSchema,
  'currencies.json': CurrencyRulesSchema,
  'price-strings.json': PriceStringRulesSchema,
  'page-kinds.json': PageKindRulesSchema,
  'type-words.json': TypeWordRulesSchema,
} as const;
export type RuleFileName = keyof typeof RULE_FILES;
export const RULE_FILE_NAMES = Object.keys(RULE_FILES) as RuleFileName[];

/**
 * Validates rule files (parsed JSON by file name) against their schemas; throws naming the file, the
 * path and the problem. The engine loads the files unvalidated (core/rules.ts): the build
 * (vite.config.ts) and the rules test call this instead, so a malformed rule never ships.
 * @example validateRuleFiles({ 'critiques.json': { critiques: [] } }) // ok
 */
export function validateRuleFiles(files: Partial<Record<RuleFileName, unknown>>): void {
  for (const [name, data] of Object.entries(files) as Array<[RuleFileName, unknown]>) {
    const r = RULE_FILES[name].safeParse(data);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new Error(`src/rules/${name}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
  }
}

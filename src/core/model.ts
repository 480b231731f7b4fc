/**
 * The data model: every shape that crosses a boundary (page -> extension, popup -> background,
 * storage, import files, the CLI's JSON) is a zod schema here, and its TypeScript type is inferred.
 * Pure: no DOM, no browser API.
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Stable ids of value metrics (DESIGN.md "The vocabulary"). Rules may add descriptions, never rename. */
export const METRIC_IDS = [
  'seats', 'active_users', 'contacts', 'messages', 'conversations', 'outcomes', 'compute', 'storage', 'data_volume',
  'transactions', 'orders', 'revenue', 'api_calls', 'credits', 'locations', 'flat',
] as const;
export const MetricIdSchema = z.enum(METRIC_IDS);
export type MetricId = z.infer<typeof MetricIdSchema>;

export const PRODUCT_TYPE_IDS = [
  'collaboration', 'infrastructure', 'marketing', 'analytics', 'payments',
  'developer_api', 'finance', 'ecommerce', 'customer_support', 'other',
] as const;
export const ProductTypeIdSchema = z.enum(PRODUCT_TYPE_IDS);
export type ProductTypeId = z.infer<typeof ProductTypeIdSchema>;

// ---------------------------------------------------------------------------------------------
// PageSnapshot: what extraction reads off a page. Plain, serialisable, capped in size: a page can
// be hostile, so every string and list has a hard bound and the extension re-validates it.
// ---------------------------------------------------------------------------------------------
// LIMITS live in limits.ts, a zod-free module the content script can import.
export { LIMITS };

const line = z.string().max(LIMITS.maxLineChars);

/** A price stated in a data-* attribute (e.g. data-annual-price="24"), common behind monthly/annual toggles. */
export const AttrPriceSchema = z.object({ name: z.string().max(80), value: z.string().max(80) });

export const RawPlanSchema = z.object({
  /** The plan's heading as shown ("Pro"); may be empty when the card has none. */
  name: line,
  /** The card's visible text, one entry per rendered line, in order. */
  lines: z.array(line).max(LIMITS.maxLinesPerPlan),
  /** Texts of buttons and links in the card ("Start free trial", "Contact sales"). */
  ctas: z.array(line).max(20),
  attrPrices: z.array(AttrPriceSchema).max(LIMITS.maxAttrPrices),
  /** Marked as the recommended plan (class or badge "Most popular"). */
  featured: z.boolean(),
  /**
   * The sides of a monthly/annual price toggle the card marks as such (class "monthly", "js-yearly-cost"),
   * hidden ones included: their prices are read with that billing.
   */
  variants: z.array(z.object({ billing: z.enum(['monthly', 'annual']), lines: z.array(line).max(12) })).max(6).optional(),
});
export type RawPlan = z.infer<typeof RawPlanSchema>;

/** One schema.org Offer / PriceSpecification, flattened. */
export const RawOfferSchema = z.object({
  name: line.nullable(),
  price: z.string().max(40).nullable(),
  priceCurrency: z.string().max(10).nullable(),
  unitText: line.nullable(),
  billingDuration: z.string().max(40).nullable(),
  referenceQuantity: z.string().max(40).nullable(),
});
export type RawOffer = z.infer<typeof RawOfferSchema>;

export const PageSnapshotSchema = z.object({
  url: z.string().max(2048).nullable(),
  title: line,
  description: line,
  lang: z.string().max(20).nullable(),
  headings: z.array(line).max(LIMITS.maxHeadings),
  /** The page's visible text with line breaks at block boundaries, capped at maxTextChars. */
  text: z.string().max(LIMITS.maxTextChars),
  plans: z.array(RawPlanSchema).max(LIMITS.maxPlans),
  offers: z.array(RawOfferSchema).max(LIMITS.maxOffers),
  /** What the page says the product is: h1 and the first paragraphs of the main content (no nav, no footer). */
  about: z.array(line).max(8).optional(),
  /** Texts of the site's menu links (nav a): the products the site sells. */
  menu: z.array(line).max(40).optional(),
  /**
   * The page's JSON-LD blocks as written, read into offers, pageTypes and about by
   * src/core/read/json-ld.ts (analyze does it first; the extension does it as a snapshot arrives).
   */
  jsonLd: z.array(z.string().max(LIMITS.maxJsonLdChars)).max(LIMITS.maxJsonLdBlocks)
    .refine((blocks) => blocks.reduce((n, b) => n + b.length, 0) <= LIMITS.maxJsonLdChars, 'JSON-LD over its size cap').optional(),
  /** schema.org types the page's JSON-LD declares at its top level ("WebPage", "NewsArticle"). */
  pageTypes: z.array(z.string().max(40)).max(10).optional(),
  /** Labels of a monthly/annual switch when the page has one ("Monthly", "Annually (save 20%)"). */
  billingToggle: z.array(line).max(6),
  /** Amounts in tables read with the unit their column header or row label names ("$0.40 per 1M requests"). */
  tableRates: z.array(line).max(40).optional(),
  /** True when a cap cut something off (text, plans, lines). */
  truncated: z.boolean(),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

// ---------------------------------------------------------------------------------------------
// Teardown: the analysis (the CLI's --json contract in DESIGN.md, plus url/title).
// Capped like the snapshot: a stored or imported teardown is untrusted data too. The caps sit far
// above what analyze() produces (examples: at most 5 plans, 12 evidence phrases, 4 reasons).
// ---------------------------------------------------------------------------------------------
export const TEARDOWN_LIMITS = {
  maxPlans: 60,
  maxPricesPerPlan: 40,
  maxLimitsPerPlan: 40,
  maxEvidence: 100,
  maxCritiques: 50,
  maxReasons: 20,
  maxMessageChars: 1000,
  maxIdChars: 100,
  maxUrlChars: 2048,
} as const;
const message = z.string().max(TEARDOWN_LIMITS.maxMessageChars);
export const PeriodSchema = z.enum(['month', 'year', 'once']).nullable();
export const BillingSchema = z.enum(['monthly', 'annual']).nullable();

export const PriceSchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().max(10),
  period: PeriodSchema,
  unit: MetricIdSchema.nullable(),
  /** How many units the amount buys: 1 for "per user", 1000 for "per 1,000 contacts". */
  per: z.number().positive(),
  billing: BillingSchema,
  /** The phrase the price was read from. */
  text: z.string().max(LIMITS.maxLineChars),
  /** Set for percentage fees ("2.9% + 30¢"): the percentage; amount is then the fixed part. */
  percent: z.number().nonnegative().optional(),
  /** The upper end of a range ("From 26 to 50 €": amount 26, top 50). */
  top: z.number().nonnegative().optional(),
  /** What made the reading a guess (a shared "$" symbol, an ambiguous number): show it as uncertain. */
  ambiguous: z.array(z.enum(['currency', 'number'])).max(2).optional(),
});
export type Price = z.infer<typeof PriceSchema>;

export const LimitSchema = z.object({
  metric: MetricIdSchema,
  quantity: z.number().nonnegative(),
  text: z.string().max(LIMITS.maxLineChars),
});
export type Limit = z.infer<typeof LimitSchema>;

export const PlanSchema = z.object({
  name: z.string().max(LIMITS.maxLineChars),
  free: z.boolean(),
  contactSales: z.boolean(),
  prices: z.array(PriceSchema).max(TEARDOWN_LIMITS.maxPricesPerPlan),
  limits: z.array(LimitSchema).max(TEARDOWN_LIMITS.maxLimitsPerPlan),
});
export type Plan = z.infer<typeof PlanSchema>;

export const EvidenceSchema = z.object({
  metric: MetricIdSchema,
  text: z.string().max(LIMITS.maxLineChars),
  weight: z.number(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const TypeEvidenceSchema = z.object({
  type: ProductTypeIdSchema,
  text: z.string().max(LIMITS.maxLineChars),
  weight: z.number(),
});
export type TypeEvidence = z.infer<typeof TypeEvidenceSchema>;

export const ValueMetricSchema = z.object({
  primary: MetricIdSchema.nullable(),
  secondary: z.array(MetricIdSchema).max(METRIC_IDS.length),
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).max(TEARDOWN_LIMITS.maxEvidence),
});
export type ValueMetric = z.infer<typeof ValueMetricSchema>;

export const ProductTypeSchema = z.object({
  id: ProductTypeIdSchema.nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(TypeEvidenceSchema).max(TEARDOWN_LIMITS.maxEvidence),
  /** True when the user chose the type instead of the inference. */
  overridden: z.boolean().optional(),
});
export type ProductType = z.infer<typeof ProductTypeSchema>;

export const VerdictSchema = z.enum(['aligned', 'partial', 'misaligned', 'unknown']);
export type Verdict = z.infer<typeof VerdictSchema>;

export const AlignmentSchema = z.object({
  verdict: VerdictSchema,
  score: z.number().min(0).max(100),
  /** One sentence saying why, e.g. "Collaboration tools naturally charge per seat; this page does." */
  reason: message.optional(),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

export const CriterionSchema = z.object({
  score: z.number().min(0).max(100),
  verdict: z.enum(['pass', 'weak', 'fail']),
  reasons: z.array(message).max(TEARDOWN_LIMITS.maxReasons),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CriteriaSchema = z.object({
  scalesWithValue: CriterionSchema,
  predictable: CriterionSchema,
  growsWithSuccess: CriterionSchema,
});
export type Criteria = z.infer<typeof CriteriaSchema>;

export const CritiqueSchema = z.object({
  id: z.string().max(TEARDOWN_LIMITS.maxIdChars),
  severity: z.enum(['info', 'warn', 'critical']),
  message,
});
export type Critique = z.infer<typeof CritiqueSchema>;

export const TeardownSchema = z.object({
  url: z.string().max(TEARDOWN_LIMITS.maxUrlChars).nullable(),
  title: z.string().max(LIMITS.maxLineChars),
  valueMetric: ValueMetricSchema,
  productType: ProductTypeSchema,
  alignment: AlignmentSchema,
  criteria: CriteriaSchema,
  plans: z.array(PlanSchema).max(TEARDOWN_LIMITS.maxPlans),
  critiques: z.array(CritiqueSchema).max(TEARDOWN_LIMITS.maxCritiques),
});
export type Teardown = z.infer<typeof TeardownSchema>;

/** Options the user can set on an analysis. */
export interface AnalyzeOptions {
  /** The user's correction of the inferred product type. */
  productTypeOverride?: ProductTypeId | null;
}

// ---------------------------------------------------------------------------------------------
// Saved teardowns and settings (storage, export, import).
// ---------------------------------------------------------------------------------------------
export const SavedTeardownSchema = z.object({
  id: z.string().min(1).max(100),
  /** Who the competitor is: the page's host name ("acme.example"), or the title for local files. */
  competitor: z.string().min(1).max(200),
  savedAt: z.string().datetime(),
  note: z.string().max(10_000),
  /** The snapshot is kept so a teardown can be re-analysed when the rules improve. */
  snapshot: PageSnapshotSchema.optional(),
  teardown: TeardownSchema,
});
export type SavedTeardown = z.infer<typeof SavedTeardownSchema>;

export const OwnProductSchema = z.object({
  name: z.string().max(200),
  productType: ProductTypeIdSchema.nullable(),
  metric: MetricIdSchema.nullable(),
});
export type OwnProduct = z.infer<typeof OwnProductSchema>;

export const SettingsSchema = z.object({
  ownProduct: OwnProductSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The export/import file: exactly what `exportJson` writes and `parseImport` reads back. */
export const ExportFileSchema = z.object({
  format: z.literal('value-metric-lens'),
  version: z.literal(1),
  exportedAt: z.string().datetime(),
  teardowns: z.array(SavedTeardownSchema),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

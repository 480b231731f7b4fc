/**
 * The caps on a PageSnapshot, in a module of their own: the content script imports them, and importing
 * model.ts would pull zod onto the page (the snapshot is validated when it reaches the extension, not
 * where it is read). model.ts re-exports them for its schemas. Pure, no imports.
 */
export const LIMITS = {
  maxTextChars: 60_000,
  maxLineChars: 400,
  maxPlans: 24,
  maxLinesPerPlan: 80,
  maxHeadings: 60,
  maxOffers: 60,
  maxAttrPrices: 40,
  /** JSON-LD blocks handed over raw (read in the extension, src/core/read/json-ld.ts): how many, and their characters in all. */
  maxJsonLdBlocks: 20,
  maxJsonLdChars: 400_000,
} as const;

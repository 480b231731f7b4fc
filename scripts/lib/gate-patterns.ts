/**
 * Every pattern the engine checks with mayMatch / mayTest (src/core/literals.ts): the rule files'
 * patterns and the few page-wide ones in code. What each needs is written to src/rules/gates.json by
 * `npm run rules:gates` and checked against the sources by tests/unit/literals.test.ts.
 */
import { compileRules, rulePatterns } from '../../src/core/rules.ts';
import { PAGE_FACT_PATTERNS } from '../../src/core/judge/facts.ts';
import { BILLING_HEAD_RE } from '../../src/core/judge/classify.ts';
import { CONTACT_SALES_RE } from '../../src/core/read/plans.ts';
import { foldsUnicode, patternNeeds, sourceKey, type Need } from '../../src/core/literals.ts';

export function gatedPatterns(): RegExp[] {
  const r = compileRules();
  // Nouns are read from short phrases, never gated against a page.
  const nouns = new Set(r.metrics.map((m) => m.nouns));
  return [...rulePatterns(r).filter((re) => !nouns.has(re)), ...PAGE_FACT_PATTERNS, BILLING_HEAD_RE, CONTACT_SALES_RE];
}

/** The gates file's content: each pattern's key (sourceKey) and what it needs (Unicode patterns always run: left out). */
export function gatesFile(): Record<string, Need> {
  const out: Record<string, Need> = {};
  const sources = new Map<string, string>();
  for (const re of gatedPatterns()) {
    if (foldsUnicode(re)) continue;
    const key = sourceKey(re.source);
    if (sources.has(key) && sources.get(key) !== re.source) throw new Error(`two patterns share the gate key ${key}: ${re.source}`);
    sources.set(key, re.source);
    out[key] = patternNeeds(re.source);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The gates file as written: `npm run rules:gates` writes this text and the build compares it byte for byte. */
export const gatesFileText = (gates: Record<string, Need> = gatesFile()): string => `${JSON.stringify(gates, null, 1)}\n`;

/**
 * Caps a teardown to the stored-data limits (TEARDOWN_LIMITS in model.ts) instead of refusing it, and
 * says what was cut, so a save of an unusually large page still succeeds with a clear message. Pure.
 */
import { LIMITS, TEARDOWN_LIMITS as L, type Teardown } from '../model.ts';

const str = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/**
 * @example capTeardown(t).capped // [] for any page analyze() reads from a real pricing page
 * @example capTeardown({ ...t, plans: sixtyOnePlans }).capped // ['plans (kept 60 of 61)']
 */
export function capTeardown(t: Teardown): { teardown: Teardown; capped: string[] } {
  const capped: string[] = [];
  function list<T>(xs: T[], n: number, what: string): T[] {
    if (xs.length <= n) return xs;
    capped.push(`${what} (kept ${n} of ${xs.length})`);
    return xs.slice(0, n);
  }
  const line = LIMITS.maxLineChars;
  const msg = L.maxMessageChars;
  const criterion = (c: Teardown['criteria']['predictable']) => ({ ...c, reasons: list(c.reasons, L.maxReasons, 'reasons').map((r) => str(r, msg)) });
  const teardown: Teardown = {
    ...t,
    url: t.url === null ? null : str(t.url, L.maxUrlChars),
    title: str(t.title, line),
    valueMetric: { ...t.valueMetric, evidence: list(t.valueMetric.evidence, L.maxEvidence, 'metric evidence').map((e) => ({ ...e, text: str(e.text, line) })) },
    productType: { ...t.productType, evidence: list(t.productType.evidence, L.maxEvidence, 'product-type evidence').map((e) => ({ ...e, text: str(e.text, line) })) },
    alignment: t.alignment.reason === undefined ? t.alignment : { ...t.alignment, reason: str(t.alignment.reason, msg) },
    criteria: { scalesWithValue: criterion(t.criteria.scalesWithValue), predictable: criterion(t.criteria.predictable), growsWithSuccess: criterion(t.criteria.growsWithSuccess) },
    plans: list(t.plans, L.maxPlans, 'plans').map((p) => ({
      ...p, name: str(p.name, line),
      prices: list(p.prices, L.maxPricesPerPlan, `prices of plan ${p.name.slice(0, 40)}`).map((x) => ({ ...x, text: str(x.text, line) })),
      limits: list(p.limits, L.maxLimitsPerPlan, `limits of plan ${p.name.slice(0, 40)}`).map((x) => ({ ...x, text: str(x.text, line) })),
    })),
    critiques: list(t.critiques, L.maxCritiques, 'critiques').map((c) => ({ ...c, id: str(c.id, L.maxIdChars), message: str(c.message, msg) })),
  };
  return { teardown, capped };
}

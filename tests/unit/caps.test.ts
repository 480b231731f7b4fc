import { describe, expect, test } from 'vitest';
import { capTeardown } from '../../src/core/list/caps.ts';
import { TEARDOWN_LIMITS, TeardownSchema } from '../../src/core/model.ts';
import { saved } from './fixtures.ts';

const t = saved('a', 'boardly.example', '2026-01-01T00:00:00.000Z', 'Project management', '$8 per user / month').teardown;

describe('capTeardown', () => {
  test('a normal teardown passes unchanged', () => {
    expect(capTeardown(t)).toEqual({ teardown: t, capped: [] });
  });
  test('every list and string is cut to the stored limits, and it says what was cut', () => {
    const big = {
      ...t, title: 'T'.repeat(100_000),
      plans: Array.from({ length: 5000 }, () => ({ ...t.plans[0]!, name: 'N'.repeat(5000), prices: Array.from({ length: 100 }, () => t.plans[0]!.prices[0]!) })),
      valueMetric: { ...t.valueMetric, evidence: Array.from({ length: 1000 }, () => ({ metric: 'seats' as const, text: 'e'.repeat(9000), weight: 1 })) },
      critiques: Array.from({ length: 70 }, (_, i) => ({ id: `c${i}`, severity: 'info' as const, message: 'm'.repeat(5000) })),
    };
    expect(TeardownSchema.safeParse(big).success).toBe(false);
    const r = capTeardown(big);
    expect(TeardownSchema.parse(r.teardown)).toEqual(r.teardown);
    expect(r.teardown.plans).toHaveLength(TEARDOWN_LIMITS.maxPlans);
    expect(r.capped).toEqual(expect.arrayContaining(['plans (kept 60 of 5000)', 'metric evidence (kept 100 of 1000)', 'critiques (kept 50 of 70)']));
  });
});

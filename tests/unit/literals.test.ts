import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMatch, mayTest, patternNeeds } from '../../src/core/literals.ts';
import { rules } from '../../src/core/rules.ts';

const r = rules();
const RULE_PATTERNS = [
  ...r.metrics.flatMap((m) => [m.nouns, ...m.phrases.map((p) => p.re)]),
  ...r.axisPatterns.map((a) => a.re),
  ...r.types.flatMap((t) => t.signals.map((s) => s.re)),
];

describe('patternNeeds: what every match of a pattern contains', () => {
  it('joins literals and the strings of literal groups, optional parts included both ways', () => {
    expect(patternNeeds('\\bper (?:seat|user)s?\\b')).toEqual({ any: ['per seat', 'per seats', 'per user', 'per users'] });
    expect(patternNeeds('\\be-?mails? (?:per|a) month\\b')).toEqual({
      any: ['email per month', 'email a month', 'emails per month', 'emails a month',
        'e-mail per month', 'e-mail a month', 'e-mails per month', 'e-mails a month'],
    });
  });
  it('needs every stretch a class or a repeat separates', () => {
    expect(patternNeeds('\\d+ ?gb stored')).toEqual({ any: ['gb stored', ' gb stored'] });
    expect(patternNeeds('up to [$€]\\d+ in revenue')).toEqual({ all: ['up to ', ' in revenue'] });
  });
  it('needs nothing it cannot name: short literals, classes, broken sources', () => {
    expect(patternNeeds('\\bgb\\b')).toBe(true);
    expect(patternNeeds('[a-z]+ based')).toBe(' based');
    expect(patternNeeds('\\d+%')).toBe(true);
    expect(patternNeeds('(?:unclosed')).toBe(true);
    expect(patternNeeds('a{2')).toBe(true);
  });
  it('reads lookarounds and named groups without taking their text', () => {
    expect(patternNeeds('(?<!self[- ])hosting\\b')).toBe('hosting');
    expect(patternNeeds('(?<noun>[a-z]+) pricing')).toBe(' pricing');
  });
});

describe('mayMatch: skips a pattern only when the text cannot hold a match', () => {
  it('skips absent vocabulary, keeps present vocabulary in any case', () => {
    expect(mayMatch(/\bper seat\b/gi, 'Pro $9 per user')).toBe(false);
    expect(mayMatch(/\bper seat\b/gi, 'Pro $9 PER SEAT')).toBe(true);
    expect(mayTest(/\bfree trial\b/i, 'Start a Free Trial today')).toBe(true);
    expect(mayTest(/\bfree trial\b/i, 'Start today')).toBe(false);
  });
  it('always runs Unicode patterns (their case folding goes beyond lower-casing)', () => {
    expect(mayMatch(/\bper seat\b/giu, 'nothing here')).toBe(true);
  });

  // Page-like texts built from the rules' own words, so the patterns are near-misses as often as hits.
  const words = ['per', 'seat', 'user', 'users', 'contacts', 'monthly', 'active', 'api', 'calls', 'requests', 'GB', 'stored',
    'orders', 'a', 'each', 'month', 'based', 'on', 'pricing', 'help desk', 'e-mail', 'emails', 'Shopify', 'payments',
    'up to', '$10k', 'in', 'revenue', '2.9%', '+', '30¢', 'kanban', 'boards', 'hosting', 'self-hosting', 'ſeat', 'İ', '\n', ','];
  const text = fc.tuple(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 40 }), fc.constantFrom(' ', '', '-', '\n'))
    .map(([parts, sep]) => parts.join(sep));

  it('never skips a rule pattern that matches (property, over generated texts)', () => {
    fc.assert(fc.property(text, (t) => {
      for (const re of RULE_PATTERNS) {
        re.lastIndex = 0;
        const matches = re.test(t);
        re.lastIndex = 0;
        if (matches && !mayMatch(re, t)) return false;
      }
      return true;
    }), { numRuns: 300 });
  });
  it('skips most rule patterns on a text that shares few of their words', () => {
    const t = 'Starter $29 per month. Up to 1,000 contacts. Email marketing for growing teams.';
    const skipped = RULE_PATTERNS.filter((re) => !mayMatch(re, t)).length;
    expect(skipped).toBeGreaterThan(RULE_PATTERNS.length / 2);
  });
});

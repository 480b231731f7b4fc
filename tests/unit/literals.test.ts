import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMatch, mayTest, patternNeeds, sourceKey } from '../../src/core/literals.ts';
import { rules } from '../../src/core/rules.ts';
import gates from '../../src/rules/gates.json' with { type: 'json' };
import { gatedPatterns, gatesFile } from '../../scripts/lib/gate-patterns.ts';
import { joinPriceFragments } from '../../src/core/read/lines.ts';

const PATTERNS = gatedPatterns();

describe('patternNeeds: words every match of a pattern contains', () => {
  it('reads whole words where the pattern or a word boundary separates them, two per alternative, in alphabetical order', () => {
    expect(patternNeeds('\\bper (?:seat|user)\\b')).toEqual(['per seat', 'per user']);
    // A plural pair reads as a word start: "seat*" is any word starting "seat".
    expect(patternNeeds('\\bper (?:seat|user)s?\\b')).toEqual(['per seat*', 'per user*']);
    expect(patternNeeds('\\b(?:crm|seo)\\b')).toEqual(['crm', 'seo']);
    // "e-mail": the "e" is too short to tell anything, "mail" is whole after the hyphen.
    expect(patternNeeds('\\be-?mails? (?:per|a) month\\b')).toEqual(['email* month', 'mail* month']);
  });
  it('reads a word start where only the start is fixed', () => {
    expect(patternNeeds('\\borgani[sz]ation\\b')).toBe('organi*');
    // "apicalls" matches too: "api" is only a word start, and "calls" no word's start at all.
    expect(patternNeeds('\\bapi[ -]?calls?\\b')).toBe('api*');
  });
  it('needs every run a class or a repeat separates', () => {
    // No boundary before "up" ("backup to $5"): only "to", "in" and "revenue" are whole.
    expect(patternNeeds('up to [$€]\\d+ in revenue\\b')).toBe('to in revenue');
    expect(patternNeeds('\\d+ (?:gb|tb) of [a-z]+ storage\\b')).toEqual({ all: ['storage', ['gb of', 'of tb']] });
  });
  it('needs nothing it cannot name: single letters, parts of words, broken sources', () => {
    expect(patternNeeds('\\ba\\b')).toBe(true);
    expect(patternNeeds('ing')).toBe(true);
    expect(patternNeeds('\\d+%')).toBe(true);
    expect(patternNeeds('(?:unclosed')).toBe(true);
    expect(patternNeeds('a{2')).toBe(true);
  });
  it('reads lookarounds and named groups without taking their text', () => {
    expect(patternNeeds('(?<!self[- ])hosting\\b')).toBe(true); // no boundary before: "webhosting" matches too
    expect(patternNeeds('\\b(?<!self[- ])hosting\\b')).toBe('hosting');
    expect(patternNeeds('(?<noun>[a-z]+) pricing\\b')).toBe('pricing');
  });
  it('treats letters outside ASCII as word breaks, as the text index does', () => {
    expect(patternNeeds('\\bsièges?\\b')).toBe('ge* si');
    expect(mayMatch(/\bges\b/i, ['Deux SIÈGES'])).toBe(true);
  });
});

describe('src/rules/gates.json', () => {
  it('says what the patterns in the rule files and the code need now (run `npm run rules:gates` after changing them)', () => {
    expect(gates).toEqual(gatesFile());
  });
  it('names words for every product-type signal, so a page without them skips it (a class like "h[aä]ndler" would not)', () => {
    const keys = rules().types.flatMap((t) => t.signals.map((s) => [t.id, s.re.source, (gates as Record<string, unknown>)[sourceKey(s.re.source)]] as const));
    expect(keys.filter(([, , need]) => need === true || need === undefined)).toEqual([]);
  });
});

describe('mayMatch: skips a pattern only when the text cannot hold a match', () => {
  it('skips absent vocabulary, keeps present vocabulary in any case', () => {
    expect(mayMatch(/\bper seat\b/gi, ['Pro $9 per user'])).toBe(false);
    expect(mayMatch(/\bper seat\b/gi, ['Pro $9 PER SEAT'])).toBe(true);
    expect(mayTest(/\bfree trial\b/i, 'Start a Free Trial today')).toBe(true);
    expect(mayTest(/\bfree trial\b/i, 'Start today')).toBe(false);
  });
  it('always runs Unicode patterns (their case folding goes beyond lower-casing)', () => {
    expect(mayMatch(/\bper seat\b/giu, ['nothing here'])).toBe(true);
  });
  it('never takes a letter outside ASCII that lowers to one for part of a word', () => {
    // "\u212A" (Kelvin) lowers to "k"; \b takes it for a break, so "seat" stands alone here.
    expect(mayMatch(/\bseat\b/gi, ['seat\u212A'])).toBe(true);
  });

  // Page-like texts built from the patterns' own words, so they are near-misses as often as hits.
  const words = ['per', 'seat', 'user', 'users', 'contacts', 'monthly', 'active', 'api', 'calls', 'requests', 'GB', 'stored',
    'orders', 'a', 'each', 'month', 'based', 'on', 'pricing', 'help desk', 'e-mail', 'emails', 'Shopify', 'payments', 'free trial',
    'up to', '$10k', 'in', 'revenue', '2.9%', '+', '30¢', 'kanban', 'boards', 'hosting', 'self-hosting', 'ſeat', 'İ', '\u212A',
    'organisation', 'top-ups', 'sièges', 'usage and billing', 'contact sales', 'pay-as-you-go', '\n', ','];
  const text = fc.tuple(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 40 }), fc.constantFrom(' ', '', '-', '\n'))
    .map(([parts, sep]) => parts.join(sep));

  it('never skips a gated pattern that matches (property, over generated texts)', () => {
    fc.assert(fc.property(text, (t) => {
      for (const re of PATTERNS) {
        re.lastIndex = 0;
        const matches = re.test(t);
        re.lastIndex = 0;
        if (matches && !mayMatch(re, [t])) return false;
      }
      return true;
    }), { numRuns: 400 });
  });
  it('skips most rule patterns on a text that shares few of their words', () => {
    const t = 'Starter $29 per month. Up to 1,000 contacts. Email marketing for growing teams.';
    expect(PATTERNS.filter((re) => !mayMatch(re, [t])).length).toBeGreaterThan(PATTERNS.length / 2);
  });
});

describe('the page text holds every word of the blocks the engine scans (what lets them be checked against it)', () => {
  it('rejoining price fragments makes no new word (property)', () => {
    const words = (t: string) => new Set(t.split(/[^A-Za-z0-9]+/).map((w) => w.toLowerCase()));
    const line = fc.constantFrom('$', 'US$', 'zł', 'Kč', 'USD', '49', '1,000', '2.5k', '.99', ',5', '/month', 'per user', 'Pro', 'ab', '9', 'seats');
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      const before = words(lines.join('\n'));
      return [...words(joinPriceFragments(lines).join('\n'))].every((w) => before.has(w));
    }), { numRuns: 500 });
  });
});

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/core/rules.ts';
import { RULE_FILE_NAMES, validateRuleFiles } from '../../src/rules/schema.ts';
import { classifyNoun } from '../../src/core/read/units.ts';
import { inferProductType } from '../../src/core/judge/product-type.ts';
import { METRIC_IDS, PRODUCT_TYPE_IDS, type PageSnapshot } from '../../src/core/model.ts';
import metricJson from '../../src/rules/value-metrics.json' with { type: 'json' };
import critiqueJson from '../../src/rules/critiques.json' with { type: 'json' };

const r = rules();

describe('rule files', () => {
  test('every metric and product type id has exactly one rule', () => {
    expect(r.metrics.map((m) => m.id).sort()).toEqual([...METRIC_IDS].sort());
    expect(r.types.map((t) => t.id).sort()).toEqual([...PRODUCT_TYPE_IDS].sort());
  });
  test('rules are sorted by id', () => {
    for (const ids of [r.metrics.map((m) => m.id), r.types.map((t) => t.id), r.critiques.map((c) => c.id)]) {
      expect(ids).toEqual([...ids].sort());
    }
  });
  test('critique ids are unique', () => expect(new Set(r.critiques.map((c) => c.id)).size).toBe(r.critiques.length));
  test('every criterion has a base score for every metric', () => {
    for (const base of Object.values(r.criteria.base)) expect(Object.keys(base).sort()).toEqual([...METRIC_IDS].sort());
  });
  test.each(RULE_FILE_NAMES)('%s matches its schema (checked here and in the build, never at run time)', (name) => {
    expect(() => validateRuleFiles({ [name]: JSON.parse(readFileSync(join('src/rules', name), 'utf8')) })).not.toThrow();
  });
  test('a malformed rule file is refused with a message naming it', () => {
    const broken = structuredClone(metricJson) as { metrics: Array<{ nouns: string }> };
    broken.metrics[0]!.nouns = '(unclosed';
    expect(() => validateRuleFiles({ 'value-metrics.json': broken })).toThrow(/value-metrics\.json: metrics\.0\.nouns: .*regular expression/);
  });
  test('a spend-bracket pattern without its noun group, or an article type that is not a type name, is refused', () => {
    const prices = JSON.parse(readFileSync('src/rules/price-strings.json', 'utf8'));
    prices.notPrices.bracket = '\\b(?:ad spend)\\b';
    expect(() => validateRuleFiles({ 'price-strings.json': prices })).toThrow(/price-strings\.json: notPrices\.bracket/);
    const kinds = JSON.parse(readFileSync('src/rules/page-kinds.json', 'utf8'));
    kinds.articleTypes.push('Blog Posting');
    expect(() => validateRuleFiles({ 'page-kinds.json': kinds })).toThrow(/page-kinds\.json/);
  });
  test('a condition with an unknown fact is refused', () => {
    const bad = { critiques: [{ id: 'x', severity: 'info', when: [{ fact: 'nonsense', eq: 1 }], message: 'm' }] };
    expect(() => validateRuleFiles({ 'critiques.json': bad })).toThrow(/critiques\.json/);
  });
  test('no noun starts with a letter beyond ASCII right after a word boundary (\\b never holds before "é": write (?<![a-zà-ÿ])é… instead)', () => {
    for (const m of metricJson.metrics) {
      const alternatives = m.nouns.split(/[|()]/).filter((a) => /^\p{L}/u.test(a));
      expect(alternatives.filter((a) => !/^[a-z]/i.test(a)), m.id).toEqual([]);
    }
  });
  test('the engine loads rules without zod: core/rules.ts imports no schema value', () => {
    const src = readFileSync('src/core/rules.ts', 'utf8');
    expect(src).not.toMatch(/^import (?!type )[^;]*from '(?:zod|\.\.\/rules\/schema\.ts)'/m);
  });
});

describe.each(r.metrics.map((m) => [m.id, (metricJson.metrics.find((x) => x.id === m.id))!.examples] as const))('metric %s examples', (id, ex) => {
  test.each(ex.match)('"%s" classifies as it', (s) => expect(classifyNoun(s)?.metric).toBe(id));
  test.each(ex.noMatch.length ? ex.noMatch : ['-'])('"%s" does not', (s) => expect(classifyNoun(s)?.metric).not.toBe(id));
});

const snap = (title: string): PageSnapshot => ({
  url: null, title, description: '', lang: null, headings: [], text: '', plans: [], offers: [], billingToggle: [], truncated: false,
});
describe.each(r.types.map((t) => [t.id] as const))('product type %s examples', (id) => {
  const typeRule = JSON.parse(readFileSync('src/rules/product-types.json', 'utf8')).types.find((t: { id: string }) => t.id === id);
  test.each(typeRule.examples.match as string[])('"%s" infers it', (s) => expect(inferProductType(snap(s)).id).toBe(id));
  test.each(typeRule.examples.noMatch as string[])('"%s" does not', (s) => expect(inferProductType(snap(s)).id).not.toBe(id));
});

describe('layering', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
  test.each(files('src/core'))('%s is pure: no DOM, no browser API, no UI, no clock', (file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(/from ['"](?:webextension-polyfill|preact|linkedom)|\b(?:chrome|browser)\.\w|\bdocument\.|\bwindow\.|Date\.now|Math\.random/);
  });
  test.each(files('src').filter((f) => !f.startsWith(join('src', 'shared'))))('%s does not import webextension-polyfill directly', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]webextension-polyfill['"]/);
  });
});

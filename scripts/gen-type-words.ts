/**
 * Learns the word model of product types (src/rules/type-words.json, read by core/judge/type-words.ts)
 * from our own labelled pages: examples/labels.json and every stress set examples/sets.json does not
 * mark blind, in English (blind sets stay out, so they keep measuring pages the engine never learnt from;
 * so does ../shared/corpus). Multinomial naive Bayes over single words (counted as typeWordCounts counts them),
 * add-one smoothing; words used in fewer than MIN_SETS sets (vendor names) are left out, then the
 * MAX_WORDS words that tell types apart most, each stored as one digit per type.
 *   npm run rules:type-words [-- --check]
 * --check: exit 1 when the committed file is not what the pages teach today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withJsonLd } from '../src/core/read/json-ld.ts';
import { readsEnglish, typeWordCounts } from '../src/core/judge/type-words.ts';
import type { ProductTypeId } from '../src/core/model.ts';
import { snapshotFile } from './teardown-file.ts';

const MIN_SETS = 4;
const MAX_WORDS = 2500;
const STEP = 1;
const MAX_CODE = 7;

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'src/rules/type-words.json');
const sets: Array<{ set: string; blind: boolean }> = JSON.parse(readFileSync(join(root, 'examples/sets.json'), 'utf8'));
const labelFiles = [['examples', 'examples/labels.json'], ...sets.filter((s) => !s.blind).map((s) => [s.set, `examples/${s.set}/labels.json`])];

interface Page { set: string; type: ProductTypeId; counts: Map<string, number> }
const pages: Page[] = [];
for (const [set, file] of labelFiles) {
  const labels: Array<{ file: string; productType: ProductTypeId }> = JSON.parse(readFileSync(join(root, file!), 'utf8'));
  for (const label of labels) {
    const snapshot = withJsonLd(await snapshotFile(join(root, dirname(file!), label.file)));
    if (readsEnglish(snapshot)) pages.push({ set: set!, type: label.productType, counts: typeWordCounts(snapshot) });
  }
}

const setsOf = new Map<string, Set<string>>();
for (const p of pages) for (const w of p.counts.keys()) (setsOf.get(w) ?? setsOf.set(w, new Set()).get(w)!).add(p.set);
const vocab = [...setsOf].filter(([, s]) => s.size >= MIN_SETS).map(([w]) => w).sort();
const types = [...new Set(pages.map((p) => p.type))].sort();
const count = types.map(() => new Map<string, number>());
const total = types.map(() => 0);
const inVocab = new Set(vocab);
for (const p of pages) {
  const t = types.indexOf(p.type);
  for (const [w, n] of p.counts) if (inVocab.has(w)) { count[t]!.set(w, (count[t]!.get(w) ?? 0) + n); total[t]! += n; }
}
const logP = (t: number, w: string) => Math.log(((count[t]!.get(w) ?? 0) + 1) / (total[t]! + vocab.length));
// The words whose use differs most between types, the common ones first.
const ranked = vocab.map((w) => {
  const lp = types.map((_, t) => logP(t, w));
  const all = count.reduce((n, c) => n + (c.get(w) ?? 0), 0);
  const mean = lp.reduce((a, b) => a + b, 0) / lp.length;
  return { w, lp, score: (Math.max(...lp) - mean) * Math.log(1 + all) };
}).sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : 1)).slice(0, MAX_WORDS);
const words: Record<string, string> = {};
for (const { w, lp } of ranked.sort((a, b) => (a.w < b.w ? -1 : 1))) {
  const top = Math.max(...lp);
  const codes = lp.map((x) => Math.min(MAX_CODE, Math.round((top - x) / STEP)));
  if (codes.some((c) => c > 0)) words[w] = codes.join('');
}
const model = {
  $comment: `Written by scripts/gen-type-words.ts from ${pages.length} labelled pages of our own (examples/, blind sets left out); do not edit by hand.`,
  types,
  prior: types.map((t) => Math.round(Math.log(pages.filter((p) => p.type === t).length / pages.length) * 1000) / 1000),
  step: STEP,
  words,
};
const text = `${JSON.stringify(model, null, 1)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error(`${out} is not what the labelled pages teach today: run npm run rules:type-words`);
    process.exit(1);
  }
  console.log(`${out}: up to date (${Object.keys(words).length} words, ${pages.length} pages)`);
} else {
  writeFileSync(out, text);
  console.log(`${out}: ${Object.keys(words).length} words, ${types.length} types, ${pages.length} pages`);
}

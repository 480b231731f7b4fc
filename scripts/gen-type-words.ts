/**
 * Learns the word model of product types (src/rules/type-words.json, read by core/judge/words.ts) from
 * our own labelled pages in English: examples/labels.json and every stress set examples/sets.json marks
 * neither blind nor targeted (blind sets stay out, so they keep measuring pages the engine never learnt
 * from; so does ../shared/corpus; targeted sets hold one kind of page each, not the mix real pages come in). Multinomial naive Bayes over single words (counted as pageWordCounts counts
 * them), add-one smoothing; words used in fewer than MIN_SETS sets (vendor names) are left out, then the
 * MAX_WORDS words that tell types apart most are kept, each as one digit per type.
 *   npm run rules:type-words [-- --check]
 * --check: exit 1 when the committed model is not what the pages teach today.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { withJsonLd } from '../src/core/read/json-ld.ts';
import { pageWordCounts, readsEnglish } from '../src/core/judge/words.ts';
import { snapshotFile } from './teardown-file.ts';

const MIN_SETS = 4;
const MAX_WORDS = 2500;
const STEP = 1;
const MAX_CODE = 7;

interface Label { file: string; productType: string }
interface Page { set: string; label: Label; counts: Map<string, number> }

const root = resolve(import.meta.dirname, '..');
const sets: Array<{ set: string; blind: boolean; targeted?: boolean }> = JSON.parse(readFileSync(join(root, 'examples/sets.json'), 'utf8'));
const labelFiles = [['examples', 'examples/labels.json'], ...sets.filter((s) => !s.blind && !s.targeted).map((s) => [s.set, `examples/${s.set}/labels.json`])];
const pages: Page[] = [];
for (const [set, file] of labelFiles) {
  const labels: Label[] = JSON.parse(readFileSync(join(root, file!), 'utf8'));
  for (const label of labels) {
    const snapshot = withJsonLd(await snapshotFile(join(root, dirname(file!), label.file)));
    if (readsEnglish(snapshot)) pages.push({ set: set!, label, counts: pageWordCounts(snapshot) });
  }
}

const setsOf = new Map<string, Set<string>>();
for (const p of pages) for (const w of p.counts.keys()) (setsOf.get(w) ?? setsOf.set(w, new Set()).get(w)!).add(p.set);
const vocab = [...setsOf].filter(([, s]) => s.size >= MIN_SETS).map(([w]) => w).sort();
const inVocab = new Set(vocab);

/** The model: the types, their log priors and each kept word's digits. */
function learn() {
  const classes = [...new Set(pages.map((p) => p.label.productType))].sort();
  const count = classes.map(() => new Map<string, number>());
  const total = classes.map(() => 0);
  for (const p of pages) {
    const c = classes.indexOf(p.label.productType);
    for (const [w, n] of p.counts) if (inVocab.has(w)) { count[c]!.set(w, (count[c]!.get(w) ?? 0) + n); total[c]! += n; }
  }
  const logP = (c: number, w: string) => Math.log(((count[c]!.get(w) ?? 0) + 1) / (total[c]! + vocab.length));
  // The words whose use differs most between classes, the common ones first.
  const ranked = vocab.map((w) => {
    const lp = classes.map((_, c) => logP(c, w));
    const all = count.reduce((n, m) => n + (m.get(w) ?? 0), 0);
    const mean = lp.reduce((a, b) => a + b, 0) / lp.length;
    return { w, lp, score: (Math.max(...lp) - mean) * Math.log(1 + all) };
  }).sort((a, b) => b.score - a.score || (a.w < b.w ? -1 : 1)).slice(0, MAX_WORDS);
  const words: Record<string, string> = {};
  for (const { w, lp } of ranked.sort((a, b) => (a.w < b.w ? -1 : 1))) {
    const top = Math.max(...lp);
    const codes = lp.map((x) => Math.min(MAX_CODE, Math.round((top - x) / STEP)));
    if (codes.some((c) => c > 0)) words[w] = codes.join('');
  }
  return {
    $comment: `Product types: written by scripts/gen-type-words.ts from ${pages.length} labelled pages of our own (examples/, in English, blind sets left out); do not edit by hand.`,
    classes,
    prior: classes.map((c) => Math.round(Math.log(pages.filter((p) => p.label.productType === c).length / pages.length) * 1000) / 1000),
    step: STEP,
    words,
  };
}

const out = join(root, 'src/rules/type-words.json');
const model = learn();
const text = `${JSON.stringify(model, null, 1)}\n`;
const words = Object.keys(model.words).length;
if (!process.argv.includes('--check')) {
  writeFileSync(out, text);
  console.log(`${out}: ${words} words, ${model.classes.length} types, ${pages.length} pages`);
} else if (readFileSync(out, 'utf8') !== text) {
  console.error(`${out} is not what the labelled pages teach today: run npm run rules:type-words`);
  process.exit(1);
} else console.log(`${out}: up to date (${words} words, ${pages.length} pages)`);

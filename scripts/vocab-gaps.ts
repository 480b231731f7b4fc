/**
 * Vocabulary gaps: the words our readers do not know where a unit or a counted noun belongs, counted
 * over the labelled pages we may read (examples/ and every stress set examples/sets.json does not mark
 * blind; ../shared/corpus too when present). A word that follows a price ("$0.02 per text") or a
 * quantity in a plan card ("500 API credits") and names no metric is either a gap in
 * src/rules/value-metrics.json or noise the rules rightly leave alone (an add-on's "per chargeback"):
 * the list says where to look, the labels decide. Counts are pages, not occurrences.
 *   npx tsx scripts/vocab-gaps.ts [--top N]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readUnit } from '../src/core/read/price.ts';
import { parseLimits } from '../src/core/read/limits.ts';
import { snapshotFile } from './teardown-file.ts';

const root = resolve(import.meta.dirname, '..');
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 40;
const sets: Array<{ set: string; blind: boolean }> = JSON.parse(readFileSync(join(root, 'examples/sets.json'), 'utf8'));
const dirs = [join(root, 'examples'), ...sets.filter((s) => !s.blind).map((s) => join(root, 'examples', s.set, 'pages'))];
const corpus = resolve(root, '../shared/corpus/pages');
if (existsSync(corpus)) dirs.push(corpus);

/** A price, then "per" / "/" / "a" / "each" and up to two words: the words are what the price is per. */
const AFTER_PRICE_RE = /[$€£¥₹]\s?\d[\d.,]*(?:\s?[km])?\s*(?:\/|per |a |each )\s*([a-z][a-z-]+(?: [a-z][a-z-]+)?)/gi;
/** A plan card's line that starts with a quantity and a word: "500 API credits", "Up to 25 boards". */
const QUANTITY_LINE_RE = /^(?:up to |includes? )?\d[\d,.]*\s?(?:k|m)?\+?\s+([a-z][a-z-]+(?: [a-z][a-z-]+)?)/i;

/** Words that stand between "per" and the unit, not for it ("per additional user", "per 1 million"). */
const FILLERS = new Set(['extra', 'additional', 'on', 'million', 'thousand', 'when', 'us', 'each', 'every']);

const afterPrice = new Map<string, Set<string>>();
const afterQuantity = new Map<string, Set<string>>();
const add = (map: Map<string, Set<string>>, word: string, page: string) => (map.get(word) ?? map.set(word, new Set()).get(word)!).add(page);

for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const page = join(dir, name);
    const snapshot = await snapshotFile(page);
    for (const m of snapshot.text.matchAll(AFTER_PRICE_RE)) {
      const reading = readUnit(` ${m[0].slice(m[0].search(/\/|per |a |each /i))}`);
      const word = m[1]!.toLowerCase().split(' ')[0]!;
      if (!reading.unit && !reading.period && !FILLERS.has(word)) add(afterPrice, word, page);
    }
    for (const plan of snapshot.plans) {
      for (const line of plan.lines) {
        const m = QUANTITY_LINE_RE.exec(line.trim());
        if (m && parseLimits(line).length === 0) add(afterQuantity, m[1]!.toLowerCase(), page);
      }
    }
  }
}

const ranked = (map: Map<string, Set<string>>) => [...map].map(([w, pages]) => [w, pages.size] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
console.log(`Pages read: ${dirs.length} folders (blind sets left out)\n`);
console.log('After a price, no unit read (pages: word):');
for (const [w, n] of ranked(afterPrice)) console.log(`  ${String(n).padStart(4)}  ${w}`);
console.log('\nAfter a quantity in a plan card, no limit read (pages: words):');
for (const [w, n] of ranked(afterQuantity)) console.log(`  ${String(n).padStart(4)}  ${w}`);

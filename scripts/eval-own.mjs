/**
 * Scores our own stress sets (examples/stress-*) on the Node path and fails when one falls below its
 * floor: strict, lenient, product type. Blind sets print figures only (scripts/eval.ts --blind): nobody
 * reads their misses, so they keep measuring what the rules were not mended on.
 *   npm run eval:own
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// examples/sets.json: each set, whether it is blind, and its floors (strict, lenient, product type), a page
// or two under its figures when it was written or last mended. Blind sets stay out of the product-type
// word model too (scripts/gen-type-words.ts).
const SETS = JSON.parse(readFileSync(new URL('../examples/sets.json', import.meta.url), 'utf8'));

const failed = [];
for (const { set, blind, strict, lenient, productType } of SETS) {
  const args = ['tsx', 'scripts/eval.ts', ...(blind ? ['--blind'] : []), '--check', `strict=${strict},lenient=${lenient},productType=${productType}`, `examples/${set}/labels.json`];
  console.log(`\n== ${set}${blind ? ' (blind)' : ''}`);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) failed.push(set);
}
if (failed.length > 0) {
  console.error(`\nBelow their floors: ${failed.join(', ')}`);
  process.exit(1);
}

/**
 * Scores our own stress sets (examples/stress-*) on the Node path and fails when one falls below its
 * floor: strict, lenient, product type. Blind sets print figures only (scripts/eval.ts --blind): nobody
 * reads their misses, so they keep measuring what the rules were not mended on.
 *   npm run eval:own
 */
import { spawnSync } from 'node:child_process';

// [set, blind, strict, lenient, product type]: floors a few pages under the figures of 2026-11-29.
const SETS = [
  ['stress-a', false, 0.85, 0.9, 0.8], ['stress-b', false, 0.8, 0.9, 0.75], ['stress-c', false, 0.8, 0.85, 0.7],
  ['stress-d', false, 0.9, 0.9, 0.85], ['stress-e', true, 0.8, 0.9, 0.8], ['stress-f', false, 0.85, 0.85, 0.8],
  ['stress-g', true, 0.85, 0.9, 0.85], ['stress-h', true, 0.85, 0.9, 0.75], ['stress-i', false, 0.85, 0.9, 0.9],
  ['stress-j', false, 0.85, 0.9, 0.85], ['stress-k', true, 0.8, 0.9, 0.75], ['stress-l', false, 0.8, 0.9, 0.65],
  ['stress-m', true, 0.7, 0.9, 0.6], ['stress-n', false, 0.6, 0.85, 0.55], ['stress-o', true, 0.65, 0.85, 0.6], ['stress-q', true, 0.6, 0.75, 0.6], ['stress-t', true, 0.75, 0.85, 0.6], ['stress-w', true, 0.75, 0.85, 0.6], ['stress-y', true, 0.7, 0.7, 0.45], ['stress-p', false, 0.6, 0.8, 0.55], ['stress-r', false, 0.7, 0.85, 0.6], ['stress-s', false, 0.7, 0.8, 0.65], ['stress-u', false, 0.7, 0.75, 0.6], ['stress-v', false, 0.8, 0.85, 0.6], ['stress-x', false, 0.7, 0.8, 0.65], ['stress-z', false, 0.6, 0.65, 0.5],
  // 2026-11-29, evening: floors a page or two under the figures at the end of that session.
  ['stress-aa', true, 0.7, 0.9, 0.65], ['stress-ab', false, 0.9, 0.9, 0.7], ['stress-ac', true, 0.7, 0.8, 0.6], ['stress-ad', false, 0.75, 0.75, 0.7],
  ['stress-ae', true, 0.7, 0.9, 0.4], ['stress-af', true, 0.75, 0.8, 0.8], ['stress-ag', false, 0.85, 0.9, 0.8], ['stress-ah', false, 0.8, 0.9, 0.8],
  ['stress-ai', true, 0.7, 0.9, 0.6], ['stress-aj', false, 0.8, 0.9, 0.75], ['stress-ak', true, 0.8, 0.9, 0.65], ['stress-al', false, 0.8, 0.9, 0.75],
  ['stress-am', false, 0.75, 0.85, 0.6], ['stress-an', false, 0.8, 0.95, 0.8], ['stress-ao', true, 0.8, 0.9, 0.75],
  ['stress-ap', false, 0.7, 0.75, 0.75], ['stress-aq', false, 0.65, 0.85, 0.6],
  // 2026-11-29, night.
  ['stress-ar', true, 0.75, 0.9, 0.75], ['stress-as', true, 0.75, 0.9, 0.55], ['stress-at', false, 0.85, 0.9, 0.8],
  ['stress-au', false, 0.9, 0.9, 0.6], ['stress-av', false, 0.9, 0.9, 0.75], ['stress-aw', true, 0.75, 0.85, 0.7],
  ['stress-ax', true, 0.75, 0.85, 0.65],
];

const failed = [];
for (const [set, blind, strict, lenient, productType] of SETS) {
  const args = ['tsx', 'scripts/eval.ts', ...(blind ? ['--blind'] : []), '--check', `strict=${strict},lenient=${lenient},productType=${productType}`, `examples/${set}/labels.json`];
  console.log(`\n== ${set}${blind ? ' (blind)' : ''}`);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) failed.push(set);
}
if (failed.length > 0) {
  console.error(`\nBelow their floors: ${failed.join(', ')}`);
  process.exit(1);
}

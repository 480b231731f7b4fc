/**
 * Speed of a teardown: `npm run bench [-- FILE.html ...]` (default: every page in examples/).
 * Prints, per page, the median time of extraction (linkedom, as the CLI) and of analysis over N runs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analyze.ts';
import { snapshotFile } from './teardown-file.ts';

const RUNS = 15;
const files = process.argv.slice(2).length ? process.argv.slice(2)
  : readdirSync('examples').filter((f) => f.endsWith('.html')).map((f) => join('examples', f));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let totalAnalyze = 0;
for (const file of files) {
  const ex: number[] = []; const an: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    const snap = await snapshotFile(file);
    ex.push(performance.now() - t0);
    t0 = performance.now();
    analyze(snap);
    an.push(performance.now() - t0);
  }
  totalAnalyze += median(an);
  console.log(`${file.padEnd(44)} extract+parse ${median(ex).toFixed(1).padStart(7)} ms   analyze ${median(an).toFixed(2).padStart(6)} ms`);
}
console.log(`\n${files.length} pages, median of ${RUNS} runs each; mean analyze ${(totalAnalyze / files.length).toFixed(2)} ms`);

import { readFileSync } from 'node:fs';
import { parseHtml } from './src/cli/dom.ts';
import { extractPage } from './src/content/extract.ts';
import { analyze } from './src/core/analyze.ts';
const snaps = process.argv.slice(2).map((f) => extractPage(parseHtml(readFileSync(f, 'utf8')).document, null));
for (const s of snaps) analyze(s);
const t = performance.now();
for (let i = 0; i < 30; i++) for (const s of snaps) analyze(s);
console.log('analyze per page', ((performance.now() - t) / 30 / snaps.length).toFixed(2));

/** Writes src/rules/gates.json: what each gated pattern needs (see scripts/lib/gate-patterns.ts). `npm run rules:gates`. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gatesFile, gatesFileText } from './lib/gate-patterns.ts';

const file = resolve(import.meta.dirname, '../src/rules/gates.json');
const gates = gatesFile();
writeFileSync(file, gatesFileText(gates));
console.log(`${file}: ${Object.keys(gates).length} patterns`);

/**
 * Accuracy of the engine against hand-labelled pages: `npm run eval [-- labels.json]`.
 * Prints per-page results and the figures: primary-metric accuracy, product-type accuracy,
 * secondary-metric recall. Labels are human judgements written from the pages, never engine output.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { MetricIdSchema, ProductTypeIdSchema } from '../src/core/model.ts';
import { teardownFile } from './teardown-file.ts';

const LabelsSchema = z.array(z.object({
  file: z.string(), primary: MetricIdSchema.nullable(), secondary: z.array(MetricIdSchema).default([]),
  productType: ProductTypeIdSchema.nullable(), notes: z.string().optional(),
}));

const labelsPath = process.argv[2] ?? 'examples/labels.json';
const labels = LabelsSchema.parse(JSON.parse(readFileSync(labelsPath, 'utf8')));
let metricOk = 0; let typeOk = 0; let secondaryHit = 0; let secondaryAll = 0;
for (const l of labels) {
  const t = await teardownFile(join(dirname(labelsPath), l.file));
  const m = t.valueMetric.primary === l.primary;
  const ty = t.productType.id === l.productType || (l.productType === 'other' && t.productType.id === null);
  metricOk += Number(m); typeOk += Number(ty);
  secondaryAll += l.secondary.length;
  secondaryHit += l.secondary.filter((s) => t.valueMetric.secondary.includes(s) || t.valueMetric.primary === s).length;
  console.log(`${m ? 'ok  ' : 'MISS'} ${ty ? 'ok  ' : 'MISS'} ${l.file.padEnd(34)} metric ${String(t.valueMetric.primary).padEnd(12)} (label ${l.primary})  type ${String(t.productType.id).padEnd(13)} (label ${l.productType})`);
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`\npages ${labels.length}`);
console.log(`primary metric accuracy ${metricOk}/${labels.length} = ${pct(metricOk, labels.length)}`);
console.log(`product type accuracy   ${typeOk}/${labels.length} = ${pct(typeOk, labels.length)}`);
console.log(`secondary metric recall ${secondaryHit}/${secondaryAll} = ${pct(secondaryHit, secondaryAll)}`);

/**
 * Accuracy of the engine against hand-labelled pages:
 *   npm run eval -- [--browser] [--json] [--blind] [--check lenient=0.9,strict=0.8] [LABELS.json]
 * Default labels: examples/labels.json. The Node path reads each page as the CLI does (DOM built in
 * Node); --browser reads it inside headless Chromium as the extension does, and lists the pages where
 * the two paths disagree. Labels are human judgements written from the pages, never engine output.
 *
 * Figures: strict = primary equals the label; lenient = primary is the label or a labelled secondary;
 * on pages labelled null (prices hidden, not a pricing page) both count an abstention as right:
 * primary null, or confidence <= 0.4. productType counts 'other' and null as the same answer.
 * priceFound is measured on pages labelled pricesShown; abstain on pages labelled null.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { analyze } from '../src/core/analyze.ts';
import { MetricIdSchema, ProductTypeIdSchema, type Teardown } from '../src/core/model.ts';
import { snapshotFile } from './teardown-file.ts';

const LabelSchema = z.object({
  file: z.string(), primary: MetricIdSchema.nullable(), secondary: z.array(MetricIdSchema).default([]),
  productType: ProductTypeIdSchema.nullable(), notes: z.string().optional(),
  quality: z.string().optional(), pricesShown: z.boolean().optional(),
});
type Label = z.infer<typeof LabelSchema>;
const ABSTAIN_CONFIDENCE = 0.4;

const args = process.argv.slice(2);
const browserPath = args.includes('--browser');
const asJson = args.includes('--json');
const blind = args.includes('--blind');
const checkArg = args.includes('--check') ? args[args.indexOf('--check') + 1] ?? '' : null;
const labelsPath = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--check')[0] ?? 'examples/labels.json';
const labels = z.array(LabelSchema).parse(JSON.parse(readFileSync(labelsPath, 'utf8')));
const pathOf = (l: Label) => join(dirname(labelsPath), l.file);

interface Row { label: Label; t: Teardown }
const abstains = (t: Teardown) => t.valueMetric.primary === null || t.valueMetric.confidence <= ABSTAIN_CONFIDENCE;
const strictOk = ({ label, t }: Row) => (label.primary === null ? abstains(t) : t.valueMetric.primary === label.primary);
const lenientOk = (r: Row) => strictOk(r) || (r.label.primary !== null && r.label.secondary.includes(r.t.valueMetric.primary!));
const typeOk = ({ label, t }: Row) => (t.productType.id ?? 'other') === (label.productType ?? 'other');
/** Types the label's notes also accept ("Product type ecommerce; marketing also right"). */
const alsoRight = (label: Label): string[] =>
  /Product type \w+; ([\w, ]+?) also right/u.exec(label.notes ?? '')?.[1]?.split(/,\s*|\s+and\s+/u) ?? [];
const typeLenientOk = (r: Row) => typeOk(r) || alsoRight(r.label).includes(r.t.productType.id ?? 'other');
const priceFound = (t: Teardown) => t.plans.some((p) => p.prices.length > 0);

function figures(rows: Row[]) {
  const share = (xs: Row[], ok: (r: Row) => boolean) => (xs.length ? round(xs.filter(ok).length / xs.length) : null);
  const shown = rows.filter((r) => r.label.pricesShown === true);
  const nulls = rows.filter((r) => r.label.primary === null);
  const secondaries = rows.flatMap((r) => r.label.secondary.map((s) => [s, r.t] as const));
  return {
    n: rows.length,
    strict: share(rows, strictOk),
    lenient: share(rows, lenientOk),
    productType: share(rows, typeOk),
    productTypeLenient: share(rows, typeLenientOk),
    secondaryRecall: secondaries.length ? round(secondaries.filter(([s, t]) => t.valueMetric.primary === s || t.valueMetric.secondary.includes(s)).length / secondaries.length) : null,
    priceFound: share(shown, (r) => priceFound(r.t)),
    abstain: share(nulls, (r) => abstains(r.t)),
  };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

async function run(read: (file: string) => Promise<Teardown>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const label of labels) rows.push({ label, t: await read(pathOf(label)) });
  return rows;
}

const nodeRows = await run(async (f) => analyze(await snapshotFile(f)));
let browserRows: Row[] | null = null;
if (browserPath) {
  const { startBrowserExtractor } = await import('./lib/browser-extract.ts');
  const ex = await startBrowserExtractor();
  try { browserRows = await run(async (f) => analyze(await ex.extract(f))); } finally { await ex.close(); }
}
const main = browserRows ?? nodeRows;
const disagree = browserRows
  ? labels.map((l, i) => ({ l, a: nodeRows[i]!.t, b: browserRows![i]!.t }))
    .filter(({ a, b }) => a.valueMetric.primary !== b.valueMetric.primary || a.productType.id !== b.productType.id)
  : [];
const result = {
  ...figures(main),
  path: browserRows ? 'browser' : 'node',
  ...(browserRows ? { agreement: round(1 - disagree.length / labels.length), node: figures(nodeRows) } : {}),
};

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const fmt = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  // --blind: figures only, for a set kept as a blind check (examples/stress-e, stress-g): no page, no confusion.
  for (const r of blind ? [] : main) {
    const t = r.t;
    console.log(`${strictOk(r) ? 'ok  ' : lenientOk(r) ? 'len ' : 'MISS'} ${typeOk(r) ? 'ok  ' : 'MISS'} ${r.label.file.replace(/^.*\//, '').slice(0, 44).padEnd(44)} `
      + `metric ${String(t.valueMetric.primary).padEnd(13)} ${t.valueMetric.confidence.toFixed(2)} (label ${r.label.primary}${r.label.secondary.length ? ` / ${r.label.secondary.join(',')}` : ''})  `
      + `type ${String(t.productType.id).padEnd(16)} (label ${r.label.productType})${priceFound(t) ? '' : '  [no price]'}`);
  }
  console.log(`\n${main.length} pages, ${result.path} path`);
  console.log(`primary strict     ${fmt(result.strict)}`);
  console.log(`primary lenient    ${fmt(result.lenient)}`);
  console.log(`product type       ${fmt(result.productType)}`);
  console.log(`type lenient       ${fmt(result.productTypeLenient)} (or a type the label notes call "also right")`);
  console.log(`secondary recall   ${fmt(result.secondaryRecall)}`);
  console.log(`price found        ${fmt(result.priceFound)} (pages labelled pricesShown)`);
  console.log(`abstain            ${fmt(result.abstain)} (pages labelled null: primary null or confidence <= ${ABSTAIN_CONFIDENCE})`);
  const confusion = new Map<string, number>();
  for (const r of main) if (!strictOk(r)) {
    const k = `${r.label.primary} -> ${r.t.valueMetric.primary}`;
    confusion.set(k, (confusion.get(k) ?? 0) + 1);
  }
  if (confusion.size && !blind) console.log(`confusion (label -> read): ${[...confusion].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} x${n}`).join(', ')}`);
  if (browserRows && !blind) {
    console.log(`\nCLI and browser agree on ${fmt(result.agreement ?? null)} of pages; node path: strict ${fmt(result.node!.strict)}, lenient ${fmt(result.node!.lenient)}, type ${fmt(result.node!.productType)}, price found ${fmt(result.node!.priceFound)}`);
    for (const { l, a, b } of disagree) console.log(`  differ: ${l.file}  node ${a.valueMetric.primary}/${a.productType.id}  browser ${b.valueMetric.primary}/${b.productType.id}`);
  }
}

if (checkArg !== null) {
  const floors = Object.fromEntries(checkArg.split(',').map((kv) => kv.split('=')).map(([k, v]) => [k!, Number(v)]));
  const low = Object.entries(floors).filter(([k, v]) => ((result as Record<string, unknown>)[k] as number ?? 0) < v);
  if (low.length) {
    console.error(`eval: below the floor: ${low.map(([k, v]) => `${k} ${(result as Record<string, unknown>)[k]} < ${v}`).join(', ')}`);
    process.exitCode = 1;
  }
}
